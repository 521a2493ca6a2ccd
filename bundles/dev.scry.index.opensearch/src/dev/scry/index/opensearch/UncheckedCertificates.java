package dev.scry.index.opensearch;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context of {@code --insecure}: any certificate for any host name is accepted (the traffic is still
 * encrypted, but anyone between Scry and the cluster may read it). Only ever used when a library says so.
 */
final class UncheckedCertificates extends X509ExtendedTrustManager {
    private UncheckedCertificates() {
    }

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { new UncheckedCertificates() }, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // not a server
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // unchecked: --insecure
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // not a server
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // unchecked: --insecure
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // not a server
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // unchecked: --insecure
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
