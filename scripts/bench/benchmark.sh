#!/usr/bin/env bash
# Build-time benchmark: medians of several runs, with peak memory, on this machine. Run from the project root:
#   bash scripts/bench/benchmark.sh                          # 3 runs of each measurement, no theme comparison
#   bash scripts/bench/benchmark.sh ../hugo-PaperMod         # also Hugo + PaperMod, paired with this project
#   PAPERMOD_DIR=../hugo-PaperMod RUNS=5 bash scripts/bench/benchmark.sh
#   SIZES="1000" bash scripts/bench/benchmark.sh             # only the 1,000-page corpus
# Measures: the cold full build as a user runs it (./mvnw -q -o package -DskipTests); the in-process build of a cold
# JVM (the builder's own "total" line), which, like the corpora's, runs as ./mvnw package runs it (the packaged jar,
# mapping the class-data archive target/classes.jsa); serve mode's rebuild after one content edit (warm JVM, median of 30 edits);
# synthetic corpora of 1,000 and 5,000 Arabic pages (SyntheticCorpus, -Xmx1g, every social card drawn).
# The comparison that counts is against Hugo with a real theme: given a checkout of PaperMod (a folder; this script
# downloads nothing), Hugo builds the same pages with PaperMod right to left in Arabic (home page as HTML, RSS and the
# JSON search index; table of contents, breadcrumbs, reading time). The runs alternate (this project, then Hugo, then
# this project …), each pair is run back to back under the same load, and the ratio of each pair is taken; the table
# gives the median of the pair ratios. Hugo with a one-line template is kept as a floor, not as a competitor.
# CPU is user + system time of the whole process tree; peak memory is GNU time's maximum resident set size.
# The load average (uptime) is printed before every pair: on a shared machine, read the figures with it.
set -euo pipefail
RUNS="${RUNS:-3}"
SIZES="${SIZES:-1000 5000}"
PAPERMOD_DIR="${1:-${PAPERMOD_DIR:-}}"
# The JVM options the corpora are built with: those of the project's own build (exec:exec@build-site in pom.xml),
# with the heap bounded at 1 GB. C1 only and the serial collector were chosen by measurement (PERFORMANCE.md).
JVM_OPTS="${JVM_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "GNU time is needed for CPU and peak memory: sudo apt-get install time" >&2
  exit 1
fi
if [ -n "$PAPERMOD_DIR" ]; then
  PAPERMOD_DIR="$(cd "$PAPERMOD_DIR" && pwd)"
  if [ ! -f "$PAPERMOD_DIR/layouts/_default/baseof.html" ] || ! command -v hugo >/dev/null 2>&1; then
    echo "$PAPERMOD_DIR is not a PaperMod checkout, or Hugo is not installed (sudo apt-get install hugo)" >&2
    exit 1
  fi
fi

./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8)
read -r -a CORPUS_JAVA <<< "java $JVM_OPTS -Dfile.encoding=UTF-8"

median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# once LABEL COMMAND...: one run; appends wall s, CPU s (user + system), peak RSS (MB) to $WORK/LABEL.{wall,cpu,rss}
once() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
  read -r wall user sys rss < "$WORK/time"
  echo "$wall" >> "$WORK/$label.wall"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f\n", u + s}' >> "$WORK/$label.cpu"
  echo $((rss / 1024)) >> "$WORK/$label.rss"
  grep -Eo 'total +[0-9]+ ms' "$WORK/out" | grep -Eo '[0-9]+' >> "$WORK/$label.inproc" || true
}
run() { # LABEL COMMAND...: RUNS runs
  local label=$1; shift
  for _ in $(seq "$RUNS"); do once "$label" "$@"; done
}
last() { tail -1 "$WORK/$1"; }
row() { # LABEL DESCRIPTION
  local inproc="—"
  [ -s "$WORK/$1.inproc" ] && inproc="$(median < "$WORK/$1.inproc") ms"
  printf '| %s | %s s | %s s | %s | %s MB |\n' "$2" "$(median < "$WORK/$1.wall")" "$(median < "$WORK/$1.cpu")" "$inproc" \
    "$(sort -n "$WORK/$1.rss" | tail -1)"
}

