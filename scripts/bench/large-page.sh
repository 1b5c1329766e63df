#!/usr/bin/env bash
# Time to build the site with one generated large page, in a temporary copy of the project (medians of RUNS builds).
# Run from the project root:
#   bash scripts/bench/large-page.sh                 # the three pages below, 3 builds each
#   RUNS=5 CASES="one-paragraph" bash scripts/bench/large-page.sh
# The pages (each under the 2 MiB limit, each built on its own beside the real site):
#   paragraphs     ~1 MB of short paragraphs with inline HTML, links and emphasis (line numbers: one pass)
#   one-paragraph  one paragraph of ~1 MB, every few words a code span, an inline tag, an entity, emphasis and a link
#                  (flexmark's own inline parser copied the paragraph for every such match on JDK 17: did not finish in
#                  300 s; markdown.LinearInlineParser reads the match positions instead)
#   latin-words    one paragraph of 80,000 short Latin words between Arabic ones, each its own Latin run (post.TextSplice
#                  inserted the 160,000 new nodes one by one: 61 s; now they go into the paragraph at once)
# Prints a Markdown table: the page's size, the median wall time of the whole build (JVM start included) and the
# median of the builder's own "total" line.
set -euo pipefail
RUNS="${RUNS:-3}"
CASES="${CASES:-paragraphs one-paragraph latin-words}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -o compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$PWD/target/classes:$(cat "$WORK/cp.txt")"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# page CASE: the generated page's Markdown body on stdout
page() {
  case "$1" in
    paragraphs)
      awk 'BEGIN { for (i = 1; i * 110 < 1000000; i++) printf "فقرة رقم %d فيها <span>نص</span> و[رابط](https://example.org) و**تأكيد**.\n\n", i }' ;;
    one-paragraph)
      local unit='كلمة عربية `رمز` و<b>عريض</b> &amp; و*مائل* و[رابط](https://example.org) '
      local reps=$(( 1000000 / $(printf '%s' "$unit" | wc -c) ))
      for ((i = 0; i < reps; i++)); do printf '%s' "$unit"; done; echo ;;
    latin-words)
      awk 'BEGIN { for (i = 0; i < 80000; i++) printf "في word%d ", i % 10; print "" }' ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
}

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); builds per page: $RUNS"
echo
echo "| page | size | build, wall (median) | in-process total (median) |"
echo "|---|---|---|---|"
for case in $CASES; do
  rm -rf "$WORK/site" && mkdir -p "$WORK/site"
  cp -r content templates assets jbake.properties "$WORK/site/"
  { printf -- '---\ntype: page\ntitle: صفحة كبيرة\ndescription: وصف\ndate: 2026-01-01\n---\n\n'; page "$case"; } > "$WORK/site/content/zz-large.md"
  bytes=$(wc -c < "$WORK/site/content/zz-large.md")
  : > "$WORK/wall"; : > "$WORK/total"
  for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    (cd "$WORK/site" && java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "$CP" org.terrortrade.cli.Main \
        build --source="$WORK/site") > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc >> "$WORK/wall"
    grep -Eo 'total +[0-9]+ ms' "$WORK/out" | grep -Eo '[0-9]+' >> "$WORK/total"
  done
  printf '| %s | %s bytes | %.1f s | %s ms |\n' "$case" "$bytes" "$(median < "$WORK/wall")" "$(median < "$WORK/total")"
done
