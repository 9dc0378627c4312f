#!/usr/bin/env bash
# The adaptive check-interval benchmark: a simulated week of hourly syncs (clock advanced one hour a run) against
# the in-process sandbox, 2 000 followed artists, 10 % of them posting one repost a day; fetch-all (--all) versus
# adaptive. Numbers and reading: docs/performance.md (section discovery).
# Usage: bench/discovery-week-bench.sh [artists hours active_share per_artist concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package   # the shaded jar (main classes + dependencies) and the test classes
exec java -Xmx768m -cp "target/test-classes:target/minion-discover.jar" org.musicminion.discover.sync.WeekBench "$@"
