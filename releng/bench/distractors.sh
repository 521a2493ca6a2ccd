#!/usr/bin/env bash
# Distractor photos for the fingerprint benchmark: the wallpapers of Debian's KDE Plasma, UKUI and Lomiri
# packages (about 50 photographs and artworks; one file per wallpaper, the largest size). Extracts them
# into DIR/photos (default /tmp/scry-distractors) and prints that folder. Needs apt-get (root) and dpkg.
set -euo pipefail
out=${1:-/tmp/scry-distractors}
if [ -d "$out/photos" ] && [ -n "$(ls -A "$out/photos")" ]; then echo "$out/photos"; exit 0; fi
mkdir -p "$out/debs" "$out/x" "$out/photos"
packages="plasma-workspace-wallpapers ukui-wallpapers lomiri-wallpapers lomiri-wallpapers-20.04"
( cd "$out/debs" && apt-get download $packages >/dev/null 2>&1 ) || {
  apt-get update -qq >/dev/null 2>&1; ( cd "$out/debs" && apt-get download $packages >/dev/null ); }
for d in "$out"/debs/*.deb; do dpkg -x "$d" "$out/x"; done
# Plasma: each wallpaper has contents/images/<W>x<H>.<ext> in several sizes; keep the largest.
for dir in "$out"/x/usr/share/wallpapers/*/contents/images; do
  name=$(basename "$(dirname "$(dirname "$dir")")")
  best=$(ls -S "$dir" | head -1)
  cp -n "$dir/$best" "$out/photos/plasma-$name.${best##*.}"
done
find "$out/x/usr/share/backgrounds" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \) \
  -exec cp -n {} "$out/photos/" \;
echo "$out/photos"
