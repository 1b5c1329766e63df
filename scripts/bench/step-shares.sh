#!/usr/bin/env bash
# Where a cold build's time goes, step by step: builds the real site and a synthetic corpus of PAGES Arabic pages
# (default 5000) in a fresh JVM, RUNS times each (default 3), and prints each step's median and its share of the
# build's own total, and how much of the total the listed steps account for. Run from the project root:
#   bash scripts/bench/step-shares.sh
#   PAGES=1000 RUNS=5 bash scripts/bench/step-shares.sh
# The render step is the only one that runs JBake; its share is JBake's share of the build.
set -euo pipefail
PAGES="${PAGES:-5000}"
RUNS="${RUNS:-3}"
# The JVM options of the project's own build (pom.xml, exec:exec@build-site), with the heap bounded at 1 GB.
JVM_OPTS="${JVM_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
java -cp "$CP" org.terrortrade.bench.SyntheticCorpus "$WORK/corpus" "$PAGES" >/dev/null

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per site: $RUNS"
shares() { # LABEL SOURCE
  : > "$WORK/log"
  for _ in $(seq "$RUNS"); do
    rm -rf "$2/target"
    java $JVM_OPTS -Dfile.encoding=UTF-8 -cp "$CP" org.terrortrade.cli.Main build --source="$2" | tee -a "$WORK/log.raw" \
      | grep -E '^ +[a-z-]+ +[0-9]+ ms' >> "$WORK/log"
  done
  echo
  echo "### $1 (median of $RUNS cold builds, social cards drawn)"
  echo
  echo "| step | median | share of total |"
  echo "|---|---|---|"
  awk '{ms[$1] = ms[$1] " " $2; if (!($1 in seen)) {order[++n] = $1; seen[$1] = 1}}
       function median(list,   v, k, i, j, t) { k = split(list, v, " ");
         for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] + 0 < v[i] + 0) {t = v[i]; v[i] = v[j]; v[j] = t}
         return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2 }
       END { total = median(ms["total"]); sum = 0
         for (i = 1; i <= n; i++) { s = order[i]; if (s == "total") continue; m = median(ms[s]); sum += m
           printf "| %s | %d ms | %.1f %% |\n", s, m, 100 * m / total }
         printf "| **total** | %d ms | steps listed: %.1f %% |\n", total, 100 * sum / total }' "$WORK/log"
}
mkdir -p "$WORK/site" && cp -r content templates assets jbake.properties "$WORK/site/"
shares "the real site" "$WORK/site"
shares "$PAGES synthetic pages (and the site)" "$WORK/corpus/jbake"
