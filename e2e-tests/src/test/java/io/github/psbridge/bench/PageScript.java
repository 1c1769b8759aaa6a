package io.github.psbridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <script>} element of a page as the demo server renders it.
 *
 * @param src the script's URL, resolved against the page's, or null for an inline script
 * @param text an inline script's code, "" for an external one
 * @param firstLine the line its code starts on, 1-based, as Chromium's trace numbers it
 * @param lastLine the line its code ends on
 */
record PageScript(String src, String text, int firstLine, int lastLine) {

    private static final Pattern SCRIPT =
            Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");

    /** The scripts of the page at {@code url}, in document order. */
    static List<PageScript> read(String url) {
        return parse(URI.create(url), get(url));
    }

    static List<PageScript> parse(URI page, String html) {
        List<PageScript> scripts = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher src = SRC.matcher(script.group(1));
            scripts.add(new PageScript(src.find() ? page.resolve(src.group(1)).toString() : null,
                    script.group(2), lineAt(html, script.start(2)), lineAt(html, script.end(2))));
        }
        return scripts;
    }

    boolean inline() {
        return src == null;
    }

    /** Segment's loader, the same on every compared page, so part of no variant's own code. */
    boolean segmentSnippet() {
        return text.contains("analytics.load(");
    }

    private static int lineAt(String html, int index) {
        return 1 + (int) html.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    private static String get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + url, e);
        }
    }
}