# The same pages as SyntheticCorpus's Hugo site, built with PaperMod: Arabic, right to left, with PaperMod's
# documented parameters, and a search page (PaperMod's search reads the home page's JSON output).
papermod_site() { # CORPUS_FOLDER
  local site="$1/papermod"
  mkdir -p "$site/content"
  cp -r "$1/hugo/content/." "$site/content/"
  printf -- '---\ntitle: "بحث"\nlayout: "search"\n---\n' > "$site/content/search.md"
  cat > "$site/hugo.yaml" <<'YAML'
baseURL: "https://example.org/"
title: "bench"
languageCode: ar
defaultContentLanguage: ar
languages:
  ar:
    languageName: "العربية"
    languageDirection: rtl
    weight: 1
params:
  ShowToc: true
  ShowBreadCrumbs: true
  ShowReadingTime: true
outputs:
  home: [HTML, RSS, JSON]
YAML
}

echo "machine: $(nproc) cores, $(uname -m); load before: $(load); runs per measurement: $RUNS; corpus JVM: $JVM_OPTS"

run mvn ./mvnw -q -o package -DskipTests
# The builder as ./mvnw package runs it: the packaged jar and its dependencies, mapping the class-data archive the
# first of those builds wrote (target/classes.jsa; its record beside it lists the class path it was written for).
ARCHIVE=target/classes.jsa
[ -f "$ARCHIVE" ] || ./mvnw -q -o package -DskipTests >/dev/null # a stale archive was deleted: the next build writes one
BUILD_CP="$(tail -n +3 "$ARCHIVE.classpath" | sed -E 's/ -?[0-9]+ -?[0-9]+$//' | paste -sd: -)"
CDS="-XX:SharedArchiveFile=$ARCHIVE -Dsite.class-data-archive=$ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
read -r -a CDS_OPTS <<< "$CDS"
run cold "${JAVA[@]}" "${CDS_OPTS[@]}" -cp "$BUILD_CP" org.terrortrade.cli.Main build --out="$WORK/site"
"${JAVA[@]}" -cp "$CP" org.terrortrade.bench.RebuildBenchmark "$WORK/rebuild" 30 > "$WORK/rebuild.txt"
"${JAVA[@]}" -cp "$CP" org.terrortrade.meta.CardBenchmark 300 > "$WORK/cards.txt"
for pages in $SIZES; do
  corpus="$WORK/corpus$pages"
  "${JAVA[@]}" -cp "$CP" org.terrortrade.bench.SyntheticCorpus "$corpus" "$pages"
  # Each run starts without the card cache, so every social card is drawn: a true cold build. Hugo starts without
  # its output, its resources/ (PaperMod's minified, fingerprinted CSS) and its cache.
  this=(bash -c "rm -rf '$corpus/jbake/target' && ${CORPUS_JAVA[*]} $CDS -cp '$BUILD_CP' org.terrortrade.cli.Main build --source='$corpus/jbake'")
  [ -n "$PAPERMOD_DIR" ] && papermod_site "$corpus"
  theme=(bash -c "rm -rf '$WORK/pm-out' '$corpus/papermod/resources' '$WORK/hugo-cache' && hugo --quiet -s '$corpus/papermod' \
    -d '$WORK/pm-out' --cacheDir '$WORK/hugo-cache' --themesDir '$(dirname "${PAPERMOD_DIR:-/x}")' --theme '$(basename "${PAPERMOD_DIR:-/x}")'")
  for i in $(seq "$RUNS"); do
    before="$(load)"
    once "this$pages" "${this[@]}"
    if [ -n "$PAPERMOD_DIR" ]; then
      once "papermod$pages" "${theme[@]}"
      awk -v a="$(last "this$pages.cpu")" -v b="$(last "papermod$pages.cpu")" 'BEGIN {printf "%.3f\n", a / b}' >> "$WORK/ratio$pages.cpu"
      awk -v a="$(last "this$pages.wall")" -v b="$(last "papermod$pages.wall")" 'BEGIN {printf "%.3f\n", a / b}' >> "$WORK/ratio$pages.wall"
      echo "pair $i at $pages pages, load $before: this $(last "this$pages.wall") s wall / $(last "this$pages.cpu") s CPU," \
        "Hugo + PaperMod $(last "papermod$pages.wall") s / $(last "papermod$pages.cpu") s" >> "$WORK/pairs.txt"
    else
      echo "run $i at $pages pages, load $before: this $(last "this$pages.wall") s wall / $(last "this$pages.cpu") s CPU" >> "$WORK/pairs.txt"
    fi
  done
  if command -v hugo >/dev/null 2>&1; then
    run "floor$pages" bash -c "rm -rf '$WORK/hugo-out' && hugo --quiet -s '$corpus/hugo' -d '$WORK/hugo-out'"
  fi
