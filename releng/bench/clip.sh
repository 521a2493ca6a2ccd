#!/usr/bin/env bash
# The CLIP speed benchmark (README, "Models"): towers with OpenAI CLIP ViT-B/32's exact architecture and
# random weights (clip_towers.py: the arithmetic is real, the answers are not), run by Scry's own
# ClipModel, encoders, tokenizer and ImageLoader (dev.scry.bench.ClipBench). Prints the cold first text
# query after process start (and the model load within it), text-query encode p50/p95 warm, and
# pictures/s for indexing with the model, JPEG decode included, at batch 1, 2, 4 and 8. Not part of
# `mvnw verify`: it prints figures and asserts nothing. The towers (about 350 MB and 250 MB) are
# generated once into $SCRY_BENCH_CACHE (default ~/.cache/scry-bench), never committed.
#   releng/bench/clip.sh [--batches 1,2,4,8] [--pictures 24] [--queries 40] [--threads 0]
# The bench module is compiled offline (the normal build has fetched its jars); SCRY_MVN_OFFLINE= compiles online.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${SCRY_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/scry-bench}
model=$cache/clip-vit-b32-random
py=/usr/bin/python3
if ! "$py" -c 'import onnx, numpy, PIL' 2>/dev/null; then
  apt-get install -y -qq python3-onnx python3-numpy python3-pil >/dev/null || {
    apt-get update -qq >/dev/null; apt-get install -y -qq python3-onnx python3-numpy python3-pil >/dev/null; }
fi
mkdir -p "$model"
if [ ! -s "$model/textual.onnx" ]; then
  echo "generating the towers into $model (a few minutes)" >&2
  "$py" "$root/releng/bench/clip_towers.py" "$model.partial" && mv "$model.partial"/*.onnx "$model/" && rmdir "$model.partial"
fi
vocab=$root/bundles/dev.scry.testing/data/clip/bpe_simple_vocab_16e6.txt.gz # OpenAI CLIP's, MIT (see its LICENSE)
cp -n "$vocab" "$model/"
cat > "$model/model.properties" <<'PROPS'
format = scry-model/1
id = bench-vit-b32-random
label = ViT-B/32 architecture with random weights (benchmark only)
version = random-12
dimension = 512
files = visual, textual, vocab
file.visual.path = visual.onnx
file.textual.path = textual.onnx
file.vocab.path = bpe_simple_vocab_16e6.txt.gz
visual.file = visual
visual.input = pixel_values
visual.output = image_embeds
image.size = 224
image.resize = shortest
image.interpolation = bicubic
image.crop = center
image.mean = 0.48145466, 0.4578275, 0.40821073
image.std = 0.26862954, 0.26130258, 0.27577711
textual.file = textual
textual.input = input_ids
textual.output = text_embeds
tokenizer = clip-bpe
tokenizer.vocab = vocab
tokenizer.context = 77
PROPS
# real photos of 1-3 megapixels: Debian's wallpapers, the JPEG ones, at most 2048 px on the longer side
photos=$(bash "$root/releng/bench/photos.sh")
jpegs=$cache/clip-photos
if [ ! -d "$jpegs" ]; then
  mkdir -p "$jpegs.partial"
  "$py" - "$photos" "$jpegs.partial" <<'PY'
import os, sys
from PIL import Image
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    if name.lower().endswith(".jpg"):
        img = Image.open(os.path.join(src, name)).convert("RGB")
        img.thumbnail((2048, 2048), Image.BICUBIC)
        if img.size[0] * img.size[1] >= 1_000_000:
            img.save(os.path.join(out, name), quality=90)
PY
  mv "$jpegs.partial" "$jpegs"
fi
"$root/mvnw" -B -q ${SCRY_MVN_OFFLINE--o} -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME-}" ] && java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$java" -Xmx2g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.ClipBench "$model" "$jpegs" "$@"
