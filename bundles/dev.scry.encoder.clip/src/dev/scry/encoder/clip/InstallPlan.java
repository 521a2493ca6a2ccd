package dev.scry.encoder.clip;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an install downloads, settled before the first byte: for each file of the descriptor, its
 * address (a branch pinned to the commit the hub names), its SHA-256 (the descriptor's, else the
 * hub's; refused when the two differ or neither has one), its size and the bytes an earlier try left.
 */
final class InstallPlan {
    /**
     * One file: its address as the installed descriptor records it, where it is fetched from, its
     * SHA-256, its size (-1 when unknown) and the bytes already in the work folder.
     */
    record Item(ModelFile file, String url, URI address, String sha256, long size, long have) {
    }

    private final String id;
    private final List<Item> items;

    private InstallPlan(String id, List<Item> items) {
        this.id = id;
        this.items = items;
    }

    /**
     * Asks the servers about every file of the descriptor.
     *
     * @param partial the work folder a previous try may have left
     * @param target  the model's folder, named in messages about installing by hand
     * @throws ModelException if an address is not valid, a server cannot be reached or answers with an
     *                        error, or a file's checksum is contradicted or cannot be had
     */
    static InstallPlan of(ModelDescriptor descriptor, HttpClient client, Path partial, Path target) throws ModelException {
        String id = descriptor.id();
        HubMetadata hub = new HubMetadata(client);
        List<Item> items = new ArrayList<>();
        for (ModelFile file : descriptor.files()) {
            String what = id + ": cannot download " + file.path() + " from " + file.url() + ": ";
            URI address = address(id, file, file.url());
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            PublishedFile published = switch (scheme) {
                case "file" -> {
                    Path source = Path.of(address);
                    if (!Files.isRegularFile(source)) {
                        throw new ModelException(what + "no such file; nothing was installed");
                    }
                    yield new PublishedFile("", size(source), "");
                }
                case "http", "https" -> {
                    try {
                        yield hub.read(address, what);
                    } catch (ModelException e) {
                        throw new ModelException(e.getMessage() + "; nothing was installed", e);
                    }
                }
                default -> throw new ModelException(what + "only http, https and file addresses are supported");
            };
            String sha = file.sha256();
            if (sha.isEmpty()) {
                sha = published.sha256();
            } else if (published.hasChecksum() && !published.sha256().equals(sha)) {
                throw new ModelException(ModelException.Kind.MISMATCH, file.path(), id + ": " + file.path() + " at " + file.url()
                        + " is published with SHA-256 " + published.sha256() + " but the descriptor expects " + sha
                        + " (the file was changed on the server); nothing was installed", null);
            }
            if (sha.isEmpty()) {
                throw new ModelException(id + ": no checksum known for " + file.path() + ": the descriptor gives none and "
                        + (address.getHost() == null ? "a local file has none published" : address.getHost() + " publishes none")
                        + (HubFile.of(address).isPresent() ? " (a file kept in git rather than LFS has only a git SHA-1)" : "")
                        + "; install it by hand into " + target + " (see models/README.md)");
            }
            String url = file.url();
            Optional<HubFile> onHub = HubFile.of(address);
            if (onHub.isPresent() && !onHub.get().pinned() && published.commit().matches("[0-9a-f]{40}")) {
                // a branch: download the commit the hub resolved it to, so that bytes and checksum are of one revision
                url = url.replace("/resolve/" + onHub.get().revision() + "/", "/resolve/" + published.commit() + "/");
                address = address(id, file, url);
            }
            long size = published.size() > 0 ? published.size() : file.size() > 0 ? file.size() : -1;
            Path kept = partial.resolve(file.path());
            items.add(new Item(file, url, address, sha, size, Files.isRegularFile(kept) ? size(kept) : 0));
        }
        return new InstallPlan(id, items);
    }

    List<Item> items() {
        return items;
    }

    /** The bytes still to fetch, as far as the sizes are known. */
    long toFetch() {
        long total = 0;
        for (Item item : items) {
            total += item.size() > 0 ? Math.max(0, item.size() - item.have()) : 0;
        }
        return total;
    }

    /** The bytes of the files already downloaded by an earlier try (as far as their sizes are known). */
    long kept() {
        long total = 0;
        for (Item item : items) {
            total += item.size() > 0 ? Math.min(item.have(), item.size()) : 0;
        }
        return total;
    }

    /** Refuses when the disk holding {@code folder} cannot take what is still to fetch. */
    void checkSpace(Path folder) throws ModelException, IOException {
        long needed = toFetch();
        Files.createDirectories(folder);
        long free = Files.getFileStore(folder).getUsableSpace();
        if (needed > free) {
            throw new ModelException(String.format(Locale.ROOT, "%s: not enough disk space in %s: the download needs %.1f MB and %.1f MB"
                    + " are free; nothing was downloaded", id, folder, needed / 1e6, free / 1e6));
        }
    }

    /** The descriptor keys the install learned: every file's SHA-256 and size, and pinned addresses. */
    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Item item : items) {
            String key = "file." + item.file().key();
            facts.put(key + ".sha256", item.sha256());
            if (!item.url().equals(item.file().url())) {
                facts.put(key + ".url", item.url());
            }
            if (item.size() > 0) {
                facts.put(key + ".size", Long.toString(item.size()));
            }
        }
        return facts;
    }

    private static URI address(String id, ModelFile file, String url) throws ModelException {
        try {
            return DownloadAddress.of(url);
        } catch (URISyntaxException e) {
            throw new ModelException(id + ": the download address of " + file.path() + " is not valid: " + url);
        }
    }

    private static long size(Path file) throws ModelException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
