package io.github.psbridge.bench;

/**
 * The pages the benchmark loads. The three compared ones are the demo site's comparison
 * pages, which share one skeleton (the stylesheet and Segment's snippet), so only the way
 * PostHog starts differs; the timing page comes from {@code src/test/resources/bench-pages}.
 */
enum Variant {

    /** The bridge's script tag. */
    BRIDGE("/compare/bridge.html", "bridge", true),

    /** PostHog's documented order: init in {@code analytics.ready}, then {@code page()}. */
    DOCUMENTED("/compare/documented-snippet.html", "documented snippet", true),

    /** The documented snippet with {@code page()} moved into PostHog's {@code loaded}. */
    SNIPPET_LOADED("/compare/snippet-loaded.html", "snippet, page() in loaded", true),

    /**
     * The bridge inlined after its source was fetched, only to time its own script; its
     * pageview timings are not comparable and are left out of the comparison.
     */
    BRIDGE_INLINE("/test/bridge-inline.html", "bridge, inlined for timing", false);

    private final String path;
    private final String label;
    private final boolean compared;

    Variant(String path, String label, boolean compared) {
        this.path = path;
        this.label = label;
        this.compared = compared;
    }

    /** The page's path on the demo server. */
    String path() {
        return path;
    }

    String label() {
        return label;
    }

    /** Whether its time to the first pageview goes into the comparison table. */
    boolean compared() {
        return compared;
    }
}
