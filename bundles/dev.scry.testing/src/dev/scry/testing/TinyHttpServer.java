package dev.scry.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves the files of a folder over HTTP on 127.0.0.1, one connection at a time, for tests of downloads (404 for anything else). */
public final class TinyHttpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Path root;
    private final Thread thread;

    public TinyHttpServer(Path root) throws IOException {
        this.root = root;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "tiny-http");
        thread.setDaemon(true);
        thread.start();
    }

    /** The base address, ending with '/'. */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                String request = in.readLine();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // headers are not needed
                }
                String path = request == null ? "" : request.split(" ")[1].substring(1);
                Path file = root.resolve(path).normalize();
                OutputStream out = client.getOutputStream();
                if (!path.isEmpty() && file.startsWith(root) && Files.isRegularFile(file)) {
                    byte[] body = Files.readAllBytes(file);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                } else {
                    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                // closed, or a client went away
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
