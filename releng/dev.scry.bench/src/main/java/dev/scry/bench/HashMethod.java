package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import dev.brachtendorf.jimagehash.hash.Hash;
import dev.brachtendorf.jimagehash.hashAlgorithms.DifferenceHash;
import dev.brachtendorf.jimagehash.hashAlgorithms.HashingAlgorithm;
import dev.brachtendorf.jimagehash.hashAlgorithms.PerceptiveHash;

/** A perceptual hash from JImageHash, scored by negative Hamming distance. */
final class HashMethod implements Method {
    private final String name;
    private final HashingAlgorithm algorithm;
    private final List<Hash> hashes = new ArrayList<>();

    private HashMethod(String name, HashingAlgorithm algorithm) {
        this.name = name;
        this.algorithm = algorithm;
    }

    /** pHash: DCT of a 32 x 32 thumbnail, 64 bits. */
    static HashMethod pHash() {
        return new HashMethod("pHash", new PerceptiveHash(64));
    }

    /** dHash: horizontal brightness differences of a 9 x 8 thumbnail, 64 bits. */
    static HashMethod dHash() {
        return new HashMethod("dHash", new DifferenceHash(64, DifferenceHash.Precision.Simple));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void index(List<BufferedImage> pictures) {
        for (BufferedImage picture : pictures) {
            hashes.add(algorithm.hash(picture));
        }
    }

    @Override
    public double[] scores(BufferedImage query) {
        Hash q = algorithm.hash(query);
        double[] scores = new double[hashes.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = -q.hammingDistance(hashes.get(i));
        }
        return scores;
    }
}
