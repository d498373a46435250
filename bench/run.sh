#!/usr/bin/env bash
# Benchmark: builds synthetic sites of 1,000 and 10,000 articles (with person pages) and reports
# wall-clock time and peak memory of `briefing build`. Usage: bench/run.sh [sizes...]
# Figures are comparable run to run on the same machine; the bar is Hugo (about 0.6 s for 1,000
# articles and 5 s for 10,000 on a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -f target/briefing.jar ] || ./mvnw -q -B -DskipTests package
work=bench/out; mkdir -p "$work"
printf '%-8s %10s %10s %12s\n' articles files "wall (s)" "peak RSS (MB)"
for n in "${sizes[@]}"; do
  content="$work/content-$n"
  [ -d "$content" ] || java bench/GenerateCorpus.java "$n" "$content" > /dev/null
  rm -rf "$work/site-$n"
  # Warm the file cache once, then measure.
  java -jar target/briefing.jar build --content "$content" --out "$work/site-$n" > /dev/null
  /usr/bin/time -f '%e %M' -o "$work/time-$n" java -jar target/briefing.jar build --content "$content" \
      --out "$work/site-$n" > "$work/log-$n"
  read -r wall rss < "$work/time-$n"
  files=$(find "$work/site-$n" -type f | wc -l)
  printf '%-8s %10s %10s %12s\n' "$n" "$files" "$wall" "$((rss / 1024))"
  tail -1 "$work/log-$n" | sed 's/^/         /'
done
