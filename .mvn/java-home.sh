# Sourced by ./mvnw and ./scry: makes JAVA_HOME point at a Java 21 or newer.
# Keeps a JAVA_HOME that is already 21+, else takes the newest /usr/lib/jvm/temurin-* (then any JDK there).
# The major version from the JDK's release file (no Java start: the command line's client path must be
# quick), else from the JVM itself.
scry_java_major() {
  scry_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$scry_major" ]; then
    scry_major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  fi
  echo "$scry_major"
}
scry_java_ok() {
  [ -x "$1/bin/java" ] || return 1
  major=$(scry_java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}
if [ -z "${JAVA_HOME-}" ] || ! scry_java_ok "$JAVA_HOME"; then
  case $- in *f*) set +f; scry_noglob=1 ;; *) scry_noglob= ;; esac
  for candidate in $(ls -d /usr/lib/jvm/temurin-*  2>/dev/null | sort -rV) $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if scry_java_ok "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; break; fi
  done
  [ -z "$scry_noglob" ] || set -f
fi
if [ -z "${JAVA_HOME-}" ] || ! scry_java_ok "$JAVA_HOME"; then
  echo "Scry needs Java 21 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm)." >&2
  exit 1
fi
