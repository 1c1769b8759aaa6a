package io.github.psbridge.bench;

import io.github.psbridge.demo.DemoServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The bytes a page pays for each approach: the bridge file as the demo server serves it
 * (from the bridge jar), and the inline code the documented setup pastes instead (PostHog's
 * loader stub and the {@code analytics.ready} block), taken from the rendered comparison
 * page. Segment's own snippet is on every variant's page and counts for neither. Gzipped
 * sizes come from {@link Gzip}.
 *
 * @param snippetStripped the snippet without comment lines, indentation or blank lines,
 *     closer to what a site would paste
 */
record Sizes(
        int bridgeRaw, int bridgeGzip, int snippetRaw, int snippetGzip,
        int snippetStrippedRaw, int snippetStrippedGzip,
        List<BridgeComposition.Share> composition) {

    private static final String DIST = "META-INF/resources/posthog-segment-bridge/";
    private static final String BRIDGE = DIST + "posthog-segment-bridge.js";
    private static final String READABLE = DIST + "posthog-segment-bridge.debug.js";
    private static final String SNIPPET_PAGE = "/compare/documented-snippet.html";
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*//.*\\n");
    private static final Pattern INDENT = Pattern.compile("(?m)^\\s+");

    static Sizes measure(DemoServer server) {
        byte[] bridge = resource(BRIDGE);
        int bridgeGzip = Gzip.size(bridge);
        String snippet = documentedSnippet(server);
        String stripped = INDENT.matcher(COMMENT_LINE.matcher(snippet).replaceAll(""))
                .replaceAll("");
        return new Sizes(bridge.length, bridgeGzip, utf8(snippet).length,
                Gzip.size(utf8(snippet)), utf8(stripped).length, Gzip.size(utf8(stripped)),
                BridgeComposition.estimate(new String(resource(READABLE),
                        StandardCharsets.UTF_8), bridgeGzip));
    }

    // The inline scripts of the comparison page, but Segment's snippet (it calls load).
    private static String documentedSnippet(DemoServer server) {
        String code = PageScript.read(server.baseUrl() + SNIPPET_PAGE).stream()
                .filter(script -> script.inline() && !script.segmentSnippet())
                .map(script -> script.text().strip() + "\n")
                .collect(Collectors.joining());
        if (code.isEmpty()) {
            throw new IllegalStateException("no PostHog snippet found in " + SNIPPET_PAGE);
        }
        return code;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Sizes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: build"
                        + " bridge-java and demo-site first (mvn -DskipTests install)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
