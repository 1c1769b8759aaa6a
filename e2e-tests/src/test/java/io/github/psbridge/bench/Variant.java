package io.github.psbridge.bench;

/**
 * The pages the benchmark loads, from {@code src/test/resources/bench-pages}. All share one
 * skeleton (Segment's snippet, nothing else), so only the way PostHog starts differs.
 */
enum Variant {

    /** The bridge's script tag. */
    BRIDGE("bridge", "bridge", true),

    /** PostHog's documented order: init in {@code analytics.ready}, then {@code page()}. */
    DOCUMENTED("documented-snippet", "documented snippet", true),

    /** The documented snippet with {@code page()} moved into PostHog's {@code loaded}. */
    SNIPPET_LOADED("snippet-loaded", "snippet, page() in loaded", true),

    /**
     * The bridge inlined after its source was fetched, only to time its own script; its
     * pageview timings are not comparable and are left out of the comparison.
     */
    BRIDGE_INLINE("bridge-inline", "bridge, inlined for timing", false);

    private final String page;
    private final String label;
    private final boolean compared;

    Variant(String page, String label, boolean compared) {
        this.page = page;
        this.label = label;
        this.compared = compared;
    }

    /** The page's path on the demo server. */
    String path() {
        return "/test/" + page + ".html";
    }

    String label() {
        return label;
    }

    /** Whether its time to the first pageview goes into the comparison table. */
    boolean compared() {
        return compared;
    }
}
