#!/usr/bin/env bash
# How close the tensor a CLIP model gets from Scry is to PIL's, on pictures larger than indexing's decode
# size (README, "Models"): the worst cosine before (the 512 px decode, subsampled, resized again) and now
# (PIL's resize of the full-resolution pixels), on generated high-frequency pictures and on Debian's
# wallpapers. PIL (Debian python3-pil) makes the reference tensors. Prints figures, asserts nothing.
#   releng/bench/clip-preprocess.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
"$py" -c 'import numpy, PIL' 2>/dev/null || apt-get install -y -qq python3-numpy python3-pil >/dev/null
work=${SCRY_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/scry-bench}/clip-preprocess
photos=$(bash "$root/releng/bench/photos.sh")
mkdir -p "$work/generated" "$work/reference"
[ -n "$(ls -A "$work/generated")" ] || "$py" "$root/releng/bench/clip_pil_tensors.py" generate "$work/generated"
"$py" "$root/releng/bench/clip_pil_tensors.py" tensors "$work/reference" "$work"/generated/* "$photos"/*
"$root/mvnw" -B -q ${SCRY_MVN_OFFLINE--o} -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME-}" ] && java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
exec "$java" -Xmx3g -Djava.awt.headless=true \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.ClipPreprocessBench "$work/reference" generated "$work/generated" wallpaper "$photos"
