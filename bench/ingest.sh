#!/usr/bin/env bash
# Ingest benchmark (issue 3): one fresh portal; plain-text baseline, the real-world corpus
# (../shared/corpus/real-world, bombs included and also reported without them), content/pakker,
# plain-text baseline again; one upload per POST /api/packages. Tables: bench/results/ingest.md,
# per file: bench/results/ingest-files.tsv.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_build
bench_conditions | tee bench/results/ingest.conditions
bench_run IngestBench "$@" 2>&1 | tee bench/results/ingest.log
