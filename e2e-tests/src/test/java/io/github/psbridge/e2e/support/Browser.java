package io.github.psbridge.e2e.support;

import java.util.List;

/**
 * A browser with a fresh profile, as far as a test needs one: open a page, run a script in
 * it, read its console. Each test opens its own and closes it.
 */
public interface Browser extends AutoCloseable {

    BrowserKind kind();

    /** Loads {@code url} and returns once the page's load event has fired. */
    void open(String url);

    /**
     * Runs {@code script} as a function body in the current page; {@code return} a value to
     * get it back (numbers, strings, booleans, lists and maps of those).
     */
    Object run(String script, Object... args);

    /** The URLs the current page has requested so far: scripts, XHR and fetch. */
    List<String> requests();

    /** Everything the pages of this browser logged so far, uncaught errors included. */
    List<ConsoleMessage> console();

    @Override
    void close();
}
