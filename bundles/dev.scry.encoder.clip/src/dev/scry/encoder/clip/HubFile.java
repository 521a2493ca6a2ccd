package dev.scry.encoder.clip;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file on a Hugging Face-style hub, from its download address
 * {@code {endpoint}/{owner}/{name}/resolve/{revision}/{path}}: the repository, the revision (a branch,
 * a tag or a 40-digit commit) and the path inside the repository.
 */
record HubFile(String endpoint, String repo, String revision, String path) {
    private static final Pattern RESOLVE = Pattern.compile("(https?://[^/]+)/([^/]+/[^/]+)/resolve/([^/]+)/(.+)");

    /** The hub file an address names, if it is a hub address of this shape. */
    static Optional<HubFile> of(URI address) {
        Matcher m = RESOLVE.matcher(address.toString());
        return m.matches() ? Optional.of(new HubFile(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }

    /** Whether the revision is a commit (40 hexadecimal digits), which the hub never changes in place. */
    boolean pinned() {
        return revision.matches("[0-9a-f]{40}");
    }

    /** The hub's API address that lists files of the repository at the revision with their {@code lfs.oid}. */
    URI pathsInfo() {
        return URI.create(endpoint + "/api/models/" + repo + "/paths-info/" + revision);
    }
}
