package io.github.psbridge.bridge;

import io.github.psbridge.bridge.browser.BrowserBridge;
import io.github.psbridge.bridge.js.Page;

/**
 * The script's entry point. The build appends a call to it to the generated file, so it
 * runs as soon as the browser has loaded the bridge's script tag.
 */
public final class BridgeMain {
    /** The bridge's version, as {@code posthogSegmentBridge.version} shows it. */
    public static final String VERSION = "0.1.0";

    private BridgeMain() {
    }

    public static void main(String[] args) {
        try {
            BrowserBridge.install(VERSION);
        } catch (Throwable failure) {
            Page.log("error", "could not start, the page goes on without it: " + failure.getMessage());
        }
    }
}
