#!/usr/bin/env bash
# Builds the site with a base URL into a temporary folder and checks every newsletter email with
# @jsx-email/doiuse-email (caniemail.com data): any feature Gmail or Apple Mail does not support
# fails; Outlook's findings are listed only. Needs Node 18+ and npm. Run after `./mvnw package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ ! -f target/briefing.jar ]; then
  ./mvnw -q -B -DskipTests package
fi
java -jar target/briefing.jar build --out "$out/site" --base-url https://example.org/briefing/ >/dev/null
(cd src/test/email && npm ci --no-audit --no-fund --silent)
node src/test/email/doiuse-check.mjs "$out/site/newsletter"
