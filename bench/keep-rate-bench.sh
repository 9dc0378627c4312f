#!/usr/bin/env bash
# The keep-rate benchmark: 30 simulated days of sync -> rank -> push -> a simulated listener judges the Discovery
# playlist, replayed for four rankings (current, most reposters first, Music Minion's slot heuristic, the new
# ranking). Prints keep rate and precision@20 per day and over days 8-30; writes docs/keep-rate.svg.
# Numbers and reading: docs/performance.md (section "Discovery keep rate").
# Usage: bench/keep-rate-bench.sh [days artists seed svg-path]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests -Dcds.skip=true package   # the shaded jar (main classes + dependencies) and the test classes
exec java -Xmx512m -cp "target/test-classes:target/minion-discover.jar" org.musicminion.discover.ranking.bench.KeepRateBench "$@"
