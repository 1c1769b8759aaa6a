package io.github.psbridge.bridge.browser;

import io.github.psbridge.bridge.BridgeConfig;
import io.github.psbridge.bridge.core.ConfigParser;
import io.github.psbridge.bridge.core.Effects;
import io.github.psbridge.bridge.core.Flow;
import io.github.psbridge.bridge.core.Groups;
import io.github.psbridge.bridge.core.State;
import io.github.psbridge.bridge.js.Analytics;
import io.github.psbridge.bridge.js.JsValues;
import io.github.psbridge.bridge.js.Page;
import io.github.psbridge.bridge.js.PostHog;
import io.github.psbridge.bridge.js.RuntimeApi;
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
    private final JSObject groups = JsValues.newObject();
    private final JSObject problems = JsValues.newArray();
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
        Page.setGlobal(API_GLOBAL, RuntimeApi.create(version, bridge.step(Step.STATUS),
                bridge.step(Step.GROUP), bridge.step(Step.ON_LINKED)));
        bridge.start();
    }

    /** What every {@link Step} calls: one guard for all of them. */
    JSObject handle(int event, JSObject first, JSObject second) {
        try {
            switch (event) {
                case Step.SEGMENT_READY -> segmentReady();
                case Step.SEGMENT_TIMEOUT -> segmentTimedOut();
                case Step.POSTHOG_SCRIPT_LOADED -> flow.onPostHogScript(true, config.scriptUrl());
                case Step.POSTHOG_SCRIPT_FAILED -> flow.onPostHogScript(false, config.scriptUrl());
                case Step.POSTHOG_LOADED -> flow.onPostHogLoaded();
                case Step.POSTHOG_TIMEOUT -> flow.onPostHogTimeout();
                case Step.NAVIGATION -> navigated();
                case Step.STATUS -> {
                    return status();
                }
                case Step.GROUP -> group(first, second);
                case Step.ON_LINKED -> onLinked(first);
                case Step.CALL_ON_LINKED -> callOnLinked(first);
                case Step.LOADED_CALLBACK_THREW ->
                    report("your posthog.loaded callback threw: " + JsValues.text(first));
                case Step.ON_LINKED_CALLBACK_THREW ->
                    report("an onLinked callback threw: " + JsValues.text(first));
            }
        } catch (Throwable failure) {
            report("internal error, please report it: " + failure.getMessage());
        }
        return null;
    }

    private void start() {
        ConfigReader reader = new ConfigReader(Page.global(ConfigReader.CONFIG_GLOBAL),
                Page.currentScript());
        ConfigParser parser = new ConfigParser(problem -> JsValues.pushText(problems, problem));
        config = parser.parse(reader);
        postHogOptions = reader.postHogOptions();
        Analytics analytics = Analytics.current();

        if (config == null) {
            flow.startMisconfigured(parser.summary(), analytics != null, parser.timeoutMs());
            whenSegmentReady(analytics);
            return;
        }
        JsValues.copyGroups(reader.groupsObject(), groups);
        boolean postHogOnPage = PostHog.current() != null;
        if (!postHogOnPage) {
            loadPostHog();
        }
        // The flow starts before asking Segment: a ready() may call back before it returns.
        flow.start(config.timeoutMs(), analytics != null, postHogOnPage);
        whenSegmentReady(analytics);
        if (config.spaPageviews()) {
            lastPath = Page.path();
            Page.onNavigation(step(Step.NAVIGATION));
        }
    }

    private void whenSegmentReady(Analytics analytics) {
        if (analytics != null) {
            analytics.ready(step(Step.SEGMENT_READY));
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
            analytics.addGroupsMiddleware(groups);
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
                step(Step.POSTHOG_SCRIPT_LOADED), step(Step.POSTHOG_SCRIPT_FAILED));
    }

    private void navigated() {
        String path = Page.path();
        String previous = lastPath;
        lastPath = path;
        flow.onNavigation(previous, path);
    }

    @Override
    public String initPostHog(boolean linked) {
        Analytics analytics = linked ? Analytics.current() : null;
        PostHog postHog = PostHog.current();
        String failure = postHog.init(config.apiKey(), postHogOptions, config.apiHost(),
                config.uiHost(), analytics, linked ? analytics.bootstrapIdentity() : null,
                groups, step(Step.POSTHOG_LOADED), step(Step.LOADED_CALLBACK_THREW));
        if (failure == null && JsValues.hasKeys(groups)) {
            postHog.registerGroups(groups);
        }
        return failure;
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
        Page.setTimeout(step(Step.SEGMENT_TIMEOUT), ms);
    }

    @Override
    public void schedulePostHogTimeout(int ms) {
        Page.setTimeout(step(Step.POSTHOG_TIMEOUT), ms);
    }

    @Override
    public void problem(boolean isError, String message) {
        JsValues.pushText(problems, message);
        Page.log(isError ? "error" : "warn", message);
    }

    @Override
    public void error(String message) {
        Page.log("error", message);
    }

    @Override
    public void trace(String message) {
        if (config != null && config.debug()) {
            Page.log("debug", message);
        }
    }

    @Override
    public void settled(int outcome) {
        settled = true;
        JsValues.drain(onLinkedCallbacks, step(Step.CALL_ON_LINKED));
    }

    private JSObject status() {
        return RuntimeApi.status(State.label(flow.state()), flow.firstPageviewSent(),
                distinctId(), problems);
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
        JsValues.putText(groups, typeText, keyText);
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
        RuntimeApi.callSafely(callback, status(), step(Step.ON_LINKED_CALLBACK_THREW));
    }

    private void report(String message) {
        problem(true, message);
    }

    private Step step(int event) {
        return new Step(this, event);
    }
}
