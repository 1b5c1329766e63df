#!/usr/bin/env bash
# scripts/fonts/subset.sh -- build the site's self-hosted WOFF2 web fonts.
#
# Tool: fontTools' `pyftsubset` from Debian's `fonttools` package, with
# Debian's `python3-brotli` for WOFF2 compression. Install once (as root):
#
#   apt-get update
#   apt-get install -y fonts-noto-core fonttools python3-brotli
#
# Usage (from the project root):
#
#   bash scripts/fonts/subset.sh                # subset src/main/fonts/*.ttf
#   bash scripts/fonts/subset.sh --refresh-src  # first re-copy the TTFs from
#                                               # /usr/share/fonts (fonts-noto-core)
#
# Inputs (unsubsetted TTFs, committed; copied from Debian's fonts-noto-core):
#   src/main/fonts/NotoNaskhArabic-{Regular,Bold}.ttf  (also used by Java2D cards)
#   src/main/fonts/NotoSerif-{Regular,Bold}.ttf
#
# Outputs (assets/fonts/):
#   naskh-arabic-400.woff2, naskh-arabic-700.woff2  Arabic block + digits/punctuation
#                                                   (no Latin letters)
#   serif-latin-400.woff2,  serif-latin-700.woff2   Basic Latin + Latin-1 + typographic
#                                                   quotes/dashes/ellipsis/euro
#
# The output is deterministic: pyftsubset keeps the source head.modified
# (no --recalc-timestamp) and SOURCE_DATE_EPOCH is pinned as well, so two runs
# with the same fonttools/brotli versions give byte-identical files (the script
# prints their sha256). All OpenType layout features are kept (Arabic joining
# init/medi/fina/isol, rlig, mark positioning...); hinting is dropped; name
# records 0-6 plus 13/14 (licence description and URL) are kept.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FONTS="$ROOT/assets/fonts"
SRC="$ROOT/src/main/fonts"
DEBIAN_FONTS=/usr/share/fonts/truetype/noto
PYFTSUBSET="${PYFTSUBSET:-pyftsubset}"
# Debian's interpreter: a python3 earlier on PATH (pyenv, venv) may lack fontTools.
PYTHON="${PYTHON:-/usr/bin/python3}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1608940800}" # 2020-12-26, fonts-noto-core 20201225

# The Arabic face is cut to what the site writes: every Arabic character found in content/, templates/ and the
# site's scripts and settings, always together with the whole basic alphabet, harakat and Arabic punctuation (so
# that an editor's next sentence never falls back to another face), digits and the punctuation Naskh draws.
# Run this script again when content brings in a rarer Arabic letter (Persian or Urdu letters, for instance).
# Keep the ranges in sync with the @font-face unicode-range values in the CSS.
BASE_ARABIC="U+060C,U+061B,U+061F,U+0621-063A,U+0640-0652,U+0660-066D,U+0670,U+FD3E-FD3F,U+200C-200F,U+2010-2027,U+2066-2069,U+00A0,U+00AB,U+00B6,U+00BB,U+0020-0040,U+005B-0060,U+007B-007E"
USED_ARABIC="$(cat "$ROOT"/jbake.properties "$ROOT"/assets/js/search.js \
  $(find "$ROOT/content" "$ROOT/templates" -type f \( -name '*.md' -o -name '*.ftlh' \) | sort) \
  | "$PYTHON" -c 'import sys; t = sys.stdin.read(); print(",".join(sorted({"U+%04X" % ord(c) for c in t if 0x0600 <= ord(c) <= 0x06FF or 0xFB50 <= ord(c) <= 0xFEFF})))')"
ARABIC_UNICODES="$BASE_ARABIC${USED_ARABIC:+,$USED_ARABIC}"
LATIN_UNICODES="U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2026,U+20AC"

if ! command -v "$PYFTSUBSET" >/dev/null 2>&1; then
  echo "error: $PYFTSUBSET not found; apt-get install -y fonttools python3-brotli" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import fontTools, brotli' 2>/dev/null; then
  echo "error: $PYTHON cannot import fontTools and brotli; apt-get install -y fonttools python3-brotli" >&2
  exit 1
fi

