#!/usr/bin/env bash
# Boot-to-ready of JVM option variants (issue 2 item 10), interleaved round by round so the
# machine's changing load hits every variant alike; each run is one bench/boot-to-ready.sh run
# (fresh data dir). Prints per-variant medians and ratios against the default options.
# Usage: bench/boot-variants.sh [rounds] (default 3). Results: bench/results/boot-variants.md
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-3}"
mkdir -p bench/results
base="-Xms256m -Xmx1g"   # payara-config/run's default PORTAL_JAVA_OPTS
cds="$PWD/target/bench-appcds.jsa"
declare -A variants=(
  [default]="$base"
  [c1-only]="$base -XX:TieredStopAtLevel=1"
  [serial-gc]="$base -XX:+UseSerialGC"
  [c1+serial]="$base -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  [xshare-off]="$base -Xshare:off"
  [appcds]="$base -XX:SharedArchiveFile=$cds"
)
order=(default c1-only serial-gc c1+serial xshare-off appcds)
[[ -f target/videnportalen.war ]] || mvn -q -B -DskipTests package

if [[ ! -f $cds ]]; then
  echo "creating the AppCDS archive (one boot with -XX:ArchiveClassesAtExit, not measured)"
  PORTAL_JAVA_OPTS="$base -XX:ArchiveClassesAtExit=$cds" bench/boot-to-ready.sh 1 >/dev/null 2>&1 || true
  [[ -f $cds ]] || { echo "no archive written; dropping the appcds variant"; order=("${order[@]:0:5}"); }
fi

declare -A totals payara
for r in $(seq 1 "$rounds"); do
  for v in "${order[@]}"; do
    line=$(PORTAL_JAVA_OPTS="${variants[$v]}" bench/boot-to-ready.sh 1 | grep '^run 1:' || true)
    ms=$(sed -nE 's/.*boot-to-ready ([0-9]+) ms.*/\1/p' <<<"$line")
    pm=$(sed -nE 's/.*ready in ([0-9?]+) ms.*/\1/p' <<<"$line")
    echo "round $r $v: boot-to-ready ${ms:-failed} ms, Payara ready in ${pm:-?} ms (load $(cut -d' ' -f1 /proc/loadavg))"
    totals[$v]+="${ms:-} "; payara[$v]+="${pm:-} "
  done
done

median() { tr ' ' '\n' | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "?")}'; }
def=$(median <<<"${totals[default]}")
{
  echo "# Boot-to-ready by JVM options, $(date -Iseconds)"
  echo
  echo "$rounds rounds, variants interleaved; each run: payara-config/run on a fresh data dir until"
  echo "/health/ready is 200. $(nproc) cores shared with other work; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| variant | PORTAL_JAVA_OPTS | median boot-to-ready ms | median Payara 'ready in' ms | runs | vs default |"
  echo "|---|---|---|---|---|---|"
  for v in "${order[@]}"; do
    m=$(median <<<"${totals[$v]}"); p=$(median <<<"${payara[$v]}")
    ratio=$(awk -v a="$m" -v b="$def" 'BEGIN { if (a ~ /^[0-9]+$/ && b > 0) printf "%.2f×", a / b; else print "?" }')
    echo "| $v | \`${variants[$v]/$PWD\//}\` | $m | $p | ${totals[$v]} | $ratio |"
  done
} | tee bench/results/boot-variants.md
