package io.github.psbridge.bridge.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Builds the plain objects the page sees as {@code window.posthogSegmentBridge}. */
public final class RuntimeApi {
    private RuntimeApi() {
    }

    @JSBody(params = { "version", "status", "group", "onLinked" },
            script = "return Object.freeze({ version: version, status: status,"
            + " group: group, onLinked: onLinked });")
    public static native JSObject create(String version, Callback status, Callback group,
            Callback onLinked);

    @JSBody(params = { "state", "firstPageviewSent", "distinctId", "problems" },
            script = "return { state: state, firstPageviewSent: firstPageviewSent,"
            + " distinctId: distinctId, problems: problems.slice() };")
    public static native JSObject status(String state, boolean firstPageviewSent,
            String distinctId, JSObject problems);

    @JSBody(params = "value", script = "return typeof value === 'function';")
    public static native boolean isFunction(JSObject value);

    /** Calls a page's callback; what it throws is handed to {@code onError}, not the page. */
    @JSBody(params = { "callback", "argument", "onError" },
            script = "try { callback(argument); } catch (e) { onError(e); }")
    public static native void callSafely(JSObject callback, JSObject argument,
            Callback onError);
}
