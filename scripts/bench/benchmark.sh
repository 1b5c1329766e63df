#!/usr/bin/env bash
# Build-time benchmark: medians of several runs, with peak memory, on this machine. Run from the project root:
#   bash scripts/bench/benchmark.sh            # 3 runs of each measurement
#   RUNS=5 bash scripts/bench/benchmark.sh
# Measures: the cold full build as a user runs it (./mvnw -q -o package -DskipTests); the in-process build of a cold
# JVM (the builder's own "total" line); serve mode's rebuild after one content edit (warm JVM, median of 30 edits);
# synthetic corpora of 1,000 and 5,000 Arabic pages (generated, -Xmx1g). If Hugo is installed, it builds the same
# corpus and the ratio is printed. Prints a Markdown table; GNU time gives peak resident memory.
set -euo pipefail
RUNS="${RUNS:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8)

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
# run LABEL COMMAND...: wall seconds and peak RSS (MB) of each run, into $WORK/LABEL.{wall,rss}
run() {
  local label=$1; shift
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
    read -r wall rss < "$WORK/time"
    echo "$wall" >> "$WORK/$label.wall"
    echo $((rss / 1024)) >> "$WORK/$label.rss"
    grep -Eo 'total +[0-9]+ ms' "$WORK/out" | grep -Eo '[0-9]+' >> "$WORK/$label.inproc" || true
  done
}
row() { # LABEL DESCRIPTION
  local inproc="—"
  [ -s "$WORK/$1.inproc" ] && inproc="$(median < "$WORK/$1.inproc") ms"
  printf '| %s | %s s | %s | %s MB |\n' "$2" "$(median < "$WORK/$1.wall")" "$inproc" "$(sort -n "$WORK/$1.rss" | tail -1)"
}

echo "machine: $(nproc) cores, $(uname -m); load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per measurement: $RUNS"

run mvn ./mvnw -q -o package -DskipTests
run cold "${JAVA[@]}" -cp "$CP" org.terrortrade.cli.Main build --out="$WORK/site"
"${JAVA[@]}" -cp "$CP" org.terrortrade.bench.RebuildBenchmark "$WORK/rebuild" 30 > "$WORK/rebuild.txt"
for pages in 1000 5000; do
  "${JAVA[@]}" -cp "$CP" org.terrortrade.bench.SyntheticCorpus "$WORK/corpus$pages" "$pages"
  # Each run starts without the card cache, so every social card is drawn: a true cold build.
  run "jbake$pages" bash -c "rm -rf '$WORK/corpus$pages/jbake/target' && java -Xmx1g -Dfile.encoding=UTF-8 -cp '$CP' \
    org.terrortrade.cli.Main build --source='$WORK/corpus$pages/jbake'"
  if command -v hugo >/dev/null 2>&1; then
    run "hugo$pages" bash -c "rm -rf '$WORK/hugo-out$pages' && hugo --quiet -s '$WORK/corpus$pages/hugo' -d '$WORK/hugo-out$pages'"
  fi
done

echo
echo "| measurement | wall (median) | in-process build (median) | peak memory |"
echo "|---|---|---|---|"
row mvn "cold full build as a user runs it: \`./mvnw -q -o package -DskipTests\`"
row cold "cold JVM, the builder alone: \`java … Main build\`"
echo "| serve mode: rebuild after one content edit (warm JVM, 30 edits) | — | $(grep rebuild-median "$WORK/rebuild.txt" | grep -Eo '[0-9]+') ms | — |"
row jbake1000 "1,000 synthetic Arabic pages (+ the site), cold, -Xmx1g"
row jbake5000 "5,000 synthetic Arabic pages (+ the site), cold, -Xmx1g"
if command -v hugo >/dev/null 2>&1; then
  row hugo1000 "Hugo $(hugo version | grep -Eo 'v[0-9.]+' | head -1), same 1,000 pages (minimal theme)"
  row hugo5000 "Hugo, same 5,000 pages"
  for pages in 1000 5000; do
    echo "ratio at $pages pages (this site / Hugo): $(awk -v a="$(median < "$WORK/jbake$pages.wall")" -v b="$(median < "$WORK/hugo$pages.wall")" 'BEGIN {printf "%.1f", a / b}')"
  done
else
  echo "(Hugo is not installed: apt-get install hugo adds the comparison.)"
fi
per_page=$(awk -v a="$(median < "$WORK/jbake1000.wall")" -v b="$(median < "$WORK/jbake5000.wall")" 'BEGIN {printf "%.1f", (b - a) / 4000 * 1000}')
echo "growth: ${per_page} ms per extra page between 1,000 and 5,000 pages"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep step-median "$WORK/rebuild.txt" | sed 's/^/rebuild /'
