#!/bin/sh
# Measures people discovery on real saved pages, end to end as a user runs it: `briefing import` of
# each page, then `briefing people suggest` over the imported articles, scored against hand labels.
#
#   bench/real-text/measure.sh PAGES SPLIT LABELS [OUT]
#
# PAGES   a folder with one folder per page, each holding source.html (a saved page)
# SPLIT   lines "dev NAME" or "held NAME": which half each page is in (tune on dev only)
# LABELS  JSON: {"people": {"NAME": ["Full Name", ...]}, "ok": [...], "not_people": [...],
#         "wrong_name": [...], "found_as": {"suggested form": "labelled form"}}; people are the
#         people each page names in full; ok / not_people / wrong_name judge suggestions by name
# OUT     work folder (default: a new temporary folder)
#
# Each half is its own site, and so is the whole set. Suggestions not yet judged are counted as
# correct and listed as UNJUDGED: judge them (held-out ones only after the last change).
# The pages and labels are not part of the repository; saved pages are usually under copyright.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
briefing=$here/../../bin/briefing
pages=$1; split=$2; labels=$3; out=${4:-$(mktemp -d)}
rm -rf "$out/imported"; mkdir -p "$out/imported"
while read -r half name; do
    [ -n "$name" ] || continue
    "$briefing" import "$pages/$name/source.html" --out "$out/imported" --slug "$name" >/dev/null 2>"$out/imported/$name.err" \
        || echo "import failed: $name: $(head -c 200 "$out/imported/$name.err")"
done < "$split"
for half in dev held all; do
    rm -rf "$out/$half"; mkdir -p "$out/$half/content/articles"
    printf 'title: Real text\n' > "$out/$half/content/site.yaml"
    while read -r h name; do
        if [ -n "$name" ] && { [ "$half" = all ] || [ "$half" = "$h" ]; } && [ -f "$out/imported/$name.md" ]; then
            cp "$out/imported/$name.md" "$out/$half/content/articles/"
        fi
    done < "$split"
    (cd "$out/$half" && "$briefing" people suggest > suggest.yaml 2> suggest.err)
done
python3 "$here/score.py" "$out" "$split" "$labels"
