package dev.scry.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input stream that reads a file through its {@link Path}, for files that a {@link java.io.File}
 * cannot name (a name not valid in the system's encoding): ImageIO's own file streams go through
 * {@code File}, which would name another file.
 */
final class ChannelImageInputStream extends ImageInputStreamImpl {
    private final SeekableByteChannel channel;
    private final ByteBuffer one = ByteBuffer.allocate(1);

    ChannelImageInputStream(Path file) throws IOException {
        this.channel = Files.newByteChannel(file);
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        one.clear();
        channel.position(streamPos);
        if (channel.read(one) <= 0) {
            return -1;
        }
        streamPos++;
        return one.get(0) & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        checkClosed();
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        channel.position(streamPos);
        int read = channel.read(ByteBuffer.wrap(bytes, offset, length));
        if (read > 0) {
            streamPos += read;
        }
        return read <= 0 ? -1 : read;
    }

    @Override
    public long length() {
        try {
            return channel.size();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        channel.close();
    }
}
