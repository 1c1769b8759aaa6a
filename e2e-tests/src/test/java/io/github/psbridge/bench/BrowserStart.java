package io.github.psbridge.bench;

/** When the benchmark navigates a load's newly started browser to the page. */
enum BrowserStart {

    /** Once it has finished starting: a visitor's browser is running long before the visit. */
    IDLE("once the browser has finished starting (idle for 300 ms by its processes' CPU"
            + " time)"),

    /** As soon as it has its page, while it still starts up (`--cold-browser`). */
    COLD("as soon as the browser has its page, while it is still starting up"
            + " (`--cold-browser`)");

    private final String description;

    BrowserStart(String description) {
        this.description = description;
    }

    /** For the report, e.g. "once the browser has finished starting (…)". */
    String description() {
        return description;
    }
}
