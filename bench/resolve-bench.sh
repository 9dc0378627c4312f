#!/usr/bin/env bash
# The resolve benchmark: builds the jar and the test classes, then runs scenarios A B C D M
# (default: all) against the in-process sandbox. See docs/performance.md (section resolve).
#   bench/resolve-bench.sh          # all scenarios
#   bench/resolve-bench.sh A D      # some
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package test-compile 2>/dev/null || mvn -q -DskipTests package test-compile
cp=target/test-classes:target/minion-discover.jar
exec java -cp "$cp" -Dminion.jar=target/minion-discover.jar org.musicminion.discover.resolve.bench.ResolveBench "$@"
