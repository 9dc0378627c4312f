#!/usr/bin/env bash
# The feed benchmark: a simulated week of hourly syncs (clock advanced one hour a run) against the in-process
# sandbox, 2 000 followed artists, 10 % of them reposting one track a day at random times, the stream thinned
# for prolific accounts; today's adaptive sweep (sync.feed = false) versus feed + sweep, side by side in one run.
# Numbers and reading: docs/performance.md (section "Feed sync").
# Usage: bench/feed-week-bench.sh [artists hours active_share tail_hours concurrency sweep_interval_hours [feed-only]]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -Dcds.skip=true -DskipTests package   # the shaded jar (main classes + dependencies) and the test classes
exec java -Xmx768m -cp "target/test-classes:target/minion-discover.jar" org.musicminion.discover.sync.FeedWeekBench "$@"
