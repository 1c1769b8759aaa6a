package io.github.psbridge.bridge.core;

/**
 * Decides, event by event, when to start PostHog and when to send the first pageview, so
 * that a page load sends exactly one, enriched by PostHog whenever PostHog makes it in
 * time. Plain Java: the browser layer feeds it what happens and carries out its
 * {@link Effects}.
 */
public final class Flow {
    private final Effects effects;

    private int state = State.WAITING_FOR_SEGMENT;
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
     *
     * @param configProblems what {@link ConfigParser#summary()} said
     */
    public void startMisconfigured(String configProblems, boolean segmentOnPage,
            int timeoutMs) {
        state = State.MISCONFIGURED;
        effects.error("misconfigured, PostHog stays off: " + configProblems);
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
        effects.problem(true, "window.analytics is missing: add Segment's snippet with "
                + "analytics.load(...) before the bridge's script tag. PostHog runs alone.");
        runPostHogAlone();
    }

    /**
     * Segment's {@code analytics.ready} fired; {@code canLink} is false for classic
     * analytics.js.
     */
    public void onSegmentReady(boolean canLink) {
        if (state == State.MISCONFIGURED) {
            sendSegmentPageview();
            return;
        }
        if (state != State.WAITING_FOR_SEGMENT) {
            effects.trace("Segment ready too late to link");
            return;
        }
        effects.trace("Segment ready");
        if (!canLink) {
            effects.problem(true, "this analytics.js cannot take plugins"
                    + " (no analytics.register): use Segment's analytics.js 2.0 to link PostHog.");
            fallBackToSegment();
            return;
        }
        // Only a Segment that takes plugins counts: posthog.init throws on classic analytics.js.
        segmentReady = true;
        state = State.LOADING_POSTHOG;
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
            effects.problem(false, "posthog-js did not load from " + url
                    + "; is it blocked? Segment goes on without it.");
            if (state == State.LOADING_POSTHOG) {
                fallBackToSegment();
            } else if (state == State.POSTHOG_ONLY) {
                settle();
            }
            return;
        }
        postHogAvailable = true;
        effects.trace("posthog-js loaded");
        if (segmentReady) {
            startPostHog(true);
        } else if (state == State.POSTHOG_ONLY) {
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
        state = linkedInit ? State.LINKED : State.POSTHOG_ONLY;
        settle();
    }

    public void onSegmentTimeout() {
        if (state != State.WAITING_FOR_SEGMENT) {
            return;
        }
        effects.problem(false, "Segment was not ready within " + decimal(timeoutMs)
                + " ms; is it blocked? PostHog runs alone and captures the pageview.");
        runPostHogAlone();
    }

    public void onPostHogTimeout() {
        if (state != State.LOADING_POSTHOG || firstPageviewSent) {
            return;
        }
        effects.problem(false, "PostHog did not load within " + decimal(timeoutMs)
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
        if (state == State.POSTHOG_ONLY) {
            effects.capturePostHogPageview();
        } else {
            effects.sendSegmentPageview();
        }
    }

    /** The {@link State} now. */
    public int state() {
        return state;
    }

    public boolean firstPageviewSent() {
        return firstPageviewSent;
    }

    /** Whether PostHog was told to start, so its API may be used. */
    public boolean postHogStarted() {
        return postHogStarted;
    }

    private void runPostHogAlone() {
        state = State.POSTHOG_ONLY;
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
        effects.problem(true, "posthog.init threw " + failure
                + "; check the posthog options.");
        if (linked) {
            fallBackToSegment();
        } else {
            settle();
        }
    }

    private void fallBackToSegment() {
        state = State.SEGMENT_ONLY;
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

    // Milliseconds as text, by hand: TeaVM's own int-to-text code would cost the script
    // about 300 bytes gzipped for the two messages that need it.
    static String decimal(int value) {
        int last = value % 10;
        String digit = "0123456789".substring(last, last + 1);
        return value < 10 ? digit : decimal(value / 10) + digit;
    }
}
