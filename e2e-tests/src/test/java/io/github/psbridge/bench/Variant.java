package io.github.psbridge.bench;

/**
 * The pages the benchmark loads: the demo site's comparison pages, which share one skeleton
 * (the stylesheet and Segment's snippet), so only the way PostHog starts differs.
 */
enum Variant {

    /** The bridge's script tag. */
    BRIDGE("/compare/bridge.html", "bridge"),

    /** PostHog's documented order: init in {@code analytics.ready}, then {@code page()}. */
    DOCUMENTED("/compare/documented-snippet.html", "documented snippet"),

    /** The documented snippet with {@code page()} moved into PostHog's {@code loaded}. */
    SNIPPET_LOADED("/compare/snippet-loaded.html", "snippet, page() in loaded");

    private final String path;
    private final String label;

    Variant(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The page's path on the demo server. */
    String path() {
        return path;
    }

    String label() {
        return label;
    }
}
