-- wrk script: cycles through the request paths listed in a file (one per line, already
-- URL-encoded), each thread starting at another offset, and prints one machine-readable line.
-- Usage: wrk -s bench/wrk-paths.lua URL -- PATHS_FILE
local paths = {}
local i = 0

function init(args)
  local file = args[1]
  if file then
    for line in io.lines(file) do
      if line ~= "" then
        paths[#paths + 1] = line
      end
    end
  end
  if #paths == 0 then
    paths[1] = wrk.path
  end
  i = math.random(#paths) - 1
end

-- THINK_MS (environment): each connection pauses this long after every response, as a reader
-- does between pages. Unset or 0: a closed loop, every connection asking again at once.
local think = tonumber(os.getenv("THINK_MS") or "0") or 0

function delay()
  if think > 0 then
    -- +/- 50 %, so the users do not march in step
    return math.floor(think * (0.5 + math.random()))
  end
  return 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  -- times in microseconds; status = responses that were not 2xx/3xx
  io.write(string.format("BENCH requests=%d seconds=%.3f rps=%.1f p50=%d p95=%d p99=%d max=%d "
      .. "mean=%.0f errors=%d status=%d bytes=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
      latency.mean, errors, summary.errors.status, summary.bytes))
end
