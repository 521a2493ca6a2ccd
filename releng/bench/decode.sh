#!/usr/bin/env bash
# Where indexing's CPU goes with OCR off, on one thread (README, "A library of 100,000 pictures"):
# hashing, decoding as the visual pass does (ImageLoader at 512 px) and the fingerprint, in CPU ms a
# picture, for the first COUNT JPEGs under FOLDER; then djpeg -scale 1/4 on the same files for comparison.
#   releng/bench/decode.sh FOLDER [COUNT]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
folder=${1:?usage: decode.sh FOLDER [COUNT]}; count=${2:-200}
"$root/mvnw" -B -q -o -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
. "$root/.mvn/java-home.sh"
"$JAVA_HOME/bin/java" -Xmx1g -Djava.awt.headless=true \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.DecodeBench "$folder" "$count"
if command -v djpeg >/dev/null; then
  t=$(mktemp)
  find "$folder" -name '*.jpg' | sort | head -n "$count" >"$t"
  /usr/bin/time -f "djpeg -scale 1/4, one process a picture: %U s user, %S s system for $(wc -l <"$t") pictures" \
    sh -c "while read -r f; do djpeg -scale 1/4 -outfile /dev/null \"\$f\"; done <'$t'"
  rm -f "$t"
fi
