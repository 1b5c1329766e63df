#!/usr/bin/env bash
# Copies axe-core's browser script into the test resources from the npm registry, once, so the accessibility checks
# run the newest axe rules (the Selenium wrapper bundles an older axe) and nothing is fetched while testing.
# Needs npm (Node.js); run from the project root: bash scripts/a11y/vendor-axe.sh
#   axe-core 4.14.1 (MPL-2.0)
# AccessibilityIT checks the file's version and SHA-256 against the two values it holds; after changing the version
# here, copy the printed values into AxeScript.java.
set -euo pipefail
AXE=4.14.1
out="src/test/resources/axe"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# npm pack verifies the tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "axe-core@$AXE" >/dev/null && tar xzf "axe-core-$AXE.tgz")
mkdir -p "$out"
cp "$work/package/axe.min.js" "$out/axe.min.js"
cp "$work/package/LICENSE" "$out/LICENSE-axe-core.txt"
echo "version $AXE"
sha256sum "$out/axe.min.js"
