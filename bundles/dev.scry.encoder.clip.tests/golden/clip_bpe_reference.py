#!/usr/bin/python3
"""Token ids for ClipTokenizerTest, from a line-by-line Python rendering of OpenAI CLIP's
clip/simple_tokenizer.py (byte-level BPE) run with Debian's python3-regex; ftfy is not packaged in
Debian 12, and ftfy.fix_text leaves the phrases below unchanged except for NFC normalisation, which
is applied instead. The published ids ('a photo of a cat' and CLIP's README examples) are checked by
the test independently of this script.
Run (from this folder): /usr/bin/python3 clip_bpe_reference.py ../../dev.scry.testing/data/clip/bpe_simple_vocab_16e6.txt.gz
"""
import gzip
import html
import sys
import unicodedata

import regex as re


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2 ** 8):
        if b not in bs:
            bs.append(b)
            cs.append(2 ** 8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


def get_pairs(word):
    return set(zip(word, word[1:]))


class Tokenizer:
    def __init__(self, path):
        self.byte_encoder = bytes_to_unicode()
        merges = gzip.open(path).read().decode("utf-8").split("\n")
        merges = [tuple(m.split()) for m in merges[1:49152 - 256 - 2 + 1]]
        vocab = list(self.byte_encoder.values())
        vocab = vocab + [v + "</w>" for v in vocab]
        vocab += ["".join(m) for m in merges]
        vocab += ["<|startoftext|>", "<|endoftext|>"]
        self.encoder = dict(zip(vocab, range(len(vocab))))
        self.ranks = dict(zip(merges, range(len(merges))))
        self.cache = {"<|startoftext|>": "<|startoftext|>", "<|endoftext|>": "<|endoftext|>"}
        self.pat = re.compile(r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
                              re.IGNORECASE)

    def bpe(self, token):
        if token in self.cache:
            return self.cache[token]
        word = tuple(token[:-1]) + (token[-1] + "</w>",)
        pairs = get_pairs(word)
        if not pairs:
            return token + "</w>"
        while True:
            bigram = min(pairs, key=lambda p: self.ranks.get(p, float("inf")))
            if bigram not in self.ranks:
                break
            first, second = bigram
            new = []
            i = 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                    new.extend(word[i:j])
                    i = j
                except ValueError:
                    new.extend(word[i:])
                    break
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    new.append(first + second)
                    i += 2
                else:
                    new.append(word[i])
                    i += 1
            word = tuple(new)
            if len(word) == 1:
                break
            pairs = get_pairs(word)
        word = " ".join(word)
        self.cache[token] = word
        return word

    def encode(self, text):
        text = unicodedata.normalize("NFC", text)
        text = html.unescape(html.unescape(text)).strip()
        text = re.sub(r"\s+", " ", text).strip().lower()
        ids = []
        for token in re.findall(self.pat, text):
            token = "".join(self.byte_encoder[b] for b in token.encode("utf-8"))
            ids.extend(self.encoder[t] for t in self.bpe(token).split(" "))
        return ids


PHRASES = [
    "sunset beach",
    "红色的花",
    "a dog in the snow",
    "  Hello,   WORLD!! It's 2024 &amp; we're   testing\tCLIP's tokenizer... ",
    "Ünïcödé café naïve — “quotes” 😀 ☃",
    "user@example.com #hashtag $100 3.14159",
    "<|startoftext|>already marked<|endoftext|>",
    "ｆｕｌｌｗｉｄｔｈ ＡＢＣ　東京タワー 서울",
]

if __name__ == "__main__":
    tok = Tokenizer(sys.argv[1])
    for phrase in PHRASES:
        ids = tok.encode(phrase)
        print('            { "%s", "%s" },' % (phrase.encode("unicode_escape").decode("ascii").replace('"', '\\"'),
                                              " ".join(map(str, ids))))
    print(len(tok.encoder))
    print(tok.encode("a photo of a cat"), tok.encode("a diagram"), tok.encode("a dog"), tok.encode("a cat"))
