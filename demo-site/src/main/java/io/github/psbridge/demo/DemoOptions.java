package io.github.psbridge.demo;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * How to run the demo server. Without keys it is offline: pages use the stand-ins with
 * {@link #DEMO_WRITE_KEY} and {@link #DEMO_POSTHOG_KEY}. Each real key switches that side of the
 * pages to the real service.
 *
 * <pre>{@code
 * DemoServer server = DemoServer.start(DemoOptions.builder().port(0)
 *         .testPagesFolder("test-pages").build());
 * }</pre>
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param segmentWriteKey a real Segment write key, or null for the stand-in
 * @param posthogKey a real PostHog project key ({@code phc_…}), or null for the stand-in
 * @param posthogHost the real PostHog API host, or null; only used with {@code posthogKey}
 * @param testPagesFolder a classpath folder of extra page templates served at
 *     {@code /test/<name>.html}, or null
 */
public record DemoOptions(
        String host, int port, String segmentWriteKey, String posthogKey, String posthogHost,
        String testPagesFolder) {

    /** The write key of the offline Segment stand-in. */
    public static final String DEMO_WRITE_KEY = "demoWriteKey";

    /** The project key of the offline PostHog stand-in. */
    public static final String DEMO_POSTHOG_KEY = "phc_demoProjectKey0000000000000000000000000";

    /** PostHog's US cloud, the default host for a real PostHog key. */
    public static final String POSTHOG_US = "https://us.i.posthog.com";

    // Keys land in pages and scripts: allow only characters that need no escaping anywhere.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    public DemoOptions {
        host = host == null ? "127.0.0.1" : host;
        check(port >= 0 && port <= 65_535, "port must be between 0 and 65535: got " + port);
        checkKey("segmentWriteKey", segmentWriteKey);
        checkKey("posthogKey", posthogKey);
        check(posthogKey == null || posthogKey.startsWith("phc_"), "posthogKey must start with"
                + " phc_ (a project key; a personal phx_ key must never reach a browser): got \""
                + posthogKey + "\"");
        posthogHost = posthogKey == null ? null : checkHost(posthogHost);
        check(testPagesFolder == null || FOLDER.matcher(testPagesFolder).matches(),
                "testPagesFolder must be a classpath folder like test-pages: got \""
                        + testPagesFolder + "\"");
    }

    /** Offline, on 127.0.0.1:8080. */
    public static DemoOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether pages use the real Segment. */
    public boolean realSegment() {
        return segmentWriteKey != null;
    }

    /** Whether pages use the real PostHog. */
    public boolean realPostHog() {
        return posthogKey != null;
    }

    /** The write key pages load Segment with. */
    public String effectiveWriteKey() {
        return realSegment() ? segmentWriteKey : DEMO_WRITE_KEY;
    }

    /** The project key pages give posthog-js. */
    public String effectivePostHogKey() {
        return realPostHog() ? posthogKey : DEMO_POSTHOG_KEY;
    }

    private static void checkKey(String name, String key) {
        check(key == null || KEY.matcher(key).matches(), name
                + " must be letters, digits, - or _ as the service shows it: got \"" + key + "\"");
    }

    private static String checkHost(String host) {
        String value = host == null ? POSTHOG_US : host.replaceAll("/+$", "");
        URI uri = URI.create(value);
        check(("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getHost() != null && !value.contains("\"") && !value.contains("'"),
                "posthogHost must be an http(s) URL like " + POSTHOG_US + ": got \"" + host + "\"");
        return value;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link DemoOptions}; every setting has the offline default. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port = 8080;
        private String segmentWriteKey;
        private String posthogKey;
        private String posthogHost;
        private String testPagesFolder;

        private Builder() {
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder segmentWriteKey(String value) {
            segmentWriteKey = value;
            return this;
        }

        public Builder posthogKey(String value) {
            posthogKey = value;
            return this;
        }

        public Builder posthogHost(String value) {
            posthogHost = value;
            return this;
        }

        public Builder testPagesFolder(String value) {
            testPagesFolder = value;
            return this;
        }

        public DemoOptions build() {
            return new DemoOptions(host, port, segmentWriteKey, posthogKey, posthogHost,
                    testPagesFolder);
        }
    }
}
