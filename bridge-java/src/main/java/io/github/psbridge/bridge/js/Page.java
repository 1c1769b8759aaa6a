package io.github.psbridge.bridge.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The host page: its globals, its console, timers, script tags and history. */
public final class Page {
    private Page() {
    }

    /** The script tag running now: the bridge's own, while its first run lasts. */
    @JSBody(script = "return document.currentScript || null;")
    public static native JSObject currentScript();

    @JSBody(params = { "element", "name" }, script = "return element && element.hasAttribute(name)"
            + " ? element.getAttribute(name) : null;")
    public static native String attribute(JSObject element, String name);

    /** The {@code data-*} attribute of a config key: {@code data-timeout-ms} for timeoutMs. */
    @JSBody(params = "key", script = "return 'data-' + key.replace(/[A-Z]/g,"
            + " function (letter) { return '-' + letter.toLowerCase(); });")
    public static native String dataAttributeName(String key);

    /**
     * The tag's nonce. Browsers that hide the attribute under a CSP still show the
     * {@code nonce} property; those without the property still show the attribute.
     */
    @JSBody(params = "element", script = "return (element"
            + " && (element.nonce || element.getAttribute('nonce'))) || null;")
    public static native String nonce(JSObject element);

    /** A global, or null when it is unset: Java's null checks do not see {@code undefined}. */
    @JSBody(params = "name", script = "var value = window[name];"
            + " return value === undefined ? null : value;")
    public static native JSObject global(String name);

    @JSBody(params = { "name", "value" }, script = "window[name] = value;")
    public static native void setGlobal(String name, JSObject value);

    /** Logs with the bridge's prefix; {@code level} is {@code "error"}, {@code "warn"}... */
    @JSBody(params = { "level", "message" },
            script = "console[level]('[posthog-segment-bridge] ' + message);")
    public static native void log(String level, String message);

    @JSBody(params = { "callback", "ms" }, script = "setTimeout(callback, ms);")
    public static native void setTimeout(Callback callback, int ms);

    /**
     * Adds an async script tag, carrying the bridge tag's nonce so a strict
     * Content-Security-Policy lets it run. The attribute, not the property: setting it
     * sets the nonce in every browser.
     */
    @JSBody(params = { "src", "nonce", "onLoad", "onError" },
            script = "var script = document.createElement('script');"
            + " script.async = true;"
            + " script.crossOrigin = 'anonymous';"
            + " if (nonce) script.setAttribute('nonce', nonce);"
            + " script.onload = onLoad;"
            + " script.onerror = onError;"
            + " script.src = src;"
            + " (document.head || document.documentElement).appendChild(script);")
    public static native void loadScript(String src, String nonce, Callback onLoad,
            Callback onError);

    @JSBody(script = "return location.pathname;")
    public static native String path();

    /** Calls back after every history API navigation: pushState, replaceState, back, forward. */
    @JSBody(params = "callback", script = "['pushState', 'replaceState'].forEach(function (name) {"
            + " var original = history[name];"
            + " history[name] = function () {"
            + "   var result = original.apply(this, arguments);"
            + "   callback();"
            + "   return result; }; });"
            + " window.addEventListener('popstate', function () { callback(); });")
    public static native void onNavigation(Callback callback);
}
