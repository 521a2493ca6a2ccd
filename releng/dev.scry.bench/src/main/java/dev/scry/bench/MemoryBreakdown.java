package dev.scry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where this process's resident memory is, from {@code /proc/self/status} and {@code /proc/self/smaps}
 * and the JVM's memory pools: anonymous memory (the heap, metaspace, code, native allocations) against
 * file pages (the index's mapped files, which the kernel can drop and which other processes share), the
 * index's share of those, and the heap and non-heap pools the JVM has committed.
 */
final class MemoryBreakdown {
    private static final java.util.regex.Pattern MAPPING = java.util.regex.Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");

    private MemoryBreakdown() {
    }

    /** One tab-separated line of figures in MB; {@code index} is the folder whose mapped files are counted apart. */
    static String of(Path index) throws IOException {
        long indexKb = 0;
        String mapping = null;
        String folder = index.toAbsolutePath().normalize().toString() + "/";
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (MAPPING.matcher(line).lookingAt()) { // a mapping's header: address range, perms, offset, device, inode, path
                String[] parts = line.trim().split("\\s+");
                mapping = parts.length >= 6 ? parts[5] : null;
            } else if (line.startsWith("Rss:") && mapping != null && mapping.startsWith(folder)) {
                indexKb += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        long heapCommitted = 0;
        long nonHeapCommitted = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapCommitted += pool.getUsage().getCommitted();
            } else {
                nonHeapCommitted += pool.getUsage().getCommitted();
            }
        }
        return String.format(Locale.ROOT, "anon rss %d MB\tfile rss %d MB (index files %d MB)\theap committed %d MB\tnon-heap committed %d MB",
                status("RssAnon"), status("RssFile"), indexKb >> 10, heapCommitted >> 20, nonHeapCommitted >> 20);
    }

    /** A size in MB from /proc/self/status ({@code VmRSS}, {@code RssAnon}, ...). */
    static long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        }
        return -1;
    }
}
