# Shared by bench/run.sh and bench/serve-latency.sh; sourced from the repository's root.

work=$(pwd)/bench/out
mkdir -p "$work"
# The launcher users run: it picks the start-up archive and the JIT for the job (bin/briefing).
read -ra briefing_cmd <<< "${BRIEFING_CMD:-bin/briefing}"
read -ra corpus_opts <<< "${CORPUS_OPTS:-}"

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

# Builds target/briefing.jar when the Briefing command uses it (or the launcher) and it is missing.
ensure_jar() {
  if [[ "${briefing_cmd[*]}" == *target/briefing.jar* || "${briefing_cmd[*]}" == bin/briefing* ]] \
      && [ ! -f target/briefing.jar ]; then
    say "bench: building target/briefing.jar..."
    ./mvnw -q -B -DskipTests package || die "could not build target/briefing.jar"
  fi
}

# ensure_corpus N FORMAT...: makes sure bench/out/corpus-N/ holds the corpus in these formats and prints
# its path. Regenerated when bench/Corpus.java or CORPUS_OPTS change.
ensure_corpus() {
  local n=$1; shift
  local dir=$work/corpus-$n missing=() f
  local stamp
  stamp="$(sha256sum bench/Corpus.java | cut -c1-16) ${corpus_opts[*]}"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then rm -rf "$dir"; fi
  for f in "$@"; do [ -d "$dir/$f" ] || missing+=("$f"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "bench: generating $n articles for ${missing[*]}..."
    java bench/Corpus.java "$n" "$dir" --formats "$(IFS=,; echo "${missing[*]}")" "${corpus_opts[@]}" >&2 \
      || die "could not generate the corpus"
    echo "$stamp" > "$dir/.stamp"
  fi
  echo "$dir"
}
