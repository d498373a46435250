#!/bin/sh
# Measures how much of the article text `briefing import` keeps from real saved pages, as a user
# runs it: each page is imported with bin/briefing, and the imported Markdown body (front matter
# and Markdown syntax left out) is scored against the page's true article text.
#
#   bench/real-text/import-measure.sh PAGES [OUT]
#
# PAGES  a folder laid out as the article-extraction benchmark (github.com/scrapinghub/
#        article-extraction-benchmark): html/NAME.html.gz (or html/NAME.html) saved pages and
#        ground-truth.json, {"NAME": {"articleBody": "..."}}
# OUT    work folder (default: a new temporary folder); OUT/per-page.tsv lists each page's scores
#
# The pages are split by sorted file name, alternately, into a development half (the 1st, 3rd, ...)
# and a held-out half: change the importer looking at development pages only. The score is the
# benchmark's (token shingles; see import-score.py). PAGES is only read. JOBS=2 imports two pages
# at a time. The pages are not part of the repository; saved pages are usually under copyright.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
briefing=$here/../../bin/briefing
pages=$(cd "$1" && pwd); out=${2:-$(mktemp -d)}
[ -f "$here/../../target/briefing.jar" ] || (cd "$here/../.." && ./mvnw -B -q package -DskipTests)
rm -rf "$out/pages" "$out/imported"; mkdir -p "$out/pages" "$out/imported"
ls "$pages/html" | sed -n 's/\.html\(\.gz\)\{0,1\}$//p' | sort | awk '{ print (NR % 2 ? "dev" : "held"), $0 }' > "$out/split"
while read -r half name; do
    if [ -f "$pages/html/$name.html.gz" ]; then
        gzip -dc "$pages/html/$name.html.gz" > "$out/pages/$name.html"
    else
        cp "$pages/html/$name.html" "$out/pages/$name.html"
    fi
done < "$out/split"
export briefing out
cut -d' ' -f2 "$out/split" | xargs -P "${JOBS:-1}" -I{} sh -c \
    '"$briefing" import "$out/pages/$1.html" --out "$out/imported" --slug "$1" >/dev/null 2>"$out/imported/$1.err" \
        || echo "import failed: $1: $(head -c 200 "$out/imported/$1.err")"' sh {}
python3 "$here/import-score.py" "$pages" "$out/imported" "$out/split" "$out/per-page.tsv"
echo "per page: $out/per-page.tsv"
