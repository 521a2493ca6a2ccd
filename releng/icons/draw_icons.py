#!/usr/bin/python3
"""Draws Scry's action icons (16 points, at 1x and 2x) into bundles/dev.scry.ui/src/dev/scry/ui/widgets/icons/.

The icons are drawn here for Scry (no outside artwork): simple strokes in one accent colour, drawn at
8 times the size and scaled down for smooth edges. Run: /usr/bin/python3 releng/icons/draw_icons.py
"""
import math
import os

from PIL import Image, ImageDraw

ACCENT = (37, 99, 235, 255)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "bundles", "dev.scry.ui", "src", "dev", "scry", "ui", "widgets", "icons")
SS = 8  # supersampling


def canvas(px):
    return Image.new("RGBA", (px * SS, px * SS), (0, 0, 0, 0))


def library(d, s):
    w = s / 16
    for i, off in enumerate((4, 2, 0)):
        box = [(1 + off) * w, (5 - off) * w, (12 + off) * w, (14 - off) * w]
        d.rounded_rectangle(box, radius=1.5 * w, outline=ACCENT, width=int(1.4 * w), fill=(255, 255, 255, 255) if i == 2 else None)
    d.ellipse([3.5 * w, 8 * w, 5.5 * w, 10 * w], fill=ACCENT)
    d.polygon([(3 * w, 13 * w), (7 * w, 9 * w), (10 * w, 13 * w)], fill=ACCENT)


def folder_add(d, s):
    w = s / 16
    d.polygon([(1 * w, 4 * w), (6 * w, 4 * w), (7.5 * w, 5.5 * w), (15 * w, 5.5 * w), (15 * w, 14 * w), (1 * w, 14 * w)],
              outline=ACCENT, width=int(1.4 * w))
    d.line([(8 * w, 7.5 * w), (8 * w, 12.5 * w)], fill=ACCENT, width=int(1.6 * w))
    d.line([(5.5 * w, 10 * w), (10.5 * w, 10 * w)], fill=ACCENT, width=int(1.6 * w))


def sync(d, s):
    w = s / 16
    d.arc([2 * w, 2 * w, 14 * w, 14 * w], 200, 340, fill=ACCENT, width=int(1.6 * w))
    d.arc([2 * w, 2 * w, 14 * w, 14 * w], 20, 160, fill=ACCENT, width=int(1.6 * w))
    for angle, sign in ((340, 1), (160, 1)):
        a = math.radians(angle)
        x, y = 8 * w + 6 * w * math.cos(a), 8 * w + 6 * w * math.sin(a)
        d.polygon([(x - 2.2 * w, y - 0.5 * w), (x + 1.6 * w, y - 1.8 * w), (x + 0.6 * w, y + 2.0 * w)] if angle == 340 else
                  [(x + 2.2 * w, y + 0.5 * w), (x - 1.6 * w, y + 1.8 * w), (x - 0.6 * w, y - 2.0 * w)], fill=ACCENT)


def picture_search(d, s):
    w = s / 16
    d.rounded_rectangle([1 * w, 2 * w, 11 * w, 10 * w], radius=1.2 * w, outline=ACCENT, width=int(1.3 * w))
    d.polygon([(2.5 * w, 9 * w), (5 * w, 6 * w), (7.5 * w, 9 * w)], fill=ACCENT)
    d.ellipse([8 * w, 7 * w, 13.5 * w, 12.5 * w], outline=ACCENT, width=int(1.5 * w), fill=(255, 255, 255, 255))
    d.line([(12.8 * w, 11.8 * w), (15 * w, 14.2 * w)], fill=ACCENT, width=int(2 * w))


ICONS = {"library": library, "folder-add": folder_add, "sync": sync, "picture-search": picture_search}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, draw in ICONS.items():
        for scale, suffix in ((1, ""), (2, "@2x")):
            px = 16 * scale
            image = canvas(px)
            draw(ImageDraw.Draw(image), px * SS)
            image.resize((px, px), Image.LANCZOS).save(os.path.join(OUT, name + suffix + ".png"))
    print("drew", len(ICONS), "icons at 1x and 2x into", os.path.normpath(OUT))
