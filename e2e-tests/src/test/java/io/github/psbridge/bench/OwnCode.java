package io.github.psbridge.bench;

import java.util.List;

/**
 * A variant's own code: the scripts in its page but Segment's snippet, which every compared
 * page shares. Chromium's trace names an external script by its URL, and an inline one by
 * the page's URL and the line the script starts on; a function of an inline script is named
 * by the line it is on.
 *
 * @param pageUrl the page, as the browser requested it
 * @param scripts the page's scripts but Segment's
 */
record OwnCode(String pageUrl, List<PageScript> scripts) {

    /** The own code of the page at {@code pageUrl}, read from the page itself. */
    static OwnCode of(String pageUrl) {
        return new OwnCode(pageUrl, PageScript.read(pageUrl).stream()
                .filter(script -> !script.segmentSnippet()).toList());
    }

    /** Whether Chromium attributed {@code event} to this code. */
    boolean covers(TraceEvent event) {
        return scripts.stream().anyMatch(script -> script.inline()
                ? event.url().equals(pageUrl) && script.firstLine() <= event.line()
                        && event.line() <= script.lastLine()
                : event.url().equals(script.src()));
    }
}
