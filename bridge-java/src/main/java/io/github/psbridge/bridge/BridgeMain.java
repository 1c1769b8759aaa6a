package io.github.psbridge.bridge;

import io.github.psbridge.bridge.browser.BrowserBridge;
import io.github.psbridge.bridge.js.Page;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSMethod;

/**
 * The script's entry point: one global function, {@code posthogSegmentBridgeStart}. The
 * build appends a call to it to the generated file, so it runs as soon as the browser has
 * loaded the bridge's script tag. An exported function rather than {@code main}: TeaVM's
 * start-up code for {@code main(String[])} costs the script bytes and time for nothing.
 */
public final class BridgeMain {
    /** The bridge's version, as {@code posthogSegmentBridge.version} shows it. */
    public static final String VERSION = "0.1.0";

    private BridgeMain() {
    }

    /** Starts the bridge; never throws into the page. */
    @JSExport
    @JSMethod("posthogSegmentBridgeStart")
    public static void start() {
        try {
            BrowserBridge.install(VERSION);
        } catch (Throwable failure) {
            Page.log("error", "could not start, the page goes on without it: "
                    + failure.getMessage());
        }
    }
}
