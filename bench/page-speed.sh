#!/usr/bin/env bash
# Page speed (issue 7 item 12) of a RUNNING portal: server time (wrk on 127.0.0.1, 20 concurrent
# users by default) of the search results page and a package page, next to /health/live as the
# in-run baseline, plus page weight: the HTML and every stylesheet, script and image it links
# (bytes as sent with and without gzip), and whether those resources carry versioned URLs and
# cache headers. Target (issue 7): p95 ≤ 50 ms at 20 users on 2 cores.
#
# Usage: bench/page-speed.sh [BASE_URL] [PAGE ...]
#   BASE_URL  default http://127.0.0.1:8080
#   PAGE      paths to measure; default "/soeg?q=…" (the queries of queries.tsv in turn) and
#             "/pakker/ID" (ID: PACKAGE_ID, else the first package of GET /api/packages)
# Two load shapes per page: a closed loop (every connection asks again the moment it has its
# answer: capacity, and latency when the server is saturated) and USERS readers who each pause
# THINK_MS (±50 %) between pages (server time at that many concurrent users; wrk's delay()).
# Settings: USERS (20), SECONDS_RUN (20), THREADS (2), THINK_MS (1000), THINK_SECONDS (30).
# Results: bench/results/page-speed.md
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base="${1:-http://127.0.0.1:8080}"; base="${base%/}"
shift || true
users="${USERS:-20}"; seconds="${SECONDS_RUN:-20}"; threads="${THREADS:-2}"
think="${THINK_MS:-1000}"; think_seconds="${THINK_SECONDS:-30}"
case "$base" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "only 127.0.0.1 is measured"; exit 2;; esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
out=bench/results; mkdir -p "$out"; work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
shared="${SHARED_DIR:-$PWD/../shared}"

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

