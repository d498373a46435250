#!/usr/bin/env bash
# Search benchmark: builds synthetic sites of N articles (default 1,000 and 10,000) and reports the
# full-text index's size (in all, by kind of file, gzipped) and, in headless Chromium, what a search
# loads and the time from the last keystroke to the results shown: the first search of a page (its
# files loaded as it goes) and the same search again (files loaded), from file:// and over HTTP.
# Needs Chromium (/usr/bin/chromium or $CHROMIUM), Node and npm. Usage: bench/search-speed.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -f target/briefing.jar ] || ./mvnw -q -B -DskipTests package
[ -d src/test/browser/node_modules/playwright-core ] || (cd src/test/browser && npm ci --no-audit --no-fund --silent)
work=bench/out; mkdir -p "$work"
for n in "${sizes[@]}"; do
  content="$work/content-$n"
  if [ ! -d "$content" ]; then
    if [ -f bench/Corpus.java ]; then
      java bench/Corpus.java "$n" "$work/corpus-$n" --formats briefing > /dev/null && mv "$work/corpus-$n/briefing" "$content"
    else
      java bench/GenerateCorpus.java "$n" "$content" > /dev/null
    fi
  fi
  site="$work/site-$n"
  rm -rf "$site"
  java -jar target/briefing.jar build --content "$content" --out "$site" > "$work/log-$n" 2>&1
  echo "== $n articles: $(tail -1 "$work/log-$n" | grep -o 'search index [0-9]* ms')"
  index="$site/assets/search"
  printf '%-28s %8s %12s %12s\n' "index files" count bytes gzipped
  for kind in t a p o s; do
    label=$(case $kind in t) echo "terms (t*.js)";; a) echo "article text (a*.js)";; p) echo "people (p*.js)";;
      o) echo "organizations (o*.js)";; s) echo "sources (s*.js)";; esac)
    files=("$index/$kind"[0-9]*.js)
    printf '%-28s %8s %12s %12s\n' "$label" "${#files[@]}" "$(cat "${files[@]}" | wc -c)" "$(cat "${files[@]}" | gzip -6 | wc -c)"
  done
  printf '%-28s %8s %12s %12s\n' "manifest (search-index.js)" 1 "$(wc -c < "$site/assets/search-index.js")" \
      "$(gzip -6 < "$site/assets/search-index.js" | wc -c)"
  printf '%-28s %8s %12s %12s\n' "all" "$(find "$index" -type f | wc -l)" \
      "$(cat "$index"/*.js "$site/assets/search-index.js" | wc -c)" "$(cat "$index"/*.js "$site/assets/search-index.js" | gzip -6 | wc -c)"
  # A family name from the registry, two common words, and a word cut short (completed as a prefix).
  family=$(grep -m1 '^  name:' "$content/people.yaml" | awk '{print $NF}' | tr -d '"')
  node src/test/browser/search-page.mjs time "$site" "$family" "strategic plan" "regula" > "$work/search-$n.json"
  node -e '
    const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const kb = (b) => (b / 1024).toFixed(0) + " KB";
    console.log("origin  query            results        | one search: files, size (gzip), ms | typed: files, size (gzip), ms | again: ms");
    for (const r of rows) {
      const o = r.once, t = r.typed;
      console.log([r.origin.padEnd(6), r.query.padEnd(16), r.status.replace(/ for .*/, "").padEnd(14), "|",
        String(o.files).padStart(3), (kb(o.bytes) + " (" + kb(o.gzipped) + ")").padStart(18), String(o.ms).padStart(7), "|",
        String(t.files).padStart(3), (kb(t.bytes) + " (" + kb(t.gzipped) + ")").padStart(18), String(t.ms).padStart(7), "|",
        String(r.againMs).padStart(6)].join(" "));
    }' "$work/search-$n.json"
done