if [[ "${1:-}" == "--refresh-src" ]]; then
  mkdir -p "$SRC"
  for f in NotoNaskhArabic-Regular NotoNaskhArabic-Bold NotoSerif-Regular NotoSerif-Bold; do
    if [[ ! -f "$DEBIAN_FONTS/$f.ttf" ]]; then
      echo "error: $DEBIAN_FONTS/$f.ttf missing; apt-get install -y fonts-noto-core" >&2
      exit 1
    fi
    cp "$DEBIAN_FONTS/$f.ttf" "$SRC/$f.ttf"
  done
  echo "copied sources from $(dpkg-query -W -f='${Package} ${Version}' fonts-noto-core 2>/dev/null || echo "$DEBIAN_FONTS")"
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--refresh-src]" >&2
  exit 2
fi

subset() { # subset <source ttf> <output woff2> <unicodes>
  local in="$1" out="$2" unicodes="$3"
  [[ -f "$in" ]] || { echo "error: $in missing (run with --refresh-src)" >&2; exit 1; }
  "$PYFTSUBSET" "$in" \
    --unicodes="$unicodes" \
    --layout-features='*' \
    --no-hinting \
    --desubroutinize \
    --name-IDs=0,1,2,3,4,5,6,13,14 \
    --no-recalc-timestamp \
    --flavor=woff2 \
    --output-file="$out"
}

subset "$SRC/NotoNaskhArabic-Regular.ttf" "$FONTS/naskh-arabic-400.woff2" "$ARABIC_UNICODES"
subset "$SRC/NotoNaskhArabic-Bold.ttf"    "$FONTS/naskh-arabic-700.woff2" "$ARABIC_UNICODES"
subset "$SRC/NotoSerif-Regular.ttf"       "$FONTS/serif-latin-400.woff2"  "$LATIN_UNICODES"
subset "$SRC/NotoSerif-Bold.ttf"          "$FONTS/serif-latin-700.woff2"  "$LATIN_UNICODES"

# Sanity checks: Arabic joining forms and U+0628 survived, Latin letters did not.
# Noto Naskh Arabic has no 'isol' feature (its nominal glyphs are the isolated
# forms), so the check is: same GSUB/GPOS feature tags as the source, and
# init/medi/fina each substitute the glyph of U+0628 (beh).
"$PYTHON" - "$FONTS" "$SRC" <<'PY'
import sys
from fontTools.ttLib import TTFont
d, src = sys.argv[1], sys.argv[2]
def tags(font, t):
    return {r.FeatureTag for r in font[t].table.FeatureList.FeatureRecord}
def single_subst(font, tag, glyph):
    g = font["GSUB"].table
    for r in g.FeatureList.FeatureRecord:
        if r.FeatureTag != tag:
            continue
        for li in r.Feature.LookupListIndex:
            for st in g.LookupList.Lookup[li].SubTable:
                st = getattr(st, "ExtSubTable", st)
                if glyph in getattr(st, "mapping", {}):
                    return st.mapping[glyph]
    return None
for w, name in (("400", "Regular"), ("700", "Bold")):
    f = TTFont(f"{d}/naskh-arabic-{w}.woff2")
    s = TTFont(f"{src}/NotoNaskhArabic-{name}.ttf")
    for t in ("GSUB", "GPOS"):
        assert tags(f, t) == tags(s, t), f"naskh-arabic-{w}: {t} features {tags(f, t)} != source {tags(s, t)}"
    cmap = f.getBestCmap()
    assert 0x0628 in cmap, f"naskh-arabic-{w}: no glyph for U+0628"
    beh = cmap[0x0628]
    forms = {t: single_subst(f, t, beh) for t in ("init", "medi", "fina")}
    assert all(forms.values()), f"naskh-arabic-{w}: joining forms of {beh} missing: {forms}"
    assert not any(0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A for c in cmap), "Latin letters in Arabic subset"
    print(f"naskh-arabic-{w}: GSUB {sorted(tags(f, 'GSUB'))}; U+0628 -> {beh}, "
          + ", ".join(f"{t} -> {g}" for t, g in forms.items()))
for w in ("400", "700"):
    cmap = TTFont(f"{d}/serif-latin-{w}.woff2").getBestCmap()
    assert all(c in cmap for c in range(0x20, 0x7F)), f"serif-latin-{w}: Basic Latin incomplete"
print("checks ok")
PY

cd "$FONTS"
for f in naskh-arabic-400.woff2 naskh-arabic-700.woff2 serif-latin-400.woff2 serif-latin-700.woff2; do
  printf '%8d  %s  %s\n' "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)" "$f"
done
