#!/usr/bin/python3
"""Writes ONNX towers with OpenAI CLIP ViT-B/32's exact architecture and random (seeded) weights, for
releng/bench/clip.sh: the arithmetic of a real-size model, not its answers. Debian python3-onnx and
python3-numpy. Never committed (about 350 MB and 250 MB).

visual.onnx: pixel_values float32 [batch, 3, 224, 224] -> image_embeds [batch, 512]
  patch Conv 32x32 stride 32 to 768, class token, 50 positions, ln_pre, 12 pre-norm blocks
  (12 heads, MLP 3072, QuickGELU), ln_post of the class token, projection 768 -> 512.
textual.onnx: input_ids int64 [batch, 77] -> text_embeds [batch, 512]
  token embedding 49408 x 512, 77 positions, 12 pre-norm blocks (8 heads, MLP 2048, QuickGELU, causal
  mask), ln_final, the state at the end token (the highest id: ArgMax then GatherND), projection 512 -> 512.
Run: /usr/bin/python3 clip_towers.py OUT_DIR [SEED]
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


class Graph:
    def __init__(self, seed):
        self.nodes = []
        self.inits = []
        self.count = 0
        self.rng = np.random.default_rng(seed)

    def name(self, prefix):
        self.count += 1
        return "%s_%d" % (prefix, self.count)

    def const(self, array, prefix="c"):
        n = self.name(prefix)
        self.inits.append(numpy_helper.from_array(np.asarray(array), n))
        return n

    def weight(self, shape, scale=0.02):
        return self.const((self.rng.standard_normal(shape, dtype=np.float32) * scale).astype(np.float32), "w")

    def op(self, kind, inputs, **attrs):
        out = self.name(kind.lower())
        self.nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def linear(self, x, din, dout, bias=True):
        y = self.op("MatMul", [x, self.weight((din, dout))])
        return self.op("Add", [y, self.const(np.zeros(dout, np.float32))]) if bias else y

    def layer_norm(self, x, width):
        return self.op("LayerNormalization", [x, self.const(np.ones(width, np.float32)), self.const(np.zeros(width, np.float32))],
                       axis=-1, epsilon=1e-5)

    def block(self, x, width, heads, mask=None):
        head = width // heads
        h = self.layer_norm(x, width)
        qkv = [self.op("Reshape", [self.linear(h, width, width), self.const(np.array([0, 0, heads, head], np.int64))])
               for _ in range(3)]
        q, k, v = [self.op("Transpose", [t], perm=[0, 2, 1, 3]) for t in qkv]
        kt = self.op("Transpose", [k], perm=[0, 1, 3, 2])
        scores = self.op("Mul", [self.op("MatMul", [q, kt]), self.const(np.array(head ** -0.5, np.float32))])
        if mask is not None:
            scores = self.op("Add", [scores, mask])
        attn = self.op("MatMul", [self.op("Softmax", [scores], axis=-1), v])
        merged = self.op("Reshape", [self.op("Transpose", [attn], perm=[0, 2, 1, 3]), self.const(np.array([0, 0, width], np.int64))])
        x = self.op("Add", [x, self.linear(merged, width, width)])
        h = self.linear(self.layer_norm(x, width), width, 4 * width)
        h = self.op("Mul", [h, self.op("Sigmoid", [self.op("Mul", [h, self.const(np.array(1.702, np.float32))])])])
        return self.op("Add", [x, self.linear(h, 4 * width, width)])

    def save(self, inputs, output, path):
        graph = helper.make_graph(self.nodes, "clip", inputs,
                                  [helper.make_tensor_value_info(output, TensorProto.FLOAT, ["batch", 512])], self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = 8
        onnx.save(model, path)


def visual(path, seed):
    g = Graph(seed)
    width = 768
    patches = g.op("Conv", ["pixel_values", g.weight((width, 3, 32, 32))], kernel_shape=[32, 32], strides=[32, 32])
    tokens = g.op("Transpose", [g.op("Reshape", [patches, g.const(np.array([0, width, 49], np.int64))])], perm=[0, 2, 1])
    batch = g.op("Slice", [g.op("Shape", ["pixel_values"]), g.const(np.array([0], np.int64)), g.const(np.array([1], np.int64))])
    cls_shape = g.op("Concat", [batch, g.const(np.array([1, width], np.int64))], axis=0)
    cls = g.op("Expand", [g.weight((1, 1, width)), cls_shape])
    x = g.op("Add", [g.op("Concat", [cls, tokens], axis=1), g.weight((1, 50, width))])
    x = g.layer_norm(x, width)
    for _ in range(12):
        x = g.block(x, width, 12)
    first = g.op("Gather", [x, g.const(np.array(0, np.int64))], axis=1)
    out = g.op("MatMul", [g.layer_norm(first, width), g.weight((width, 512))])
    g.nodes.append(helper.make_node("Identity", [out], ["image_embeds"]))
    g.save([helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT, ["batch", 3, 224, 224])], "image_embeds", path)


def textual(path, seed):
    g = Graph(seed + 1)
    width = 512
    x = g.op("Gather", [g.weight((49408, width)), "input_ids"], axis=0)
    x = g.op("Add", [x, g.weight((77, width), 0.01)])
    mask = g.const(np.triu(np.full((77, 77), -1e9, np.float32), 1))
    for _ in range(12):
        x = g.block(x, width, 8, mask)
    x = g.layer_norm(x, width)
    end = g.op("ArgMax", ["input_ids"], axis=1, keepdims=1)
    pooled = g.op("GatherND", [x, end], batch_dims=1)
    out = g.op("MatMul", [pooled, g.weight((width, 512))])
    g.nodes.append(helper.make_node("Identity", [out], ["text_embeds"]))
    g.save([helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", 77])], "text_embeds", path)


if __name__ == "__main__":
    out = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    os.makedirs(out, exist_ok=True)
    visual(os.path.join(out, "visual.onnx"), seed)
    textual(os.path.join(out, "textual.onnx"), seed)
