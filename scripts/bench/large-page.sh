#!/usr/bin/env bash
# Time to build the site with one generated page of a given size (default 1 MB, 2 MB), to see that build time grows
# linearly with a page's size (line numbers come from one pass; before, a 1 MB page took minutes). Run from the project
# root:   bash scripts/bench/large-page.sh            SIZES="500000 1000000 2000000" bash scripts/bench/large-page.sh
# A page over 2 MiB is refused (file-too-large), so 2,000,000 bytes is the largest size that builds.
set -euo pipefail
SIZES="${SIZES:-1000000 2000000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -q -o compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/classes:$(cat "$WORK/cp.txt")"

echo "| page size | build | total in-process |"
echo "|---|---|---|"
for size in $SIZES; do
  rm -rf "$WORK/site" && mkdir -p "$WORK/site"
  cp -r content templates assets jbake.properties "$WORK/site/"
  {
    printf -- '---\ntype: page\ntitle: صفحة كبيرة\ndescription: وصف\ndate: 2026-01-01\n---\n\n'
    i=0
    while [ "$(( i * 110 ))" -lt "$size" ]; do
      i=$((i + 1)); printf 'فقرة رقم %d فيها <span>نص</span> و[رابط](https://example.org) و**تأكيد**.\n\n' "$i"
    done
  } > "$WORK/site/content/zz-large.md"
  bytes=$(wc -c < "$WORK/site/content/zz-large.md")
  start=$(date +%s.%N)
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "$CP" org.terrortrade.cli.Main build \
      --source="$WORK/site" > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
  end=$(date +%s.%N)
  printf '| %s bytes | %.1f s | %s |\n' "$bytes" "$(echo "$end - $start" | bc)" "$(grep -Eo 'total +[0-9]+ ms' "$WORK/out" | grep -Eo '[0-9]+ ms')"
done
