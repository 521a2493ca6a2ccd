#!/usr/bin/python3
"""Reference values for LargePictureTest, from PIL itself (Debian python3-pil, python3-numpy).

Pictures larger than the decode size (LibraryIndexer.DECODE_SIDE, 512), drawn with high-frequency
patterns that alias badly when subsampled (a zone plate, a 3-pixel stripe, XOR noise), saved as PNG by
the test and opened here the way the reference does: Image.open(p).convert('RGB'), Resize(224, BICUBIC)
on the whole picture, CenterCrop(224), ToTensor, Normalize. Printed per picture: the resized size, the
SHA-256 of its 8-bit R, G, B planes and the sum of the tensor.
Run: /usr/bin/python3 pil_large_golden.py   (Debian 12: PIL 9.4.0, numpy 1.24; prints the Java table)
"""
import hashlib

import numpy as np
from PIL import Image

MEAN = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
STD = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)


def pattern(w, h):
    y, x = np.mgrid[0:h, 0:w].astype(np.int64)
    r = ((x * x + y * y) >> 4) & 255
    g = np.where(x % 3 == 0, 255, 0) ^ ((y // 2) % 2 * 90)
    b = ((x * 37) ^ (y * 11)) & 255
    return Image.fromarray(np.stack([r, g, b], axis=-1).astype(np.uint8), "RGB")


def run(w, h, size=224):
    img = pattern(w, h).convert("RGB")
    short, long = (w, h) if w <= h else (h, w)
    new_long = int(size * long / short)
    out = (size, new_long) if w <= h else (new_long, size)
    resized = img.resize(out, Image.BICUBIC)
    arr = np.asarray(resized, dtype=np.uint8)
    sha = hashlib.sha256(np.ascontiguousarray(arr.transpose(2, 0, 1)).tobytes()).hexdigest()
    rw, rh = resized.size
    left = int(round((rw - size) / 2.0))
    top = int(round((rh - size) / 2.0))
    t = (arr[top:top + size, left:left + size, :].astype(np.float32) / np.float32(255) - MEAN) / STD
    return rw, rh, sha, float(t.astype(np.float64).sum())


CASES = [(1600, 1200), (2600, 1700), (1100, 3000), (4100, 700)]

for w, h in CASES:
    rw, rh, sha, total = run(w, h)
    print('            { %d, %d, %d, %d, "%s", %r },' % (w, h, rw, rh, sha, total))
