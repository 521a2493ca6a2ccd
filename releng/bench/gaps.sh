#!/usr/bin/env bash
# Can a dropped space be restored from the OCR model's CTC steps? (README, "Text in pictures"). Prints,
# for spaces PP-OCRv4 dropped, spaces it kept and letter pairs inside words, how many reach each blank-run
# threshold (relative to the line's character pitch). Figures only; not part of `mvnw verify`.
#   releng/bench/gaps.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/mvnw" -B -q ${SCRY_MVN_OFFLINE--o} -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
. "$root/.mvn/java-home.sh"
exec "$JAVA_HOME/bin/java" -Xmx1g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.ocr.SpaceGapsBench "$@"
