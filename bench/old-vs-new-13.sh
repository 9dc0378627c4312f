#!/usr/bin/env bash
# Issue 13's side-by-side run: resolve A and the sync benchmark, old and new interleaved twice, plus
# the sandbox's dispatch overhead. OLD is a checkout built with
#   git clone . "$OLD" && cd "$OLD" && git checkout dab52f2 && mvn -o -Dcds.skip=true -DskipTests package test-compile
# NEW is this tree, built the same way. Numbers and reading: docs/performance.md (issue 13 section).
#   OLD=/tmp/w13/old bench/old-vs-new-13.sh
set -u
OLD=${OLD:-/tmp/w13/old}
NEW=${NEW:-$(cd "$(dirname "$0")/.." && pwd)}
run() { # tree label what
  local tree=$1 label=$2 what=$3
  echo "######## $label $what $(date -u +%T) load: $(cut -d' ' -f1-3 /proc/loadavg)"
  cd "$tree"
  case "$what" in
    A) java -cp target/test-classes:target/minion-discover.jar -Dminion.jar=target/minion-discover.jar \
         org.musicminion.discover.resolve.bench.ResolveBench A ;;
    sync) java -Xmx512m -cp target/test-classes:target/minion-discover.jar org.musicminion.discover.sync.SyncBench ;;
    dispatch) java -cp target/minion-discover.jar "$NEW/bench/SandboxDispatch.java" ;;
  esac
}
for r in 1 2; do
  run "$OLD" old dispatch; run "$NEW" new dispatch
  run "$OLD" old A; run "$NEW" new A
  run "$NEW" new sync; run "$OLD" old sync
  run "$NEW" new A; run "$OLD" old A
done
echo "######## end $(date -u +%T)"
