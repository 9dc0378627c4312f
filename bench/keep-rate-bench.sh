#!/usr/bin/env bash
# The keep-rate benchmark: for every listener of the zoo (docs/listeners.md) and every world seed, each ranking runs as
# its own policy on its own twin world: 30 days of sync --all --push-playlist -> the simulated listener judges the
# 30-track Discovery playlist. Prints each ranking's mean hidden keep probability and observed keep rate over days
# 8-30 per listener and pooled; writes docs/keep-rate.svg. Numbers and reading: docs/performance.md ("Discovery keep rate").
# Usage: bench/keep-rate-bench.sh [--listener a,b] [--seeds N] [--days N] [--policies a,b] [--threads N] [--reposts-per-day X]
#                                 [--svg path|none] [--md path]
# A quick look at one listener: bench/keep-rate-bench.sh --listener curators --days 12 --seeds 1 --svg none
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile   # main and test classes (incremental)
if [ ! -s target/bench.cp ] || [ pom.xml -nt target/bench.cp ]; then
  mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
fi
# run from a snapshot of the classes, so a build in this tree during a long run cannot pull them away
snap=$(mktemp -d /tmp/keep-rate-bench-classes.XXXXXX)
trap 'rm -rf "$snap"' EXIT
cp -r target/classes target/test-classes "$snap"/
java -Xmx1g -cp "$snap/test-classes:$snap/classes:$(cat target/bench.cp)" org.musicminion.discover.ranking.bench.KeepRateBench "$@"
