#!/usr/bin/env bash
# Start-up: wall time of bin/briefing with and without the start-up archive, on each installed Java
# (17, and 24+ when there is one), for `--version`, a build of content/, and builds of synthetic sites
# of 100 and 1,000 articles; also JIT and GC options over the archive. Rounds alternate the
# configurations, so load on a shared machine spreads evenly; each figure is the median.
# Usage: bench/startup.sh [rounds]   (default 5; output on /dev/shm when it exists)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
j17=${JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
j25=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)}
javas=("$j17"); [ -n "$j25" ] && [ -x "$j25/bin/java" ] && javas+=("$j25")
./mvnw -q -B -DskipTests package -Dbriefing.archive.jdks="${javas[*]:1}"
work=bench/out; [ -d /dev/shm ] && work=/dev/shm/briefing-startup
mkdir -p "$work"
# The 100-article site is the first 100 articles of the 1,000-article one (same people).
[ -d "$work/content-1000" ] || java bench/GenerateCorpus.java 1000 "$work/content-1000" > /dev/null
if [ ! -d "$work/content-100" ]; then
  mkdir -p "$work/content-100/articles"
  cp "$work/content-1000/site.yaml" "$work/content-1000/people.yaml" "$work/content-100/"
  for ((a = 0; a < 100; a++)); do cp "$work/content-1000/articles/article-$a.md" "$work/content-100/articles/"; done
fi

configs=("no archive|1|" "archive||" "archive, TieredStopAtLevel=1||-XX:TieredStopAtLevel=1"
  "archive, SerialGC||-XX:+UseSerialGC" "archive, ParallelGC||-XX:+UseParallelGC")
workloads=("--version" "build content/" "build 100" "build 1000")

run() { # java-home no-archive opts workload -> seconds
  local args
  case $4 in
    --version) args=(--version) ;;
    "build content/") args=(build --content content --out "$work/site") ;;
    *) args=(build --content "$work/content-${4#build }" --out "$work/site") ;;
  esac
  rm -rf "$work/site"
  /usr/bin/time -f %e -o "$work/t" env JAVA_HOME="$1" BRIEFING_NO_ARCHIVE="$2" BRIEFING_OPTS="$3" \
      bin/briefing "${args[@]}" > /dev/null 2>&1
  cat "$work/t"
}

declare -A times
for ((r = 0; r < rounds; r++)); do
  for w in "${workloads[@]}"; do
    for j in "${javas[@]}"; do
      for c in "${configs[@]}"; do
        IFS='|' read -r name noarchive opts <<< "$c"
        times["$w|$j|$name"]+="$(run "$j" "$noarchive" "$opts" "$w") "
      done
    done
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-16s %-28s %-32s %8s\n' workload java configuration "median s"
for w in "${workloads[@]}"; do
  for j in "${javas[@]}"; do
    for c in "${configs[@]}"; do
      name=${c%%|*}
      printf '%-16s %-28s %-32s %8s\n' "$w" "$(basename "$j")" "$name" "$(median <<< "${times["$w|$j|$name"]}")"
    done
  done
done
