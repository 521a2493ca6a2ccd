#!/usr/bin/python3
"""PIL's reference tensors for releng/bench/clip-preprocess.sh (Debian python3-pil, python3-numpy).

  clip_pil_tensors.py generate DIR        writes high-frequency test pictures larger than 512 px as PNG
  clip_pil_tensors.py tensors OUT FILE... writes OUT/NAME.f32: OpenAI CLIP's preprocessing of each file,
      Image.open(p).convert('RGB'), Resize(224, BICUBIC), CenterCrop(224), ToTensor, Normalize,
      float32 little-endian, C x H x W
"""
import os
import sys

import numpy as np
from PIL import Image

MEAN = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
STD = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)


def tensor(path, size=224):
    img = Image.open(path).convert("RGB")
    w, h = img.size
    short, long = (w, h) if w <= h else (h, w)
    new_long = int(size * long / short)
    img = img.resize((size, new_long) if w <= h else (new_long, size), Image.BICUBIC)
    arr = np.asarray(img, dtype=np.uint8)
    rw, rh = img.size
    left = int(round((rw - size) / 2.0))
    top = int(round((rh - size) / 2.0))
    t = (arr[top:top + size, left:left + size, :].astype(np.float32) / np.float32(255) - MEAN) / STD
    return np.ascontiguousarray(t.transpose(2, 0, 1)).astype("<f4")


def generate(out):
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(3)
    sizes = [(700, 525), (1024, 768), (1600, 1200), (2000, 1333), (2600, 1700), (3000, 2000), (1200, 3000),
             (4000, 3000), (5000, 900), (1999, 1999)]
    for i, (w, h) in enumerate(sizes):
        y, x = np.mgrid[0:h, 0:w].astype(np.int64)
        kind = i % 5
        if kind == 0:   # zone plate
            r = g = b = ((x * x + y * y) >> (3 + i % 3)) & 255
        elif kind == 1:  # fine stripes and checks
            r = np.where(x % 2 == 0, 255, 0)
            g = np.where((x // 3 + y // 3) % 2 == 0, 230, 20)
            b = np.where(y % 4 < 2, 200, 40)
        elif kind == 2:  # noise
            r, g, b = (rng.integers(0, 256, (h, w)) for _ in range(3))
        elif kind == 3:  # chirp along x, text-like bars along y
            r = (127.5 + 127.5 * np.sin(x * x / (w * 0.9))).astype(np.int64)
            g = np.where((y % 7) < 2, 0, 255)
            b = ((x * 37) ^ (y * 11)) & 255
        else:            # smooth photo-like gradients with a little detail
            r = (x * 255 // w)
            g = (y * 255 // h)
            b = ((x // 16 + y // 16) % 2) * 60 + 100
        a = np.stack([r, g, b], axis=-1).clip(0, 255).astype(np.uint8)
        Image.fromarray(a, "RGB").save(os.path.join(out, "pattern-%02d-%dx%d.png" % (i, w, h)))


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2])
    else:
        out = sys.argv[2]
        os.makedirs(out, exist_ok=True)
        for p in sys.argv[3:]:
            try:
                t = tensor(p)
            except Exception as e:  # a format this PIL cannot open: skipped, and said
                print("skipped %s: %s" % (p, e), file=sys.stderr)
                continue
            t.tofile(os.path.join(out, os.path.basename(p) + ".f32"))
