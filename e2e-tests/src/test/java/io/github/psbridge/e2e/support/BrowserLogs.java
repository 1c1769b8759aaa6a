package io.github.psbridge.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Keeps each test's browser console in {@code target/e2e-logs}, to read after a failure. */
final class BrowserLogs {

    private static final Path FOLDER = Path.of(System.getProperty("e2e.logDir",
            "target/e2e-logs"));

    static {
        deleteEarlierRuns();
    }

    private BrowserLogs() {
    }

    /**
     * Saves one browser's console. A rerun of a failed test in the same suite run gets a
     * file of its own ({@code …-run2.log}), so the failing run's log survives the rerun.
     */
    static void save(String test, List<ConsoleMessage> console) {
        String base = test.replaceAll("[^A-Za-z0-9_.-]+", "_");
        List<String> lines = console.stream().map(ConsoleMessage::toString).toList();
        try {
            Files.createDirectories(FOLDER);
            Files.write(freeFile(base), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the browser log of " + test, e);
        }
    }

    // Logs of an earlier suite run would be taken for reruns of this one.
    private static void deleteEarlierRuns() {
        if (!Files.isDirectory(FOLDER)) {
            return;
        }
        try (Stream<Path> logs = Files.list(FOLDER)) {
            logs.filter(file -> file.toString().endsWith(".log")).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not clear " + FOLDER, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + FOLDER, e);
        }
    }

    private static Path freeFile(String base) {
        Path file = FOLDER.resolve(base + ".log");
        for (int run = 2; Files.exists(file); run++) {
            file = FOLDER.resolve(base + "-run" + run + ".log");
        }
        return file;
    }
}
