package io.github.psbridge.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps each test's browser console in {@code target/e2e-logs}, to read after a failure. */
final class BrowserLogs {

    private static final Path FOLDER = Path.of(System.getProperty("e2e.logDir",
            "target/e2e-logs"));

    private BrowserLogs() {
    }

    static void save(String test, List<ConsoleMessage> console) {
        String name = test.replaceAll("[^A-Za-z0-9_.-]+", "_") + ".log";
        List<String> lines = console.stream().map(ConsoleMessage::toString).toList();
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the browser log of " + test, e);
        }
    }
}
