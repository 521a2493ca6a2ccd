package dev.scry.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ONNX models for tests: float tensors in and out, constant weights and a few nodes. An
 * ONNX file is a protobuf {@code ModelProto}; this writes the fields ONNX Runtime needs (IR version 8,
 * default opset 17). Dimensions are numbers, or names (for example {@code "batch"}) for dynamic ones.
 */
public final class OnnxModelBuilder {
    private static final int FLOAT = 1;
    private static final int INT32 = 6;
    private static final int INT64 = 7;

    /** The element types of graph inputs. */
    public enum Type {
        FLOAT(OnnxModelBuilder.FLOAT), INT32(OnnxModelBuilder.INT32), INT64(OnnxModelBuilder.INT64);

        private final int code;

        Type(int code) {
            this.code = code;
        }
    }

    private final Protobuf graph = new Protobuf();
    private int nodes;

    public OnnxModelBuilder() {
        graph.string(2, "scry-test");
    }

    /** A graph input of float32 (or int64 when {@code integers}) with the given dimensions. */
    public OnnxModelBuilder input(String name, boolean integers, Object... dims) {
        graph.message(11, valueInfo(name, integers ? INT64 : FLOAT, dims));
        return this;
    }

    /** A graph input of the given element type with the given dimensions. */
    public OnnxModelBuilder input(String name, Type type, Object... dims) {
        graph.message(11, valueInfo(name, type.code, dims));
        return this;
    }

    public OnnxModelBuilder input(String name, Object... dims) {
        return input(name, false, dims);
    }

    /** A graph output of float32 with the given dimensions. */
    public OnnxModelBuilder output(String name, Object... dims) {
        graph.message(12, valueInfo(name, FLOAT, dims));
        return this;
    }

    /** A constant float tensor. */
    public OnnxModelBuilder weights(String name, float[] values, long... dims) {
        Protobuf tensor = new Protobuf();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        tensor.varint(2, FLOAT).string(8, name).floats(9, values);
        graph.message(5, tensor);
        return this;
    }

    /** A constant int64 tensor (shapes for Reshape, axes). */
    public OnnxModelBuilder integers(String name, long[] values, long... dims) {
        Protobuf tensor = new Protobuf();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(values.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            raw.putLong(value);
        }
        tensor.varint(2, INT64).string(8, name).bytes(9, raw.array());
        graph.message(5, tensor);
        return this;
    }

    /** A node: {@code opType(inputs) -> outputs}, with integer attributes given as name, value pairs. */
    public OnnxModelBuilder node(String opType, List<String> inputs, List<String> outputs, Object... intAttributes) {
        Protobuf node = new Protobuf();
        inputs.forEach(i -> node.string(1, i));
        outputs.forEach(o -> node.string(2, o));
        node.string(3, opType.toLowerCase(java.util.Locale.ROOT) + "_" + nodes++).string(4, opType);
        for (int i = 0; i + 1 < intAttributes.length; i += 2) {
            Protobuf attribute = new Protobuf().string(1, (String) intAttributes[i]);
            Object value = intAttributes[i + 1];
            if (value instanceof long[] list) {
                for (long v : list) {
                    attribute.varint(8, v);
                }
                attribute.varint(20, 7); // AttributeType INTS
            } else {
                attribute.varint(3, ((Number) value).longValue()).varint(20, 2); // INT
            }
            node.message(5, attribute);
        }
        graph.message(1, node);
        return this;
    }

    /** The model's bytes. */
    public byte[] toByteArray() {
        Protobuf opset = new Protobuf().string(1, "").varint(2, 17);
        return new Protobuf().varint(1, 8).string(2, "scry-tests").message(7, graph).message(8, opset).toByteArray();
    }

    public Path write(Path file) throws IOException {
        return Files.write(file, toByteArray());
    }

    private static Protobuf valueInfo(String name, int elementType, Object... dims) {
        Protobuf shape = new Protobuf();
        List<Protobuf> dimensions = new ArrayList<>();
        for (Object dim : dims) {
            dimensions.add(dim instanceof Number n ? new Protobuf().varint(1, n.longValue()) : new Protobuf().string(2, dim.toString()));
        }
        dimensions.forEach(d -> shape.message(1, d));
        Protobuf tensorType = new Protobuf().varint(1, elementType).message(2, shape);
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensorType));
    }
}
