package io.github.psbridge.bridge.browser;

import io.github.psbridge.bridge.BridgeConfig;
import io.github.psbridge.bridge.core.BridgeState;
import io.github.psbridge.bridge.core.ConfigParser;
import io.github.psbridge.bridge.core.Effects;
import io.github.psbridge.bridge.core.Flow;
import io.github.psbridge.bridge.core.Groups;
import io.github.psbridge.bridge.js.Analytics;
import io.github.psbridge.bridge.js.Callback;
import io.github.psbridge.bridge.js.JsValues;
import io.github.psbridge.bridge.js.Page;
import io.github.psbridge.bridge.js.PostHog;
import io.github.psbridge.bridge.js.RuntimeApi;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The bridge in a page: feeds {@link Flow} what Segment, posthog-js and the page do, and
 * carries out what it decides. Every call that comes from the page is guarded, so nothing
 * the bridge does can throw into the host page.
 */
public final class BrowserBridge implements Effects {
    static final String API_GLOBAL = "posthogSegmentBridge";

    private final Flow flow = new Flow(this);
    // Group type to key, as the page's $groups: the middleware and before_send read it live.
    private final JSObject groupsObject = JsValues.newObject();
    private final JSObject onLinkedCallbacks = JsValues.newArray();
    private BridgeConfig config;
    private JSObject postHogOptions;
    private boolean settled;
    private String lastPath;
    private boolean segmentReadySeen;

    /** Starts the bridge for this page, unless another copy already has. */
    public static void install(String version) {
        if (Page.global(API_GLOBAL) != null) {
            return;
        }
        BrowserBridge bridge = new BrowserBridge();
        Page.setGlobal(API_GLOBAL, bridge.runtimeApi(version));
        bridge.start();
    }

    private void start() {
        ConfigReader reader = new ConfigReader(Page.global(ConfigReader.CONFIG_GLOBAL),
                Page.currentScript());
        ConfigParser parser = new ConfigParser();
        config = parser.parse(reader.read());
        postHogOptions = reader.postHogOptions();
        Analytics analytics = Analytics.current();

        if (config == null) {
            flow.startMisconfigured(parser.problems(), analytics != null,
                    parser.timeoutMs());
            whenSegmentReady(analytics);
            return;
        }
        copyGroups(config.groups());
        boolean postHogOnPage = PostHog.current() != null;
        if (!postHogOnPage) {
            loadPostHog();
        }
        // The flow starts before asking Segment: a ready() may call back before it returns.
        flow.start(config.timeoutMs(), analytics != null, postHogOnPage);
        whenSegmentReady(analytics);
        if (config.spaPageviews()) {
            followNavigation();
        }
    }

    private void whenSegmentReady(Analytics analytics) {
        if (analytics != null) {
            analytics.ready(guarded(this::segmentReady));
        }
    }

    private void segmentReady() {
        if (segmentReadySeen) {
            return;
        }
        segmentReadySeen = true;
        Analytics analytics = Analytics.current();
        boolean canLink = analytics.canRegisterPlugins();
        // Even when Segment is too late to link, the site's own events still get $groups.
        if (config != null && canLink) {
            analytics.addGroupsMiddleware(groupsObject);
        }
        flow.onSegmentReady(canLink);
    }

    /**
     * Segment counts as ready once it says it is initialized, even if its ready callback
     * never came: a call queued on the snippet's stub is lost when another thread swaps the
     * stub for the library between Segment's last look at the queue and the swap (seen in
     * HtmlUnit, which runs page scripts and timers on two threads).
     */
    private void segmentTimedOut() {
        Analytics analytics = Analytics.current();
        if (!segmentReadySeen && analytics != null && analytics.isInitialized()) {
            trace("Segment is initialized but never called back: taking it as ready");
            segmentReady();
        } else {
            flow.onSegmentTimeout();
        }
    }

    private void loadPostHog() {
        String url = config.scriptUrl();
        trace("loading posthog-js from " + url);
        Page.loadScript(url, Page.nonce(Page.currentScript()),
                guarded(() -> flow.onPostHogScript(true, url)),
                guarded(() -> flow.onPostHogScript(false, url)));
    }

    private void followNavigation() {
        lastPath = Page.path();
        Page.onNavigation(guarded(() -> {
            String path = Page.path();
            String previous = lastPath;
            lastPath = path;
            flow.onNavigation(previous, path);
        }));
    }

