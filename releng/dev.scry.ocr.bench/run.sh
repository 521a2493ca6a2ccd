#!/usr/bin/env bash
# OCR benchmark: Scry's PP-OCRv4 (Java on ONNX Runtime) against RapidOcr-Java (the same models in C++),
# in one run on the same generated pictures. Figures only, no assertions; not part of the test run.
#   releng/dev.scry.ocr.bench/run.sh [--count 90] [--threads 2] [--passes 2] [--out DIR] [--verbose 1]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
. "$root/.mvn/java-home.sh"
# Builds the OCR bundle and this module (and writes target/classpath.txt); -o once ~/.m2 has the peer.
./mvnw -B -q ${SCRY_MVN_OFFLINE--o} package -pl releng/dev.scry.ocr.bench -am -DskipTests
# Debian wallpapers as photo backgrounds (needs apt-get; without them, photo backgrounds are skipped).
photos="$(bash "$root/releng/bench/photos.sh" 2>/dev/null || true)"
[ -n "$photos" ] || echo "run.sh: releng/bench/photos.sh could not fetch Debian's wallpapers (it needs apt-get and dpkg); photo backgrounds are skipped" >&2
java_bin="$JAVA_HOME/bin/java"
# The report is on stderr; stdout only has the peer's native per-picture chatter.
exec "$java_bin" -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  dev.scry.ocr.bench.OcrBench --photos "${photos:-/tmp/scry-photos/photos}" "$@" >/dev/null
