#!/usr/bin/env bash
# Measures boot-to-ready of the README run command: from starting payara-config/run until
# /health/ready answers 200, plus Payara's own "ready in" figure. Each run starts on a fresh data
# dir (first boot: migrations, admin account) unless KEEP_DATA=1. Prints one line per run and the
# median. Usage: bench/boot-to-ready.sh [runs] (default 5). Extra JVM options: PORTAL_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
port="${BENCH_PORT:-18080}"
data="$(mktemp -d /tmp/vp-boot-bench.XXXXXX)"
trap 'rm -rf "$data"' EXIT

[[ -f target/videnportalen.war ]] || mvn -q -B -DskipTests package

totals=()
for i in $(seq 1 "$runs"); do
  [[ ${KEEP_DATA:-0} == 1 ]] || rm -rf "$data"/*
  log="$data/run-$i.log"
  start=$(date +%s%N)
  PORTAL_HTTP_PORT=$port PORTAL_DATA_DIR="$data/d" PORTAL_ADMIN_PASSWORD=bench-password-123 \
    payara-config/run >"$log" 2>&1 &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "portal exited; see $log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  payara=$(grep -oE 'ready in [0-9,]+' "$log" | tr -d ',' | grep -oE '[0-9]+' || echo '?')
  echo "run $i: boot-to-ready ${ms} ms (Payara: ready in ${payara} ms)"
  totals+=("$ms")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
done
median=$(printf '%s\n' "${totals[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median boot-to-ready over $runs runs: ${median} ms"
