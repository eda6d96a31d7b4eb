package org.koppel.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The disk's own price of a durable write, to set beside the database's: 4 KiB written and
 * forced to the disk, as SQLite does at each commit under synchronous=FULL. Appending grows the
 * file (the log before it is reset); overwriting reuses its blocks (the log after a reset).
 */
final class DiskSync {
    private DiskSync() {
    }

    /** "append p50 … ms, p99 … ms; overwrite p50 … ms, p99 … ms" for writes in dir. */
    static String measure(Path dir, int times) throws IOException {
        Path file = Files.createTempFile(dir, "fsync", ".bin");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long[] append = run(ch, times, true);
            long[] overwrite = run(ch, times, false);
            return String.format("fsync of 4 KiB: appending p50 %.2f ms, p99 %.2f ms; overwriting p50 %.2f ms, p99 %.2f ms",
                    append[times / 2] / 1e6, append[times * 99 / 100] / 1e6, overwrite[times / 2] / 1e6,
                    overwrite[times * 99 / 100] / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long[] run(FileChannel ch, int times, boolean append) throws IOException {
        ByteBuffer page = ByteBuffer.allocateDirect(4096);
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            page.clear();
            page.putLong(0, i);
            long start = System.nanoTime();
            ch.write(page, append ? (long) i * 4096 : (i % 16) * 4096L);
            // force(false) is fdatasync: the data and only the metadata needed to read it back, as SQLite asks
            ch.force(false);
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        return took;
    }
}