done

echo
echo "| measurement | wall (median) | CPU (median) | in-process build (median) | peak memory (max) |"
echo "|---|---|---|---|---|"
row mvn "cold full build as a user runs it: \`./mvnw -q -o package -DskipTests\`"
row cold "cold JVM, the builder alone, as \`./mvnw package\` runs it (jar, class-data archive): \`java … Main build\`"
echo "| serve mode: rebuild after one content edit (warm JVM, 30 edits) | — | — | $(grep rebuild-median "$WORK/rebuild.txt" | grep -Eo '[0-9]+') ms | — |"
for pages in $SIZES; do
  row "this$pages" "$pages synthetic Arabic pages (+ the site), cold, cards drawn"
  [ -n "$PAPERMOD_DIR" ] && row "papermod$pages" "Hugo $(hugo version | grep -Eo 'v[0-9.]+' | head -1) + PaperMod ($(basename "$PAPERMOD_DIR")), the same $pages pages"
  command -v hugo >/dev/null 2>&1 && row "floor$pages" "floor only: Hugo with a one-line template, the same $pages pages"
done
echo
if [ -n "$PAPERMOD_DIR" ]; then
  echo "| pages | CPU ratio (this / Hugo + PaperMod), median of $RUNS pairs | wall ratio, median of pairs | pair ratios (CPU; wall) |"
  echo "|---|---|---|---|"
  for pages in $SIZES; do
    echo "| $pages | $(median < "$WORK/ratio$pages.cpu") | $(median < "$WORK/ratio$pages.wall") |" \
      "$(paste -sd' ' "$WORK/ratio$pages.cpu"); $(paste -sd' ' "$WORK/ratio$pages.wall") |"
  done
else
  echo "(No PaperMod checkout given: pass its folder, or set PAPERMOD_DIR, for the comparison that counts.)"
fi
echo
cat "$WORK/pairs.txt"
if [ "$SIZES" = "1000 5000" ]; then
  growth() { awk -v a="$(median < "$WORK/${1}1000.wall")" -v b="$(median < "$WORK/${1}5000.wall")" 'BEGIN {printf "%.1f", (b - a) / 4000 * 1000}'; }
  echo "ms per added page between 1,000 and 5,000 pages (wall medians): this project $(growth this)$( \
    [ -n "$PAPERMOD_DIR" ] && echo ", Hugo + PaperMod $(growth papermod)")$(command -v hugo >/dev/null 2>&1 && echo ", floor $(growth floor)")"
fi
echo "load after: $(load)"
grep step-median "$WORK/rebuild.txt" | sed 's/^/rebuild /'
sed 's/^/one social card (one thread, CPU time): /' "$WORK/cards.txt"
