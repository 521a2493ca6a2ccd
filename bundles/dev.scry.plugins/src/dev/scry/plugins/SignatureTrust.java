package dev.scry.plugins;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

/**
 * The answer p2's certificate check gets (its {@code UIServices}): jars signed by a signer the Java
 * trust store or the user's list of trusted signers (SHA-256 fingerprints of their certificates) knows
 * are accepted; unsigned jars only when the user said so ({@code --trust-unsigned}); jars of any other
 * signer never. What was refused is kept, so that the refusal can say what the plugin is and who
 * signed it. Nothing is asked interactively.
 */
final class SignatureTrust extends UIServices {
    private final boolean trustUnsigned;
    private final Set<String> trustedFingerprints;
    private final List<String> unsigned = new ArrayList<>();
    private final List<PluginException.Signer> unknownSigners = new ArrayList<>();

    /**
     * @param trustUnsigned       whether unsigned jars are accepted
     * @param trustedFingerprints SHA-256 fingerprints (hex, any case, colons allowed) of signers accepted beside the Java trust store's
     */
    SignatureTrust(boolean trustUnsigned, Set<String> trustedFingerprints) {
        this.trustUnsigned = trustUnsigned;
        this.trustedFingerprints = trustedFingerprints.stream().map(SignatureTrust::normalized).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return AUTHENTICATION_PROMPT_CANCELED;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return AUTHENTICATION_PROMPT_CANCELED;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
        return getTrustInfo(untrustedChain, List.of(), unsignedDetail);
    }

    @Override
    public synchronized TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys, String[] unsignedDetail) {
        if (unsignedDetail != null) {
            for (String detail : unsignedDetail) {
                unsigned.add(Path.of(detail.replaceFirst(" \\[.*\\]$", "")).getFileName().toString());
            }
        }
        List<Certificate> trusted = new ArrayList<>();
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                String fingerprint = fingerprint(chain[0]);
                if (trustedFingerprints.contains(fingerprint)) {
                    trusted.add(chain[0]);
                } else {
                    unknownSigners.add(new PluginException.Signer(signer(chain[0]), fingerprint));
                }
            }
        }
        for (PGPPublicKey key : untrustedPGPKeys == null ? List.<PGPPublicKey>of() : untrustedPGPKeys) {
            unknownSigners.add(new PluginException.Signer("PGP key " + Long.toHexString(key.getKeyID()).toUpperCase(java.util.Locale.ROOT), ""));
        }
        return new TrustInfo(trusted, List.of(), false, trustUnsigned);
    }

    /** The jars refused because they are unsigned (file names), empty when unsigned ones were trusted. */
    synchronized List<String> refusedUnsigned() {
        return trustUnsigned ? List.of() : List.copyOf(unsigned);
    }

    /** The signers refused: each certificate's subject and SHA-256 fingerprint, or a PGP key id. */
    synchronized List<PluginException.Signer> refusedSigners() {
        return List.copyOf(unknownSigners);
    }

    private static String signer(Certificate certificate) {
        return certificate instanceof X509Certificate x509 ? x509.getSubjectX500Principal().getName() : certificate.getType() + " certificate";
    }

    static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            return "?";
        }
    }

    private static String normalized(String fingerprint) {
        return fingerprint.replace(":", "").strip().toUpperCase(java.util.Locale.ROOT);
    }
}
