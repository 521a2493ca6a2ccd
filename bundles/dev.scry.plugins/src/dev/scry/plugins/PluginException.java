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

    /**
     * What p2's certificate check refused, so that a caller can ask the user and try again trusting it.
     *
     * @param unsignedJars the jars that are not signed (file names)
     * @param signers      the signers nobody trusts, each with its certificate's SHA-256 fingerprint
     */
    public record Refusal(java.util.List<String> unsignedJars, java.util.List<Signer> signers) {
        public Refusal {
            unsignedJars = java.util.List.copyOf(unsignedJars);
            signers = java.util.List.copyOf(signers);
        }
    }

    /** A signer: its certificate's subject (or a PGP key's id) and SHA-256 fingerprint (hex, upper case; "" for a PGP key). */
    public record Signer(String subject, String fingerprint) {
        /** {@code "SUBJECT (SHA-256 FINGERPRINT)"}. */
        public String describe() {
            return fingerprint.isEmpty() ? subject : subject + " (SHA-256 " + fingerprint + ")";
        }
    }

    private final Kind kind;
    private final transient Refusal refusal;

    public PluginException(Kind kind, String message) {
        this(kind, message, (Refusal) null);
    }

    /** An {@link Kind#UNTRUSTED} failure and what was refused. */
    public PluginException(Kind kind, String message, Refusal refusal) {
        super(message);
        this.kind = kind;
        this.refusal = refusal;
    }

    public PluginException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.refusal = null;
    }

    /** What the certificate check refused, when the kind is {@link Kind#UNTRUSTED}; else empty. */
    public java.util.Optional<Refusal> refusal() {
        return java.util.Optional.ofNullable(refusal);
    }

    public Kind kind() {
        return kind;
    }
}
