package io.github.psbridge.bridge.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, event by event, when to start PostHog and when to send the first pageview, so
 * that a page load sends exactly one, enriched by PostHog whenever PostHog makes it in
 * time. Plain Java: the browser layer feeds it what happens and carries out its
 * {@link Effects}.
 */
public final class Flow {
    private final Effects effects;
    private final List<String> problems = new ArrayList<>();

    private BridgeState state = BridgeState.WAITING_FOR_SEGMENT;
    private int timeoutMs;
    private boolean segmentReady;
    private boolean postHogAvailable;
    private boolean postHogFailed;
    private boolean postHogStarted;
    private boolean linkedInit;
    private boolean firstPageviewSent;
    private boolean settled;

    public Flow(Effects effects) {
        this.effects = effects;
    }

    /**
     * Config unusable: PostHog stays off, Segment still gets its pageview when ready. The
     * Segment timeout still runs, so the browser layer can catch a lost ready callback.
     */
    public void startMisconfigured(List<String> configProblems, boolean segmentOnPage,
            int timeoutMs) {
        problems.addAll(configProblems);
        state = BridgeState.MISCONFIGURED;
        StringBuilder message = new StringBuilder("misconfigured, PostHog stays off:");
        for (String problem : configProblems) {
            message.append(' ').append(problem);
        }
        effects.error(message.toString());
        if (segmentOnPage) {
            effects.scheduleSegmentTimeout(timeoutMs);
        }
        settle();
    }

    /**
     * Config usable. {@code postHogOnPage} says posthog-js is already there (the page's own
     * copy); otherwise the browser layer reports its script with {@link #onPostHogScript}.
     */
    public void start(int timeoutMs, boolean segmentOnPage, boolean postHogOnPage) {
        this.timeoutMs = timeoutMs;
        postHogAvailable = postHogOnPage;
        if (segmentOnPage) {
            effects.trace("waiting for Segment");
            effects.scheduleSegmentTimeout(timeoutMs);
            return;
        }
        problem(true, "window.analytics is missing: add Segment's snippet with "
                + "analytics.load(...) before the bridge's script tag. PostHog runs alone.");
        runPostHogAlone();
    }

    /**
     * Segment's {@code analytics.ready} fired; {@code canLink} is false for classic
     * analytics.js.
     */
    public void onSegmentReady(boolean canLink) {
        if (state == BridgeState.MISCONFIGURED) {
            sendSegmentPageview();
            return;
        }
        if (state != BridgeState.WAITING_FOR_SEGMENT) {
            effects.trace("Segment ready too late to link");
            return;
        }
        effects.trace("Segment ready");
        if (!canLink) {
            problem(true, "this analytics.js cannot take plugins (no analytics.register): "
                    + "use Segment's analytics.js 2.0 to link PostHog.");
            fallBackToSegment();
            return;
        }
        // Only a Segment that takes plugins counts: posthog.init throws on classic analytics.js.
        segmentReady = true;
        state = BridgeState.LOADING_POSTHOG;
        effects.schedulePostHogTimeout(timeoutMs);
        if (postHogFailed) {
            fallBackToSegment();
        } else if (postHogAvailable) {
            startPostHog(true);
        }
    }

    /** posthog-js's script tag loaded ({@code ok}) or failed. */
    public void onPostHogScript(boolean ok, String url) {
        if (!ok) {
            postHogFailed = true;
            problem(false, "posthog-js did not load from " + url
                    + "; is it blocked? Segment goes on without it.");
            if (state == BridgeState.LOADING_POSTHOG) {
                fallBackToSegment();
            } else if (state == BridgeState.POSTHOG_ONLY) {
                settle();
            }
            return;
        }
        postHogAvailable = true;
        effects.trace("posthog-js loaded");
        if (segmentReady) {
            startPostHog(true);
        } else if (state == BridgeState.POSTHOG_ONLY) {
            startPostHog(false);
        }
    }

    /** PostHog's {@code loaded} callback ran: with Segment, it has attached itself by now. */
    public void onPostHogLoaded() {
        effects.trace("PostHog loaded");
        if (!firstPageviewSent) {
            if (linkedInit) {
                sendSegmentPageview();
            } else {
                firstPageviewSent = true;
                effects.capturePostHogPageview();
            }
        }
        state = linkedInit ? BridgeState.LINKED : BridgeState.POSTHOG_ONLY;
        settle();
    }

    public void onSegmentTimeout() {
        if (state != BridgeState.WAITING_FOR_SEGMENT) {
            return;
        }
        problem(false, "Segment was not ready within " + timeoutMs
                + " ms; is it blocked? PostHog runs alone and captures the pageview.");
        runPostHogAlone();
    }

    public void onPostHogTimeout() {
        if (state != BridgeState.LOADING_POSTHOG || firstPageviewSent) {
            return;
        }
        problem(false, "PostHog did not load within " + timeoutMs
                + " ms: the pageview goes to Segment without PostHog's properties.");
        fallBackToSegment();
    }

    /**
     * A single-page app changed its URL. Sends a pageview when the path differs, once the
     * first pageview is out.
     */
    public void onNavigation(String oldPath, String newPath) {
        if (!firstPageviewSent || oldPath.equals(newPath)) {
            return;
        }
        if (state == BridgeState.POSTHOG_ONLY) {
            effects.capturePostHogPageview();
        } else {
            effects.sendSegmentPageview();
        }
    }

    public BridgeState state() {
        return state;
    }

    public boolean firstPageviewSent() {
        return firstPageviewSent;
    }

    /** Whether PostHog was told to start, so its API may be used. */
    public boolean postHogStarted() {
        return postHogStarted;
    }

    /** Messages logged so far. */
    public List<String> problems() {
        return problems;
    }

    /** Logs a problem the page should hear about, once; errors are for the page's author. */
    public void problem(boolean isError, String message) {
        problems.add(message);
        if (isError) {
            effects.error(message);
        } else {
            effects.warn(message);
        }
    }

    private void runPostHogAlone() {
        state = BridgeState.POSTHOG_ONLY;
        if (postHogAvailable) {
            startPostHog(false);
        } else if (postHogFailed) {
            settle();
        }
    }

    private void startPostHog(boolean linked) {
        if (postHogStarted) {
            return;
        }
        postHogStarted = true;
        linkedInit = linked;
        effects.trace(linked ? "posthog.init with Segment" : "posthog.init alone");
        String failure = effects.initPostHog(linked);
        if (failure == null) {
            return;
        }
        problem(true, "posthog.init threw " + failure + "; check the posthog options.");
        if (linked) {
            fallBackToSegment();
        } else {
            settle();
        }
    }

    private void fallBackToSegment() {
        state = BridgeState.SEGMENT_ONLY;
        sendSegmentPageview();
        settle();
    }

    private void sendSegmentPageview() {
        if (firstPageviewSent) {
            return;
        }
        firstPageviewSent = true;
        effects.trace("analytics.page()");
        effects.sendSegmentPageview();
    }

    private void settle() {
        if (!settled) {
            settled = true;
            effects.settled(state);
        }
    }
}