pages=("$@")
if [[ ${#pages[@]} -eq 0 ]]; then
  pages=("/soeg?q=")
  id="${PACKAGE_ID:-$(curl -s "$base/api/packages?size=1" | python3 -c 'import json,sys
try: print(json.load(sys.stdin)["items"][0]["id"])
except Exception: pass')}"
  if [[ -n $id ]]; then pages+=("/pakker/$id"); else echo "no package found: /pakker/{id} skipped"; fi
fi

# /soeg?q= (empty q) means: the queries of queries.tsv in turn (or a small built-in list).
search_paths() {
  local prefix=$1
  if [[ -f $shared/relevance/queries.tsv ]]; then
    tail -n +2 "$shared/relevance/queries.tsv" | cut -f2
  else
    printf '%s\n' "psykologisk tryghed" "læringsfællesskaber" "progressionsmodellen" "UngiÅrhus Nord"
  fi | while IFS= read -r q; do [[ -n $q ]] && echo "$prefix$(urlencode "$q")"; done
}

measure() { # measure LABEL PATHS_FILE [THINK_MS] → one table row
  local label=$1 file=$2 pause=${3:-0} duration=$seconds line
  [[ $pause -gt 0 ]] && duration=$think_seconds
  line=$(THINK_MS=$pause wrk -t"$threads" -c"$users" -d"${duration}s" --timeout 10s \
    -s bench/wrk-paths.lua "$base" -- "$file" | grep '^BENCH') \
    || { echo "| $label | wrk failed |"; return; }
  python3 - "$label" "$line" "$work/base" <<'PY'
import os, sys
label, line, base_file = sys.argv[1:4]
v = dict(kv.split("=") for kv in line.split()[1:])
ms = lambda k: int(v[k]) / 1000
if label.startswith("/health/live"):  # each baseline row is the reference for the rows after it
    open(base_file, "w").write(f"{ms('p95')} {v['rps']}")
b95, brps = map(float, open(base_file).read().split())
print(f"| {label} | {float(v['rps']):.0f} | {ms('p50'):.1f} | {ms('p95'):.1f} | {ms('p99'):.1f} "
      f"| {v['errors']} / {v['status']} | {ms('p95') / b95:.1f}× | {float(v['rps']) / brps:.2f}× |")
PY
}

weight() { # weight PATH → one table row: HTML bytes, linked CSS/JS/img bytes, gzip, caching
  local path=$1
  curl -s -o "$work/page.html" -D "$work/page.h" "$base$path" || true
  python3 - "$base" "$path" "$work" <<'PY'
import html, re, subprocess, sys, urllib.parse
base, path, work = sys.argv[1:4]
page = open(f"{work}/page.html", "rb").read()
text = page.decode("utf-8", "replace")
first = open(f"{work}/page.h").readline().split()
status = first[1] if len(first) > 1 else "?"
refs = set()
for tag, attr in (("link", "href"), ("script", "src"), ("img", "src")):
    for m in re.finditer(rf"<{tag}\b[^>]*\b{attr}=\"([^\"]+)\"", text, re.I):
        t = m.group(0).lower()
        if tag == "link" and "stylesheet" not in t and "icon" not in t:
            continue
        refs.add(html.unescape(m.group(1)))
def fetch(url, gzip):
    args = ["curl", "-s", "-o", "/dev/null", "-w", "%{size_download} %{http_code}", "-D", f"{work}/h"]
    if gzip:
        args += ["-H", "Accept-Encoding: gzip"]
    size, code = subprocess.run(args + [url], capture_output=True, text=True).stdout.split()
    return int(size), code, open(f"{work}/h").read().lower()
def gz_size(url):
    return fetch(url, True)[0]
css = js = img = css_gz = js_gz = img_gz = 0
versioned = cached = 0
for r in sorted(refs):
    url = urllib.parse.urljoin(base + path, r)
    if not url.startswith(base):
        continue
    size, code, headers = fetch(url, False)
    gz = gz_size(url)
    if ("v=" in r) or re.search(r"[.-][0-9a-f]{8,}\.", r):
        versioned += 1
    if "cache-control: " in headers and ("max-age" in headers or "immutable" in headers) or "expires:" in headers:
        cached += 1
    low = r.lower().split("?")[0]
    kind = "css" if ".css" in low else "js" if ".js" in low else "img"
    if kind == "css": css += size; css_gz += gz
    elif kind == "js": js += size; js_gz += gz
    else: img += size; img_gz += gz
html_gz = gz_size(base + path)
total, total_gz = len(page) + css + js + img, html_gz + css_gz + js_gz + img_gz
print(f"| {path} | {status} | {len(page)/1024:.1f} | {css/1024:.1f} | {js/1024:.1f} | {img/1024:.1f} "
      f"| {total/1024:.1f} | {total_gz/1024:.1f} | {len(refs)} | {versioned}/{len(refs)} | {cached}/{len(refs)} |")
PY
}

{
  echo "# Page speed, $(date -Iseconds)"
  echo
  echo "Portal: $base. wrk: $users connections, $threads threads, on the same machine. \"closed loop\": ${seconds}s,"
  echo "every connection asks again as soon as it has its answer; \"users\": ${think_seconds}s, $users readers each"
  echo "pausing ${think} ms ±50 % between pages"
  echo "($(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)). Latency as wrk sees it on"
  echo "loopback ≈ server time. Baseline: /health/live under the same load, measured just before each page"
  echo "(the machine's load drifts; each ratio is against the baseline row above it)."
  echo
  echo "| page | requests/s | p50 ms | p95 ms | p99 ms | errors / non-2xx | p95 vs baseline | throughput vs baseline |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "/health/live" > "$work/live"
  # warm-up, not reported
  for p in "${pages[@]}"; do
    if [[ $p == *"?q=" ]]; then search_paths "$p" > "$work/paths"; else echo "$p" > "$work/paths"; fi
    wrk -t1 -c2 -d15s -s bench/wrk-paths.lua "$base" -- "$work/paths" >/dev/null
  done
  for p in "${pages[@]}"; do
    measure "/health/live (baseline for the next row)" "$work/live"
    if [[ $p == *"?q=" ]]; then
      search_paths "$p" > "$work/paths"; label="$p… ($(wc -l < "$work/paths") queries in turn)"
    else
      echo "$p" > "$work/paths"; label="$p"
    fi
    measure "$label, closed loop" "$work/paths"
    measure "$label, $users users pausing ${think} ms" "$work/paths" "$think"
  done
  echo
  echo "Page weight (KiB; linked stylesheets, scripts, icons and images on the portal's host)"
  echo
  echo "| page | HTTP | HTML | CSS | JS | images | total | total gzip | resources | versioned URLs | with cache headers |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for p in "${pages[@]}"; do
    if [[ $p == *"?q=" ]]; then weight "$p$(urlencode "psykologisk tryghed")"; else weight "$p"; fi
  done
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/page-speed.md"
