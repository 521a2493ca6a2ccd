#!/usr/bin/env bash
# Originals for the scale corpus: the photographs and artworks of Debian's desktop background
# packages (a few hundred, 1-8K px), extracted into DIR/originals. Prints that folder.
# Needs apt-get download (no root needed for download; apt-get update may need it) and dpkg.
set -euo pipefail
out=${1:?usage: scale-originals.sh DIR}
mkdir -p "$out/debs" "$out/x" "$out/originals"
pkgs="mate-backgrounds gnome-backgrounds plasma-workspace-wallpapers ukui-wallpapers lomiri-wallpapers
lomiri-wallpapers-16.04 lomiri-wallpapers-20.04 sway-backgrounds desktop-base debian-edu-artwork-emerald
debian-edu-artwork-homeworld"
for p in $pkgs; do
  ls "$out"/debs/"${p}"_*.deb >/dev/null 2>&1 || ( cd "$out/debs" && apt-get download "$p" >/dev/null 2>&1 ) \
    || echo "scale-originals: $p not downloadable, skipped" >&2
done
for d in "$out"/debs/*.deb; do dpkg -x "$d" "$out/x"; done
# Keep pictures of at least 1 megapixel; the same file under two names counts once.
find "$out/x" -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' \) -print0 \
  | xargs -0 md5sum | sort | awk '!seen[$1]++ {print $2}' > "$out/list.txt"
/usr/bin/python3 - "$out" <<'PY'
import sys, os, shutil
from PIL import Image
out = sys.argv[1]
n = 0
for i, p in enumerate(open(os.path.join(out, "list.txt")).read().split("\n")):
    if not p: continue
    try:
        with Image.open(p) as im:
            w, h = im.size
    except Exception:
        continue
    if w * h < 1_000_000: continue
    ext = os.path.splitext(p)[1].lower()
    shutil.copyfile(p, os.path.join(out, "originals", "o%04d%s" % (i, ext)))
    n += 1
print("scale-originals: %d originals" % n, file=sys.stderr)
PY
echo "$out/originals"
