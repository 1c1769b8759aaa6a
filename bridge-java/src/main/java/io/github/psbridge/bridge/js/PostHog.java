package io.github.psbridge.bridge.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * posthog-js's {@code window.posthog}: the page's snippet stub, which queues calls, or the
 * loaded library. Both take the calls made here.
 */
public abstract class PostHog implements JSObject {

    @JSBody(script = "return window.posthog || null;")
    public static native PostHog current();

    @JSBody(script = "this.capture('$pageview');")
    public native void capturePageview();

    @JSBody(params = { "type", "key" }, script = "this.group(type, key);")
    public native void group(String type, String key);

    /** Registers {@code $groups} as a super property, so flags see them without a reload. */
    @JSBody(params = "groups", script = "this.register({ $groups: Object.assign({}, groups) });")
    public native void registerGroups(JSObject groups);

    /** The distinct id, or null until the library has loaded. */
    @JSBody(script = "return this.__loaded && typeof this.get_distinct_id === 'function'"
            + " ? this.get_distinct_id() : null;")
    public native String distinctId();

    /**
     * Calls {@code init} with the page's own options and the keys that belong to the bridge
     * set by it. A page's {@code loaded} still runs, after the bridge's; a page's
     * {@code before_send} runs after the one that adds {@code $groups}. Reading the page's
     * options may throw too (a getter), so that happens inside the same guard.
     *
     * @return what threw, as text, or null
     */
    @JSBody(params = { "apiKey", "pageOptions", "apiHost", "uiHost", "segment", "bootstrap",
            "groups", "onLoaded", "onPageCallbackError" },
            script = "try {"
            + " var options = Object.assign({}, pageOptions);"
            + " var pageLoaded = options.loaded;"
            + " options.api_host = apiHost;"
            + " if (uiHost) options.ui_host = uiHost;"
            + " options.capture_pageview = false;"
            + " if (segment) options.segment = segment; else delete options.segment;"
            + " if (bootstrap && !options.bootstrap) options.bootstrap = bootstrap;"
            + " options.before_send = [function (event) {"
            + "   if (event && Object.keys(groups).length) {"
            + "     event.properties = event.properties || {};"
            + "     event.properties.$groups = Object.assign({}, groups,"
            + "       event.properties.$groups); }"
            + "   return event; }].concat(options.before_send || []);"
            + " options.loaded = function (instance) {"
            + "   onLoaded();"
            + "   if (typeof pageLoaded === 'function') {"
            + "     try { pageLoaded(instance); } catch (e) { onPageCallbackError(e); } } };"
            + " this.init(apiKey, options);"
            + " return null; } catch (e) { return String(e); }")
    public native String init(String apiKey, JSObject pageOptions, String apiHost,
            String uiHost, JSObject segment, JSObject bootstrap, JSObject groups,
            Callback onLoaded, Callback onPageCallbackError);
}
