package io.github.psbridge.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Sizes after {@code gzip -9c}. GNU gzip has its own deflate, which comes out a few tens of
 * bytes apart from zlib's, so the real tool is used when the machine has it, and
 * {@code java.util.zip} at level 9 only when it does not.
 */
final class Gzip {

    private static final Path GZIP = Path.of("/bin/gzip");

    private Gzip() {
    }

    /** What measures the sizes on this machine, for the report. */
    static String tool() {
        return Files.isExecutable(GZIP) ? "`gzip -9c`" : "`java.util.zip` at level 9";
    }

    /** The size of {@code data} gzipped at level 9. */
    static int size(byte[] data) {
        return Files.isExecutable(GZIP) ? withTool(data) : inMemory(data);
    }

    // Files, not pipes: nothing can block while gzip's output waits to be read.
    private static int withTool(byte[] data) {
        try {
            Path in = Files.createTempFile("bench-gzip-", ".in");
            Path out = Files.createTempFile("bench-gzip-", ".gz");
            try {
                Files.write(in, data);
                Process gzip = new ProcessBuilder(GZIP.toString(), "-9c")
                        .redirectInput(in.toFile()).redirectOutput(out.toFile()).start();
                if (gzip.waitFor() != 0) {
                    throw new IllegalStateException("gzip -9c exited with " + gzip.exitValue());
                }
                return (int) Files.size(out);
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run gzip", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running gzip", e);
        }
    }

    private static int inMemory(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new BestGzip(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory failed", e);
        }
        return out.size();
    }

    private static final class BestGzip extends GZIPOutputStream {

        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
