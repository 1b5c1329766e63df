#!/usr/bin/env bash
# Lighthouse (mobile) scores for the main page types of the built site, against Debian's Chromium.
# Run from the project root after ./mvnw package: bash scripts/perf/lighthouse.sh
# Needs Node.js 18.16+ and npm (Lighthouse 12.8.2 is installed once into target/lighthouse-tool from the npm
# registry) and Chromium (CHROME_PATH, default /usr/bin/chromium). The site is served by the project's own preview
# server, which compresses and caches as a static host (GitHub Pages) does.
# Writes target/lighthouse/<page>.json (the full reports) and prints the four category scores per page.
set -euo pipefail
LIGHTHOUSE_VERSION=12.8.2
PORT="${PORT:-8899}" # the preview server's port (PORT=… to use another)
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
TOOL=target/lighthouse-tool
OUT=target/lighthouse
[ -f target/site/index.html ] || { echo "build the site first: ./mvnw package -DskipTests" >&2; exit 1; }
if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
  npm install --silent --no-audit --no-fund --prefix "$TOOL" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
mkdir -p "$OUT"
# The preview server runs as its own java process (not under Maven), so that it is stopped by its process id alone.
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/lighthouse-classpath.txt >/dev/null
java -cp "target/classes:$(cat target/lighthouse-classpath.txt)" org.terrortrade.cli.Main preview --port="$PORT" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fsS "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break; sleep 1; done
printf '%-24s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for page in ${PAGES:-index.html article.html actors/index.html actors/pakistan.html exchange.html glossary.html timeline.html sources.html search.html about.html}; do
  name="${page//\//-}"
  "$TOOL/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$page" --quiet \
    --only-categories=performance,accessibility,best-practices,seo --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --output=json --output-path="$OUT/${name%.html}.json" >/dev/null 2>&1
  node -e 'const r = require(process.argv[1]); const c = r.categories;
    const s = k => Math.round(c[k].score * 100);
    console.log(process.argv[2].padEnd(24), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));' "$PWD/$OUT/${name%.html}.json" "$page"
done
