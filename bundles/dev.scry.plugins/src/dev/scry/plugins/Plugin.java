package dev.scry.plugins;

import java.net.URI;

/**
 * A plugin: a feature installed (or to be installed) from a p2 repository.
 *
 * @param id         the feature's id, without p2's {@code .feature.group}
 * @param version    its version
 * @param name       its name (the feature's label), or the id when it has none
 * @param provider   who provides it (the feature's provider), or "" when unnamed
 * @param repository the repository it came from (for {@code update})
 */
public record Plugin(String id, String version, String name, String provider, URI repository) {
    /** {@code "NAME (ID VERSION, from PROVIDER)"}: what the user is told a plugin is. */
    public String describe() {
        return name + " (" + id + " " + version + (provider.isEmpty() ? "" : ", from " + provider) + ")";
    }
}
