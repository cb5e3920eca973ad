#!/usr/bin/env bash
# Search speed over HTTP (issue 4 item 9, first part): a fresh portal seeded through the API with
# the relevance documents and N synthetic packages (default 2000), then wrk at 1 and 20
# connections on GET /api/search (queries.tsv in turn) and on /health/live as the in-run baseline.
# Usage: bench/search-speed-http.sh [packages] [seconds per measurement]   → bench/results/search-speed.md
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
bench_build
bench_conditions | tee bench/results/search-speed.conditions
bench_run SearchSpeedBench "$@" 2>&1 | tee bench/results/search-speed.log
