package dev.scry.plugins;

/** A plugin operation that could not be done; its message is the sentence the user reads, and nothing was changed. */
public final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, so that a caller can choose its exit code. */
    public enum Kind {
        /** The repository, the feature or the plugin named is not there. */
        NOT_FOUND,
        /** The plugin does not resolve against this Scry (a missing requirement, a conflict). */
        UNRESOLVED,
        /** The plugin is unsigned or signed by an unknown signer, and was not trusted. */
        UNTRUSTED,
        /** This installation cannot be changed (no p2 profile, a folder that cannot be written). */
        NOT_INSTALLABLE,
        /** Reading the repository or writing the installation failed. */
        FAILED
    }

    private final Kind kind;

    public PluginException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PluginException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
