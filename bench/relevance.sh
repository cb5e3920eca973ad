#!/usr/bin/env bash
# Relevance through the real portal (issue 4 item 8): a fresh portal per analysis configuration
# (PORTAL_SEARCH_ANALYSIS=baseline = stock Lucene DanishAnalyzer, then portal), the documents of
# ../shared/relevance loaded through POST /api/packages, every query through GET /api/search,
# nDCG@10 / MRR@10 / Recall@10 / no-match queries with zero hits. Tables: bench/results/relevance.md;
# runs: bench/results/relevance-<config>.tsv (cross-check: python3 ../shared/relevance/eval.py FILE).
# Usage: bench/relevance.sh [config ...]   (default: baseline portal)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
shared="${SHARED_DIR:-$PWD/../shared}"
if [[ ! -f $shared/relevance/queries.tsv ]]; then
  echo "SKIPPED: $shared/relevance not found (set SHARED_DIR); nothing to evaluate"
  exit 0
fi
bench_build
bench_conditions | tee bench/results/relevance.conditions
bench_run RelevanceBench "$@" 2>&1 | tee bench/results/relevance.log
if command -v python3 >/dev/null; then
  for run in bench/results/relevance-*.tsv; do
    python3 "$shared/relevance/eval.py" "$run" | sed -n '1,6p'
  done
fi
