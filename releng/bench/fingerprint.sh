#!/usr/bin/env bash
# The fingerprint benchmark (README, "Benchmarks"): Scry's visual fingerprint against pHash and dHash on
# near-duplicates of ~40 photos among ~250 distractors. Not part of `mvnw verify` (it prints figures and
# asserts nothing). Extra arguments go to the benchmark, e.g. --verbose (lists every miss) or --seed 7.
#   releng/bench/fingerprint.sh [--verbose] [--seed N] [--only KIND,...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# The originals and the distractors: Debian's wallpaper packages (needs apt-get and dpkg).
photos=$(bash "$root/releng/bench/photos.sh")
distractors=$(bash "$root/releng/bench/distractors.sh")
"$root/mvnw" -B -q -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
. "$root/.mvn/java-home.sh"
exec "$JAVA_HOME/bin/java" -Xmx3g -Djava.awt.headless=true \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.FingerprintBench "$photos" --distractors "$distractors" "$@"
