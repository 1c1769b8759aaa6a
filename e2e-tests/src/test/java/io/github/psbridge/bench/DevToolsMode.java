package io.github.psbridge.bench;

/** Which DevTools domains the benchmark's browser has enabled while it loads a page. */
enum DevToolsMode {

    /** None: like a visitor's browser, which has no DevTools attached. */
    BARE("no DevTools domain enabled"),

    /** {@code Runtime}, enabled before navigating, as ChromeDriver always has it. */
    RUNTIME("DevTools `Runtime` enabled before navigating (`--devtools-runtime`), as under"
            + " ChromeDriver");

    private final String description;

    DevToolsMode(String description) {
        this.description = description;
    }

    /** For the report, e.g. "no DevTools domain enabled". */
    String description() {
        return description;
    }
}
