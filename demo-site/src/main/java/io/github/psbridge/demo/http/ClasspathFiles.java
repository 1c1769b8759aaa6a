package io.github.psbridge.demo.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves files from a classpath folder (the bridge's jar, the npm libraries copied into this
 * jar, the pages' assets). Files are read once and kept: they never change while we run.
 */
public final class ClasspathFiles {

    // One path segment or several, each a plain file name: no "..", no empty segments.
    private static final Pattern SAFE_PATH =
            Pattern.compile("[A-Za-z0-9_@-][A-Za-z0-9_.@-]*(/[A-Za-z0-9_@-][A-Za-z0-9_.@-]*)*");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "map", "application/json; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "ts", "text/plain; charset=utf-8",
            "java", "text/plain; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml");

    private final String folder;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    /** @param folder a classpath folder without leading or trailing slash */
    public ClasspathFiles(String folder) {
        this.folder = folder;
    }

    /** Answers with the file at {@code relativePath}, or 404 when there is none. */
    public void serve(Context ctx, String relativePath) {
        byte[] bytes = find(relativePath)
                .orElseThrow(() -> HttpProblem.notFound("no such file: " + relativePath));
        ctx.contentType(typeOf(relativePath));
        ctx.header("Cache-Control", "no-cache");
        ctx.result(bytes);
    }

    /** The bytes of the file at {@code relativePath}, if it exists and the path is safe. */
    public Optional<byte[]> find(String relativePath) {
        if (relativePath == null || !SAFE_PATH.matcher(relativePath).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relativePath, this::load);
    }

    private Optional<byte[]> load(String relativePath) {
        String resource = folder + "/" + relativePath;
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read classpath file " + resource, e);
        }
    }

    private static String typeOf(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
