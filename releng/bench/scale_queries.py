#!/usr/bin/python3
"""Query pictures for the scale benchmark, made from pictures of the library under test.

usage: scale_queries.py LIST OUT COUNT SEED

LIST has one picture path a line. Writes OUT/whole (the pictures themselves, re-encoded at JPEG
quality 85), OUT/crop (a crop of 30-60 % of each side, anywhere) and OUT/screenshot (the picture at
50-78 % of the width inside a drawn viewer window: title bar, menu, side list, caption), COUNT of
each from COUNT different pictures, and OUT/names.txt, OUT/folders.txt: word queries (file names,
one match each; folder names, 1,000 matches each) and OUT/sources.txt: line i is the picture
query i was made from.
"""
import os, random, sys
from PIL import Image, ImageDraw

def main():
    listing, out, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    paths = [p for p in open(listing).read().split("\n") if p]
    rng = random.Random(seed)
    chosen = rng.sample(paths, min(count, len(paths)))
    for kind in ("whole", "crop", "screenshot"):
        os.makedirs(os.path.join(out, kind), exist_ok=True)
    for i, path in enumerate(chosen):
        im = Image.open(path).convert("RGB")
        im.save(os.path.join(out, "whole", "%03d.jpg" % i), quality=85)
        w, h = im.size
        cw, ch = int(w * rng.uniform(0.3, 0.6)), int(h * rng.uniform(0.3, 0.6))
        x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
        im.crop((x, y, x + cw, y + ch)).save(os.path.join(out, "crop", "%03d.jpg" % i), quality=85)
        sw, sh = 1600, 1000
        shot = Image.new("RGB", (sw, sh), (236, 236, 236))
        d = ImageDraw.Draw(shot)
        d.rectangle((0, 0, sw, 36), fill=(48, 48, 52))
        d.text((16, 10), os.path.basename(path) + " - Viewer", fill=(230, 230, 230))
        d.rectangle((0, 36, sw, 64), fill=(250, 250, 250))
        for k, word in enumerate(("File", "Edit", "View", "Image", "Help")):
            d.text((16 + 60 * k, 44), word, fill=(20, 20, 20))
        d.rectangle((0, 64, 220, sh), fill=(244, 244, 246))
        for k in range(20):
            d.text((14, 80 + 40 * k), "picture_%04d.jpg" % rng.randint(0, 9999), fill=(60, 60, 60))
        pw = int((sw - 260) * rng.uniform(0.5, 0.78))
        ph = min(int(pw * h / w), sh - 140)
        pw = int(ph * w / h)
        shot.paste(im.resize((pw, ph), Image.BILINEAR), (240 + (sw - 260 - pw) // 2, 80))
        d.text((240, sh - 40), "%d x %d   %s" % (w, h, os.path.basename(path)), fill=(40, 40, 40))
        shot.save(os.path.join(out, "screenshot", "%03d.png" % i))
    with open(os.path.join(out, "sources.txt"), "w") as f:
        f.writelines(p + "\n" for p in chosen)
    names = rng.sample(paths, min(100, len(paths)))
    with open(os.path.join(out, "names.txt"), "w") as f:
        f.writelines(os.path.splitext(os.path.basename(p))[0] + "\n" for p in names)
    folders = sorted({os.path.basename(os.path.dirname(p)) for p in paths})
    with open(os.path.join(out, "folders.txt"), "w") as f:
        f.writelines(rng.choice(folders) + "\n" for _ in range(100))

if __name__ == "__main__":
    main()
