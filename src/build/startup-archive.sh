#!/usr/bin/env bash
# Builds the start-up archive of target/minion-discover.jar (run by `mvn package` in target/, after the
# jar is shaded; usage: startup-archive.sh JAVA [AOT_JAVA]).
#
# JAVA (the build's own, Java 17+): training runs record the classes they load (-XX:DumpLoadedClassList):
# one `demo` (sync, judge, resolve of a URL, evaluate, tracks), `--version`, `tracks --limit 5` and
# `auth status`; their union becomes a *static* CDS archive, minion-discover.jsa, that bin/minion-discover
# maps at start-up instead of reading and verifying those classes from the jar. Unlike a dynamic archive
# (-XX:ArchiveClassesAtExit), a static one holds picocli's classes, which are Java 5 class files (--version
# loaded 182 classes from the jar, now 0 of picocli's). Lambdas that implement a picocli interface are left
# out of the list: archiving them would link the old interfaces at dump time, which excludes those.
#
# AOT_JAVA (optional, a Java 25+ JDK's java): the same runs train a Java 25 AOT cache (JEP 483/514/515),
# minion-discover.aot, which the launcher uses instead when the runtime is 25 or newer.
#
# Archives are written under another name and renamed (the JVM rejects a truncated one). They name the jar
# by its absolute path, so the launcher uses them only for this jar in this place. A failed training only
# means no archive: the launcher then starts without one.
set -u
java="$1"; aot_java="${2:-}"
# a build on Java 25+ trains its own AOT cache (the launcher prefers it on such a runtime)
if [ -z "$aot_java" ] && "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then aot_java="$java"; fi
jar="$(pwd -P)/minion-discover.jar"
example="$(cd "$(dirname "$0")/../.." && pwd -P)/config/config.example.toml"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
log=startup-training.log
rm -rf cds-training cds-empty classes-*.lst classes.lst minion-discover.jsa minion-discover.jsa.part \
  minion-discover.aot minion-discover.aot.part minion-discover.aot.config
: > "$log"

# train NAME ARGS...: one run of the jar that records the classes it loads in classes-NAME.lst; a non-zero
# exit is expected for some (auth status without a login is 4)
train() {
  local name=$1; shift
  echo "== $*" >> "$log"
  "$java" "${flags[@]}" -XX:DumpLoadedClassList="classes-$name.lst" -jar "$jar" "$@" >> "$log" 2>&1 < /dev/null
}
if train demo --data-dir cds-training demo; then
  rm -f cds-training/tokens.json   # the demo's sandbox is gone: nothing below may try to refresh
  train version --version
  # with a config file, as a user runs them: tomlj's parser is then part of the archive
  train tracks --config "$example" --data-dir cds-training tracks --limit 5
  train status --config "$example" --data-dir cds-empty auth status
  cat classes-*.lst | grep -v '^#' | grep -Ev '^@lambda-proxy [^ ]+ [^ ]+ \([^)]*\)Lpicocli/' | awk '!seen[$0]++' > classes.lst
  if "$java" -Xshare:dump -XX:SharedClassListFile=classes.lst -XX:SharedArchiveFile=minion-discover.jsa.part \
       -cp "$jar" >> "$log" 2>&1 && [ -s minion-discover.jsa.part ]; then
    mv -f minion-discover.jsa.part minion-discover.jsa
  fi
fi
if [ -n "$aot_java" ]; then # one run: an AOT cache is trained by a single JVM
  rm -rf cds-training
  echo "== AOT: demo" >> "$log"
  if "$aot_java" "${flags[@]}" -XX:AOTCacheOutput=minion-discover.aot.part -Xlog:aot=off -Xlog:cds=off \
       -jar "$jar" --data-dir cds-training demo >> "$log" 2>&1 < /dev/null && [ -s minion-discover.aot.part ]; then
    mv -f minion-discover.aot.part minion-discover.aot
  else
    echo "[WARNING] no Java 25 AOT cache (see target/$log)"
  fi
fi
[ -f minion-discover.jsa ] || echo "[WARNING] no start-up archive (see target/$log); bin/minion-discover starts without it"
rm -rf cds-training cds-empty classes-*.lst minion-discover.jsa.part minion-discover.aot.part minion-discover.aot.config
