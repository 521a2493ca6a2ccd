#!/usr/bin/env bash
# The word-search benchmark (README, "Benchmarks"): pictures with known English and Chinese text rendered
# by Java2D, read with Scry's PP-OCRv4 reader and indexed as the library does; every typed word is looked
# up, and the share found in the top 5 is printed, with Scry's word search and with whole words only
# (index format 2). Not part of `mvnw verify` (it prints figures and asserts nothing).
#   releng/bench/words.sh [--count 90] [--seed 14] [--verbose 1]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Photo backgrounds: Debian's wallpaper packages (needs apt-get and dpkg; without them, none).
photos=$(bash "$root/releng/bench/photos.sh" 2>/dev/null || true)
"$root/mvnw" -B -q ${SCRY_MVN_OFFLINE--o} -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
. "$root/.mvn/java-home.sh"
exec "$JAVA_HOME/bin/java" -Xmx2g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.WordsBench --photos "${photos:-/tmp/scry-photos/photos}" "$@"
