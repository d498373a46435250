#!/usr/bin/env bash
# Benchmark: how does Briefing compare with Hugo (and optionally Eleventy and Jekyll) on the same
# briefing? Builds one synthetic corpus per size in every tool's format (bench/Corpus.java), then
# builds it with each tool in turn, several rounds, and prints per size and tool the median wall
# time, CPU time (user + sys) and peak RSS, the ratio of wall time to Hugo's, the files each tool
# wrote, and Briefing's own stage times.
#
# Usage: bench/run.sh [sizes...]            (default: 100 1000 10000)
#   ROUNDS=5                  measured rounds per tool and size, after one warm-up run each
#   WARMUP=1                  warm-up runs per tool and size (0: none; the first run then
#                             reads the corpus from disk)
#   BRIEFING_CMD=bin/briefing the Briefing command to time (word-split; e.g. the jar as it is,
#                             "java -jar target/briefing.jar", without the launcher's
#                             start-up archive and choice of JIT)
#   WITH=eleventy,jekyll      also time these tools (installed from npm / Debian when missing;
#                             skipped with a message when they cannot be installed)
#   CACHES=clear              clear: every build is cold (Briefing's .briefing-cache removed,
#                             Jekyll without its disk cache); keep: tools reuse their caches,
#                             as when a user builds again
#   CORPUS_OPTS=--no-shared-titles
#                             options for the corpus generator
#
# Hugo is installed from Debian (apt-get) when missing, target/briefing.jar is built when missing.
# Corpora are cached under bench/out/ (regenerated when bench/Corpus.java changes). Outputs go to a
# tmpfs mounted for the run (or /dev/shm, else a folder under bench/out/: the script says which),
# so disk speed does not count. Tools run alternately (the order reversed every other round) so a
# change in machine load touches all of them alike; on a shared machine, figures are indicative.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
rounds=${ROUNDS:-5}
warmups=${WARMUP:-1}
caches=${CACHES:-clear}
IFS=',' read -ra extra <<< "${WITH:-}"

for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "size must be a positive number of articles, got '$n'"
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive number, got '$rounds'"
[[ $warmups =~ ^[0-9]+$ ]] || die "WARMUP must be a number, got '$warmups'"
[[ $caches =~ ^(clear|keep)$ ]] || die "CACHES must be 'clear' or 'keep', got '$caches'"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time')"

# --- output folder: a tmpfs of our own, else /dev/shm, else disk ------------------------------
mounted=""
out=""
cleanup() {
  if [ -n "$out" ] && [ -d "$out" ]; then rm -rf "$out"; fi
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null || say "bench: could not unmount $mounted"; rmdir "$mounted" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
tmpfs_dir=$work/tmpfs
mkdir -p "$tmpfs_dir"
if mount -t tmpfs -o size=12g,mode=0755 bench-tmpfs "$tmpfs_dir" 2>/dev/null; then
  mounted=$tmpfs_dir
  out=$tmpfs_dir/sites
  where="a tmpfs mounted at $tmpfs_dir"
elif [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm)" = tmpfs ]; then
  rmdir "$tmpfs_dir" 2>/dev/null || true
  out=$(mktemp -d /dev/shm/briefing-bench.XXXXXX)
  where="/dev/shm (cannot mount a tmpfs here)"
else
  rmdir "$tmpfs_dir" 2>/dev/null || true
  out=$work/sites
  where="$out on disk: no tmpfs could be mounted, so disk speed is part of the figures"
fi
mkdir -p "$out"

# --- tools --------------------------------------------------------------------------------------
apt_install() {
  say "bench: installing $1 from Debian..."
  apt-get install -y -q "$1" > "$work/apt-$1.log" 2>&1 \
    || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q "$1" > "$work/apt-$1.log" 2>&1; }
}

tools=(briefing hugo)
if ! command -v hugo > /dev/null; then
  apt_install hugo || die "could not install Hugo (apt-get install hugo); see $work/apt-hugo.log"
fi
ensure_jar
eleventy=$work/tools/eleventy/node_modules/.bin/eleventy
for t in "${extra[@]}"; do
  case $t in
    eleventy)
      if [ ! -x "$eleventy" ]; then
        if ! command -v npm > /dev/null; then say "bench: skipping Eleventy: npm is missing"; continue; fi
        say "bench: installing Eleventy from npm..."
        mkdir -p "$work/tools/eleventy"
        if ! npm install --prefix "$work/tools/eleventy" --no-audit --no-fund @11ty/eleventy@3 \
            > "$work/tools/eleventy-install.log" 2>&1; then
          say "bench: skipping Eleventy: npm install failed (see $work/tools/eleventy-install.log)"; continue
        fi
      fi
      if ! "$eleventy" --version > /dev/null 2>&1; then
        say "bench: skipping Eleventy: it does not run on $(node --version 2>/dev/null || echo 'this Node')"; continue
      fi
      tools+=(eleventy) ;;
    jekyll)
      if ! command -v jekyll > /dev/null && ! apt_install jekyll; then
        say "bench: skipping Jekyll: apt-get install jekyll failed (see $work/apt-jekyll.log)"; continue
      fi
      tools+=(jekyll) ;;
    "") ;;
    *) die "unknown tool in WITH: '$t' (known: eleventy, jekyll)" ;;
  esac
done

version() {
  case $1 in
    briefing) "${briefing_cmd[@]}" --version 2>/dev/null | head -1 || echo "?" ;;
    hugo) hugo version | sed 's/ BuildDate.*//' ;;
    eleventy) echo "Eleventy $("$eleventy" --version) on Node $(node --version)" ;;
    jekyll) jekyll --version ;;
  esac
}

