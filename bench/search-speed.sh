#!/usr/bin/env bash
# Search speed benchmark (issue 4, item 9): generates a Danish-like corpus from content/ and
# ../shared/seeds, indexes it with the portal's own analysis, and measures search latency
# p50/p95/p99 in process, over HTTP against a real portal, for a raw Lucene floor and for
# PostgreSQL full-text search ('danish'). Results: bench/results/search-speed-*.md (+ -raw.tsv);
# the write-up is bench/SEARCH-SPEED.md. Not a test: nothing asserts a time.
#
# Usage: bench/search-speed.sh [-Dname=value ...]
#   -Dn=100000          corpus size for the in-process, floor and PostgreSQL rows
#   -Dhttp.n=10000      items loaded into the HTTP portal through /api/imports (default min(n, 10000))
#   -Dqueries=200       generated 1–3-word queries (plus the ones in shared/relevance/queries.tsv)
#   -Dwarmup=3 -Druns=5 passes over the whole query mix per path
#   -Dhttp.warmup=6 -Dhttp.warmup.seconds=120  passes over HTTP alone first, at least that many
#                       and for at least that long (the portal's JVM warms up slowly)
#   -Dskip.http=true    no portal; -Dskip.pg=true  no PostgreSQL
#   -Dhttp.load=api|database  how the HTTP portal is loaded: the bulk-import API (default up to
#                       10,000 items) or rows written into its PostgreSQL tables and the portal's
#                       own index rebuild (default above 10,000: the API runs Tika per file)
#   -Dreuse.index=true  keep target/search-speed/index-N from the last run (query-path changes
#                       only: no build figures)
#   -Dport=18100        HTTP port of the bench portal (127.0.0.1 only)
#   -Dhttp.hold=600     keep the loaded portal up that many seconds after its passes, e.g. for
#                       bench/page-speed.sh http://127.0.0.1:18100 at the same size
#   -Dshared.dir=/work/shared  -Dpg.url=jdbc:postgresql://127.0.0.1:5432/test -Dpg.user=postgres
# Environment: BENCH_HEAP (default 1500m) for the benchmark JVM; the portal gets -Dportal.heap (1g).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -f target/videnportalen.war || ! -f target/test-classes/dk/videnportalen/bench/search/SearchSpeedBench.class \
      || -n "$(find pom.xml src -newer target/videnportalen.war -print -quit)" ]]; then
  mvn -B -q -DskipTests package
fi
cp_file=target/bench-classpath.txt
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
mkdir -p bench/results
exec java -Xms512m -Xmx"${BENCH_HEAP:-1500m}" -XX:+UseG1GC \
  -Dproject.dir="$PWD" -Djava.util.logging.config.file=/dev/null \
  "$@" \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  dk.videnportalen.bench.search.SearchSpeedBench
