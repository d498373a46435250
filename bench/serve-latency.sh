#!/usr/bin/env bash
# How long does an edit take to show in `briefing serve`? Starts the preview on a copy of the
# N-article benchmark corpus (bench/Corpus.java), waits for its first build, then edits one
# article 10 times (a new marker word in its body) and polls the article's page over HTTP until
# the marker appears (bench/ServeLatency.java); each edit waits until the preview has finished
# rebuilding after the one before. Prints each latency, the median, and the rebuild times the
# preview itself reported.
#
# Usage: bench/serve-latency.sh [N]          (default: 1000 articles)
#   EDITS=10                                 edits to time
#   BRIEFING_CMD=bin/briefing                the Briefing command (word-split)
#   CORPUS_OPTS=--no-shared-titles           options for the corpus generator
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

n=${1:-1000}
edits=${EDITS:-10}
[[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number of articles, got '$n'"
[[ $edits =~ ^[1-9][0-9]*$ ]] || die "EDITS must be a positive number, got '$edits'"
ensure_jar
corpus=$(ensure_corpus "$n" briefing)

# The preview edits files: give it a copy, never the cached corpus.
site=$(mktemp -d "$work/serve-$n.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$site"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cp -r "$corpus/briefing" "$site/content"
log=$work/serve-$n.log

say "bench: starting the preview on $n articles..."
"${briefing_cmd[@]}" serve --content "$site/content" --templates "$site/templates" --port 0 > "$log" 2>&1 &
pid=$!
for ((waited = 0; ; waited++)); do
  if grep -q '^Watching ' "$log"; then break; fi
  kill -0 "$pid" 2>/dev/null || { tail -n 20 "$log" >&2; die "the preview stopped before it was up (log: $log)"; }
  ((waited < 6000)) || die "the preview was not up after 10 minutes (log: $log)"
  sleep 0.1
done
if grep -q '^Build failed' "$log"; then
  grep -E 'error' "$log" | head -n 10 >&2
  die "the first build failed, so no edit can show (log: $log)"
fi
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1)
[ -n "$url" ] || die "no preview address in $log"
say "bench: $(grep -E '^Built ' "$log" | head -n 1)"
say "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

java bench/ServeLatency.java "$url" "$site/content" "$edits" "$log"
echo "Rebuilds the preview reported:"
grep -E 'rebuilt|updated' "$log" | sed -E 's/^Changed [^:]*: /  /' || echo "  none"
