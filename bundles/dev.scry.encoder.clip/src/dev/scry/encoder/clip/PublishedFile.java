package dev.scry.encoder.clip;

/**
 * What a server publishes about a file before it is downloaded: its SHA-256 in lower-case hex (empty
 * when it publishes none), its size in bytes (-1 when unknown) and the commit the hub resolved the
 * revision to (empty when it says none).
 */
record PublishedFile(String sha256, long size, String commit) {
    static final PublishedFile UNKNOWN = new PublishedFile("", -1, "");

    boolean hasChecksum() {
        return !sha256.isEmpty();
    }
}
