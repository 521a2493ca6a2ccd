#!/usr/bin/env bash
# The duplicates benchmark (README, "What the similarity means", Duplicates): calibrates `scry dupes` on a
# labelled set, Debian's wallpapers plus drawn objects on white and flat pictures, each with edited copies.
# Prints pair precision and recall for near-duplicates and for similar pictures, and the pictures grouped
# with an unrelated one, on a training half (where thresholds are chosen) and a test half (other originals,
# other seeds), at the chosen thresholds and at the product's defaults. Asserts nothing; not part of `mvnw verify`.
#   releng/bench/dupes.sh [--verbose] [--train-seed N] [--test-seed N] [--edits N] [--objects N] [--flat N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# SCRY_BENCH_CACHE=DIR keeps the photos in DIR/photos and DIR/distractors instead of /tmp/scry-photos and /tmp/scry-distractors.
photos=$(bash "$root/releng/bench/photos.sh" ${SCRY_BENCH_CACHE:+"$SCRY_BENCH_CACHE/photos"})
distractors=$(bash "$root/releng/bench/distractors.sh" ${SCRY_BENCH_CACHE:+"$SCRY_BENCH_CACHE/distractors"})
"$root/mvnw" -B -q -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
defaults=$root/bundles/dev.scry.library/src/dev/scry/library/Duplicates.java
min=$(sed -n 's/.*DEFAULT_MINIMUM = \([0-9.]*\);.*/\1/p' "$defaults")
near=$(sed -n 's/.*double NEAR_DUPLICATE = \([0-9.]*\);.*/\1/p' "$defaults")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME-}" ] && java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -Xmx2g -Djava.awt.headless=true --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.DupesBench "$photos" "$distractors" --min "$min" --near "$near" --work "$work" "$@"
