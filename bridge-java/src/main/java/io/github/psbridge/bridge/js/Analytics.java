package io.github.psbridge.bridge.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Segment's {@code window.analytics}: the snippet's stub until analytics.js 2.0 has loaded,
 * then the real instance.
 */
public abstract class Analytics implements JSObject {

    /** The page's {@code window.analytics}, read afresh since Segment swaps it when ready. */
    @JSBody(script = "return window.analytics || null;")
    public static native Analytics current();

    @JSBody(params = "callback", script = "this.ready(callback);")
    public native void ready(Callback callback);

    @JSBody(script = "this.page();")
    public native void page();

    /** Whether analytics.js 2.0 has finished loading: its {@code ready} has fired or will. */
    @JSBody(script = "return this.initialized === true;")
    public native boolean isInitialized();

    /** Classic analytics.js has no plugins, so PostHog cannot attach to it. */
    @JSBody(script = "return typeof this.register === 'function';")
    public native boolean canRegisterPlugins();

    /**
     * Adds {@code $groups} to every event before any plugin sees it, under the event's own
     * {@code $groups}. The event always goes on, whatever happens here.
     */
    @JSBody(params = "groups", script = "this.addSourceMiddleware(function (ctx) {"
            + " try { if (Object.keys(groups).length) {"
            + " var event = ctx.payload.obj;"
            + " event.properties = event.properties || {};"
            + " event.properties.$groups = Object.assign({}, groups,"
            + " event.properties.$groups); } } finally { ctx.next(ctx.payload); } });")
    public native void addGroupsMiddleware(JSObject groups);

    /**
     * PostHog's distinct id should be Segment's from the first event on: the user id once
     * someone has logged in, the anonymous id before. Null when Segment's user is not
     * readable yet (a Promise), in which case PostHog reads it itself.
     */
    @JSBody(script = "var user = this.user && this.user();"
            + " if (!user || typeof user.id !== 'function') return null;"
            + " var id = user.id();"
            + " return { distinctID: id || user.anonymousId(), isIdentifiedID: !!id };")
    public native JSObject bootstrapIdentity();

    /** Segment's user id or anonymous id, or null while Segment cannot tell. */
    @JSBody(script = "var user = this.user && this.user();"
            + " if (!user || typeof user.id !== 'function') return null;"
            + " return user.id() || user.anonymousId() || null;")
    public native String distinctId();
}
