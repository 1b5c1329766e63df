#!/usr/bin/env bash
# Copies the search library into assets/js/vendor from the npm registry, once, so that neither the build nor a
# reader's browser ever fetches it. Needs npm (Node.js); run from the project root: bash scripts/search/vendor-lunr.sh
#   lunr 2.3.9 (MIT): the index and ranking (BM25) — the library MkDocs Material uses
#   lunr-languages 1.14.0 (MPL-1.1): Arabic stemmer and normaliser (alef/hamza forms, tashkeel, tatweel), multi-language
set -euo pipefail
LUNR=2.3.9
LANGUAGES=1.14.0
out="assets/js/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "lunr@$LUNR" "lunr-languages@$LANGUAGES" >/dev/null \
  && mkdir lunr languages && tar xzf "lunr-$LUNR.tgz" -C lunr && tar xzf "lunr-languages-$LANGUAGES.tgz" -C languages)
mkdir -p "$out"
cp "$work/lunr/package/lunr.min.js" "$out/lunr.min.js"
cp "$work/lunr/package/LICENSE" "$out/LICENSE-lunr.txt"
for f in lunr.stemmer.support.min.js lunr.ar.min.js lunr.multi.min.js; do
  cp "$work/languages/package/min/$f" "$out/$f"
done
cp "$work/languages/package/LICENSE" "$out/LICENSE-lunr-languages.txt"
# The build publishes these files only with these hashes: copy them into content/AssetAllowList.java (VENDORED).
sha256sum "$out"/*.js