# command_for TOOL CORPUS DEST: sets cmd to the command that builds the corpus in the tool's format.
command_for() {
  local corpus=$2 dest=$3
  case $1 in
    # $corpus/templates does not exist: the built-in theme, as in a new user's folder.
    briefing) cmd=("${briefing_cmd[@]}" build --content "$corpus/briefing" --templates "$corpus/templates" --out "$dest") ;;
    hugo) cmd=(hugo --source "$corpus/hugo" --destination "$dest") ;;
    eleventy) cmd=(env -C "$corpus/eleventy" "$eleventy" --quiet --config=eleventy.config.js --output="$dest") ;;
    jekyll) cmd=(jekyll build --source "$corpus/jekyll" --destination "$dest")
      if [ "$caches" = clear ]; then cmd+=(--disable-disk-cache); fi ;;
  esac
}

# timed TOOL CORPUS N: one build into an empty folder; appends "wall cpu rss_kib" to the tool's figures.
timed() {
  local tool=$1 corpus=$2 n=$3 dest=$out/$1-$3 cmd
  rm -rf "$dest"
  # Cold builds: Briefing keeps formatted citations beside the content folder between builds.
  if [ "$caches" = clear ]; then rm -rf "$corpus/.briefing-cache"; fi
  command_for "$tool" "$corpus" "$dest"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "${cmd[@]}" > "$work/log-$tool-$n" 2>&1; then
    say "bench: $tool failed on $n articles; the end of its output without warnings ($work/log-$tool-$n):"
    grep -v ': warning: ' "$work/log-$tool-$n" | tail -n 12 | sed 's/^/    /' >&2
    return 1
  fi
  tail -n 1 "$work/time" | awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' >> "$work/figures-$tool-$n"
  if [ "$tool" = briefing ]; then
    grep -o '(load [^)]*)' "$work/log-$tool-$n" | tr -d '()' >> "$work/stages-$n" || true
  fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$1" '{ print $c }' "$2"; }

say "bench: outputs on $where"
say "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $rounds rounds after $warmups warm-up(s); caches: $caches"
for t in "${tools[@]}"; do say "bench: $t: $(version "$t")"; done

status=0
for n in "${sizes[@]}"; do
  corpus=$(ensure_corpus "$n" "${tools[@]}")
  active=()
  for t in "${tools[@]}"; do
    ok=1
    for ((w = 1; w <= warmups && ok; w++)); do
      say "bench: $n articles: warming up $t..."
      timed "$t" "$corpus" "$n" || { ok=0; status=1; }
    done
    rm -f "$work/figures-$t-$n" "$work/stages-$n"
    if ((ok)); then active+=("$t"); fi
  done
  for ((r = 1; r <= rounds; r++)); do
    order=("${active[@]}")
    if ((r % 2 == 0)); then order=(); for ((i = ${#active[@]} - 1; i >= 0; i--)); do order+=("${active[i]}"); done; fi
    say "bench: $n articles: round $r of $rounds (${order[*]})"
    for t in "${order[@]}"; do timed "$t" "$corpus" "$n" || status=1; done
  done

  hugo_wall=$( [ -f "$work/figures-hugo-$n" ] && column_of 1 "$work/figures-hugo-$n" | median || echo "-")
  echo
  echo "== $n articles ($rounds rounds; outputs on $where)"
  printf '%-9s %9s %13s %9s %10s %8s %7s\n' tool "wall (s)" "wall min-max" "CPU (s)" "RSS (MiB)" "× Hugo" files
  for t in "${tools[@]}"; do
    f=$work/figures-$t-$n
    if [ ! -s "$f" ]; then printf '%-9s %9s\n' "$t" failed; continue; fi
    wall=$(column_of 1 "$f" | median)
    range="$(column_of 1 "$f" | sort -n | head -1)-$(column_of 1 "$f" | sort -n | tail -1)"
    cpu=$(column_of 2 "$f" | median)
    rss=$(column_of 3 "$f" | median | awk '{ printf "%d", $1 / 1024 }')
    ratio=$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { if (b == "-" || b == 0) print "-"; else printf "%.1f", a / b }')
    files=$(find "$out/$t-$n" -type f | wc -l)
    printf '%-9s %9s %13s %9s %10s %8s %7d\n' "$t" "$wall" "$range" "$cpu" "$rss" "$ratio" "$files"
  done
  if [ -s "$work/stages-$n" ]; then
    # Each round printed "load 757 ms, parse 760 ms, ...": the median of each stage.
    tr ',' '\n' < "$work/stages-$n" | sed -E 's/^ *(.*) ([0-9]+) ms *$/\1\t\2/' > "$work/stage-times"
    stages=""
    while IFS= read -r stage; do
      ms=$(awk -F '\t' -v s="$stage" '$1 == s { print $2 }' "$work/stage-times" | median | awk '{ printf "%d", $1 + 0.5 }')
      stages="$stages${stages:+, }$stage $ms"
    done < <(head -n 1 "$work/stages-$n" | tr ',' '\n' | sed -E 's/^ *(.*) [0-9]+ ms *$/\1/')
    echo "Briefing stages (median ms): $stages"
    echo "Briefing said: $(grep -E '^[0-9]+ errors?, [0-9]+ warnings?' "$work/log-briefing-$n" | tail -1 || echo 'no problem summary')"
    grep -v 'warning: source has no URL' "$work/log-briefing-$n" | grep -E 'warning|error' | grep -vE '^[0-9]+ errors?,' | head -5 | sed 's/^/    /' || true
  fi
done
say "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
exit $status
