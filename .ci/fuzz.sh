#!/usr/bin/env bash
# Fuzzes the front-matter loader and the Markdown stage for a fixed number of inputs each (the
# maxExecutions of their @FuzzTest). Jazzer fuzzes one test per JVM, so each runs on its own; its
# method hooks (comparison guidance, sanitizers) are on, and the YAML and Markdown libraries are
# instrumented too. An input that fails is saved under src/test/resources/dev/briefing/hostile/
# and fails the run; commit it and it becomes a regression seed.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz() {
  JAZZER_FUZZ=1 ./mvnw -q -B test -Dtest="$1" -Djazzer.hooks=true "-Djazzer.instrument=dev.briefing.**,$2"
}
fuzz FrontMatterFuzzTest 'org.snakeyaml.**'
fuzz MarkdownFuzzTest 'com.vladsch.flexmark.**'
