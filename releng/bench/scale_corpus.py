#!/usr/bin/python3
"""Scale corpus: N distinct JPEG pictures of 1-3 megapixels made from real photographs.

usage: scale_corpus.py ORIGINALS OUT N [PART PARTS]
SCALE_CORPUS_MEGAPIXELS=LO,HI draws the size from LO-HI megapixels instead (the same crops and tones at
another size: pictures for a benchmark whose figures depend on the number of pictures, not on their size).

Picture i is out/ddd/iiiiii.jpg (1000 a folder). It is a crop, a scale, a tone change (gamma,
saturation, colour balance, brightness), sometimes a mirror, or a mosaic of 2-4 such crops, of the
originals, drawn with a random generator seeded by i's block: the same N gives the same files, and
a run that stops goes on where it stopped (files that exist are kept). One process, one core;
PART PARTS (0-based) makes only every PARTS-th block starting at PART, so PARTS processes share the
work and make the same files one process would.
"""
import os, sys, random
from PIL import Image, ImageEnhance, ImageOps

BLOCK = 100          # pictures made from one set of decoded sources
SOURCES = 6          # originals decoded for a block
MEGAPIXELS = tuple(float(v) for v in os.environ.get("SCALE_CORPUS_MEGAPIXELS", "1,3").split(","))
# longest side the originals are decoded at: 2400 for 1-3 megapixels, in proportion for other sizes
SOURCE_SIDE = round(2400 * min(1.0, (MEGAPIXELS[1] / 3.0) ** 0.5))

def load(path):
    im = Image.open(path)
    im.draft("RGB", (SOURCE_SIDE, SOURCE_SIDE))
    im = im.convert("RGB")
    s = SOURCE_SIDE / max(im.size)
    if s < 1:
        im = im.resize((round(im.width * s), round(im.height * s)), Image.BILINEAR)
    return im

_decoded = {}

def decoded(path):
    """load(path), decoded once a process (a few hundred originals: at most 2 GB)."""
    if path not in _decoded:
        _decoded[path] = load(path)
    return _decoded[path]

def crop(rng, im, aspect):
    w, h = im.size
    f = rng.uniform(0.35, 0.95)
    cw = min(w, round((w * h * f * f * aspect) ** 0.5))
    ch = min(h, round(cw / aspect))
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    return im.crop((x, y, x + cw, y + ch))

def tone(rng, im):
    if rng.random() < 0.5:
        im = ImageEnhance.Color(im).enhance(rng.uniform(0.3, 1.6))
    if rng.random() < 0.5:
        im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.7, 1.3))
    if rng.random() < 0.4:
        im = ImageEnhance.Contrast(im).enhance(rng.uniform(0.7, 1.4))
    if rng.random() < 0.3:
        r, g, b = im.split()
        k = [rng.uniform(0.85, 1.15) for _ in range(3)]
        im = Image.merge("RGB", [c.point(lambda v, m=m: min(255, int(v * m))) for c, m in zip((r, g, b), k)])
    if rng.random() < 0.3:
        im = ImageOps.mirror(im)
    return im

def toned(rng, im, size):
    """The crop toned and scaled to size; at another size than 1-3 megapixels scaled first (faster)."""
    if MEGAPIXELS == (1.0, 3.0):
        return tone(rng, im).resize(size, Image.BILINEAR)
    return tone(rng, im.resize(size, Image.BILINEAR))

def picture(rng, sources):
    # drawn from 1-3 and mapped onto LO-HI (for 1-3 the same number: the default corpus's draws are unchanged)
    megapixels = MEGAPIXELS[0] + (rng.uniform(1.0, 3.0) - 1.0) / 2.0 * (MEGAPIXELS[1] - MEGAPIXELS[0])
    aspect = rng.choice([4 / 3, 3 / 2, 16 / 9, 3 / 4, 2 / 3, 1.0])
    w = round((megapixels * 1e6 * aspect) ** 0.5)
    h = round(w / aspect)
    kind = rng.random()
    if kind < 0.8:
        return toned(rng, crop(rng, rng.choice(sources), aspect), (w, h))
    canvas = Image.new("RGB", (w, h))
    cols, rows = rng.choice([(2, 1), (1, 2), (2, 2)])
    tw, th = w // cols, h // rows
    for c in range(cols):
        for r in range(rows):
            tile = toned(rng, crop(rng, rng.choice(sources), tw / th), (tw, th))
            canvas.paste(tile, (c * tw, r * th))
    return canvas

def main():
    originals, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    part, parts = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (0, 1)
    files = sorted(os.path.join(originals, f) for f in os.listdir(originals))
    if not files:
        sys.exit("scale_corpus: no pictures in " + originals)
    made = 0
    for block in range(part * BLOCK, n, parts * BLOCK):
        names = [os.path.join(out, "%03d" % (i // 1000), "%06d.jpg" % i) for i in range(block, min(n, block + BLOCK))]
        if all(os.path.exists(p) for p in names):
            continue
        rng = random.Random(block)
        sources = [decoded(p) for p in rng.sample(files, min(SOURCES, len(files)))]
        for i, path in zip(range(block, n), names):
            rng = random.Random(i * 7919 + 1)
            im = picture(rng, sources)
            if os.path.exists(path):
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            im.save(path + ".part", "JPEG", quality=rng.randint(78, 90))
            os.replace(path + ".part", path)
            made += 1
        print("scale_corpus: %d of %d" % (min(n, block + BLOCK), n), file=sys.stderr, flush=True)
    print("scale_corpus: %d made, %d in %s" % (made, n, out), file=sys.stderr)

if __name__ == "__main__":
    main()
