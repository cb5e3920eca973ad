# Sourced by the bench/*.sh scripts: builds the WAR and the test classes once and runs a
# benchmark main (src/test/java/dk/videnportalen/bench) on the test class path.
# Benchmarks talk to 127.0.0.1 only, on ports 18080–18099 (BENCH_PORT, default 18081).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p bench/results target

bench_build() {
  # The same staleness test as payara-config/run (which looks at all of src/, tests included), so
  # the portals the benchmarks start never build inside a measurement.
  if [[ ! -f target/videnportalen.war || -n "$(find pom.xml src -newer target/videnportalen.war -print -quit)" ]]; then
    mvn -B -q -DskipTests package
    touch target/videnportalen.war
  fi
  if [[ ! -f target/bench.classpath || -n "$(find pom.xml src/test -newer target/bench.classpath -print -quit)" ]]; then
    mvn -B -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  fi
}

# bench_run MAIN_CLASS [args...]
bench_run() {
  local main=$1; shift
  java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    -Dportal.basedir="$PWD" -Dshared.dir="${SHARED_DIR:-$PWD/../shared}" \
    -Dbench.results=bench/results "dk.videnportalen.bench.$main" "$@"
}

# The conditions every report states: cores, load, what else runs.
bench_conditions() {
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
}