    @Override
    public String initPostHog(boolean linked) {
        try {
            Analytics analytics = linked ? Analytics.current() : null;
            JSObject options = PostHog.initOptions(postHogOptions, config.apiHost(),
                    config.uiHost(), analytics, linked ? analytics.bootstrapIdentity() : null,
                    groupsObject, guarded(flow::onPostHogLoaded),
                    error -> report("your posthog.loaded callback threw: "
                            + JsValues.text(error)));
            PostHog postHog = PostHog.current();
            postHog.init(config.apiKey(), options);
            if (JsValues.hasKeys(groupsObject)) {
                postHog.registerGroups(groupsObject);
            }
            return null;
        } catch (RuntimeException failure) {
            return withoutJavaScriptPrefix(failure.getMessage());
        }
    }

    // TeaVM marks a JavaScript error caught in Java with this prefix; the page needs none.
    private static String withoutJavaScriptPrefix(String message) {
        String prefix = "(JavaScript) ";
        return message != null && message.startsWith(prefix)
                ? message.substring(prefix.length()) : message;
    }

    @Override
    public void sendSegmentPageview() {
        Analytics.current().page();
    }

    @Override
    public void capturePostHogPageview() {
        PostHog.current().capturePageview();
    }

    @Override
    public void scheduleSegmentTimeout(int ms) {
        Page.setTimeout(guarded(this::segmentTimedOut), ms);
    }

    @Override
    public void schedulePostHogTimeout(int ms) {
        Page.setTimeout(guarded(flow::onPostHogTimeout), ms);
    }

    @Override
    public void warn(String message) {
        Page.warn(message);
    }

    @Override
    public void error(String message) {
        Page.error(message);
    }

    @Override
    public void trace(String message) {
        if (config != null && config.debug()) {
            Page.debug(message);
        }
    }

    @Override
    public void settled(BridgeState outcome) {
        settled = true;
        JsValues.drain(onLinkedCallbacks, this::callOnLinked);
    }

    private JSObject runtimeApi(String version) {
        return RuntimeApi.create(version, this::status,
                (type, key) -> guarded(() -> group(type, key)).call(),
                callback -> guarded(() -> onLinked(callback)).call());
    }

    private JSObject status() {
        try {
            List<String> problems = flow.problems();
            return RuntimeApi.status(flow.state().label(), flow.firstPageviewSent(),
                    distinctId(), textArray(problems));
        } catch (RuntimeException e) {
            Page.error("status() failed: " + e.getMessage());
            return null;
        }
    }

    private String distinctId() {
        PostHog postHog = flow.postHogStarted() ? PostHog.current() : null;
        String fromPostHog = postHog == null ? null : postHog.distinctId();
        if (fromPostHog != null) {
            return fromPostHog;
        }
        Analytics analytics = Analytics.current();
        return analytics == null ? null : analytics.distinctId();
    }

    private void group(JSObject type, JSObject key) {
        String typeText = JsValues.typeOf(type).equals("string") ? JsValues.text(type) : null;
        String keyText = JsValues.text(key);
        String problem = Groups.check(typeText, keyText, JsValues.typeOf(key));
        if (problem != null) {
            report("group(type, key) " + problem);
            return;
        }
        JsValues.putText(groupsObject, typeText, keyText);
        if (flow.postHogStarted()) {
            PostHog.current().group(typeText, keyText);
        }
    }

    private void onLinked(JSObject callback) {
        if (!RuntimeApi.isFunction(callback)) {
            report("onLinked(callback) needs a function: got " + JsValues.typeOf(callback));
        } else if (settled) {
            callOnLinked(callback);
        } else {
            JsValues.push(onLinkedCallbacks, callback);
        }
    }

    private void callOnLinked(JSObject callback) {
        RuntimeApi.callSafely(callback, status(),
                error -> report("an onLinked callback threw: " + JsValues.text(error)));
    }

    private static JSObject textArray(List<String> texts) {
        JSObject array = JsValues.newArray();
        for (String text : texts) {
            JsValues.pushText(array, text);
        }
        return array;
    }

    private void copyGroups(Groups configured) {
        for (int i = 0; i < configured.size(); i++) {
            JsValues.putText(groupsObject, configured.type(i), configured.key(i));
        }
    }

    private void report(String message) {
        flow.problem(true, message);
    }

    /** Wraps a step the page will call back, so that no Java failure reaches the page. */
    private Callback guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (Throwable failure) {
                report("internal error, please report it: " + failure.getMessage());
            }
        };
    }
}
