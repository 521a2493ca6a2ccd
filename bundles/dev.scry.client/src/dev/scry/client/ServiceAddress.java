package dev.scry.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Where a Scry service listens: a Unix domain socket ({@code unix:/path/scry.sock}, or any path) or a
 * TCP address ({@code 127.0.0.1:7700}, {@code [::1]:7700}).
 *
 * @param socket the Unix domain socket, or null for TCP
 * @param host   the TCP host, or null for a socket
 * @param port   the TCP port
 */
public record ServiceAddress(Path socket, String host, int port) {
    /** Reads {@code unix:PATH}, {@code PATH} (containing a slash) or {@code HOST:PORT}. */
    public static ServiceAddress parse(String given) {
        if (given.startsWith("unix:")) {
            return new ServiceAddress(Path.of(given.substring("unix:".length())), null, 0);
        }
        int colon = given.lastIndexOf(':');
        if (given.contains("/") || colon < 0) {
            return new ServiceAddress(Path.of(given), null, 0);
        }
        String host = given.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(given.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + given);
            }
            return new ServiceAddress(null, host.isEmpty() ? "127.0.0.1" : host, port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an address (HOST:PORT or unix:PATH): " + given, e);
        }
    }

    /** Whether this is a TCP address. */
    public boolean tcp() {
        return socket == null;
    }

    /** A connected channel to the service; fails when nothing listens there. */
    public SocketChannel connect() throws IOException {
        SocketAddress target = tcp() ? new InetSocketAddress(host, port) : UnixDomainSocketAddress.of(socket);
        return SocketChannel.open(target);
    }

    @Override
    public String toString() {
        return tcp() ? (host.contains(":") ? "[" + host + "]" : host) + ":" + port : "unix:" + socket;
    }
}
