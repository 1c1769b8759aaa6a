package io.github.psbridge.bridge.browser;

import io.github.psbridge.bridge.js.Callback;
import org.teavm.jso.JSObject;

/**
 * A callback the bridge hands the page, naming what happened. One class for all of them:
 * each lambda would be a class of its own in the script.
 */
final class Step implements Callback {
    static final int SEGMENT_READY = 0;
    static final int SEGMENT_TIMEOUT = 1;
    static final int POSTHOG_SCRIPT_LOADED = 2;
    static final int POSTHOG_SCRIPT_FAILED = 3;
    static final int POSTHOG_LOADED = 4;
    static final int POSTHOG_TIMEOUT = 5;
    static final int NAVIGATION = 6;
    static final int STATUS = 7;
    static final int GROUP = 8;
    static final int ON_LINKED = 9;
    static final int CALL_ON_LINKED = 10;
    static final int LOADED_CALLBACK_THREW = 11;
    static final int ON_LINKED_CALLBACK_THREW = 12;

    private final BrowserBridge bridge;
    private final int event;

    Step(BrowserBridge bridge, int event) {
        this.bridge = bridge;
        this.event = event;
    }

    @Override
    public JSObject call(JSObject first, JSObject second) {
        return bridge.handle(event, first, second);
    }
}
