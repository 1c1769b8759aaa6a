package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.DEFAULT_SCRIPT_URL;
import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** groups, group(), spaPageviews and debug. */
class OptionsTest extends BrowserTest {
    private static final String COMPANY = "{\"company\":\"c1\"}";

    @Test
    void putsConfiguredGroupsOnEverySegmentEvent() {
        load(linking().config("{ groups: { company: 'c1' } }"));

        browser.run("analytics.track('Clicked')");

        assertThat(browser.json("segmentEvents.map(e => e.properties.$groups)"))
                .isEqualTo("[" + COMPANY + "," + COMPANY + "]");
    }

    @Test
    void putsGroupsOnSegmentEventsEvenWhenSegmentWasTooLateToLink() {
        load(linking().config("{ groups: { company: 'c1' } }")
                .segmentReadyAfter(TestPage.TIMEOUT_MS * 2));

        browser.run("analytics.track('Clicked')");

        assertThat(status("state")).isEqualTo("\"posthog-only\"");
        assertThat(browser.json("segmentEvents.map(e => e.properties.$groups)"))
                .isEqualTo("[" + COMPANY + "]");
    }

    @Test
    void readsGroupsFromTheDataAttributeAsJson() {
        load(linking().attribute("data-groups", COMPANY));

        assertThat(browser.json("segmentEvents[0].properties.$groups")).isEqualTo(COMPANY);
    }

    @Test
    void registersConfiguredGroupsWithPostHogRightAfterInit() {
        load(linking().config("{ groups: { company: 'c1' } }"));

        assertThat(browser.calls()).containsSubsequence("posthog.init",
                "posthog.register {\"$groups\":" + COMPANY + "}", "posthog.loaded");
    }

    @Test
    void putsGroupsOnPostHogsOwnEvents() {
        load(linking().config("{ groups: { company: 'c1' } }"));

        browser.run("posthog.capture('Signed up')");

        assertThat(browser.json("posthogEvents[0].properties.$groups")).isEqualTo(COMPANY);
    }

    @Test
    void runsThePagesBeforeSendAfterAddingGroups() {
        load(linking().config("{ groups: { company: 'c1' }, posthog: { before_send: "
                + "function (e) { e.properties.seen = e.properties.$groups; return e; } } }"));

        browser.run("posthog.capture('Signed up')");

        assertThat(browser.json("posthogEvents[0].properties.seen")).isEqualTo(COMPANY);
    }

    @Test
    void letsAnEventKeepItsOwnGroups() {
        load(linking().config("{ groups: { company: 'c1', team: 't1' } }"));

        browser.run("analytics.track('Moved', { $groups: { company: 'c2' } })");

        assertThat(browser.json("segmentEvents[1].properties.$groups"))
                .isEqualTo("{\"company\":\"c2\",\"team\":\"t1\"}");
    }

    @Test
    void addsAGroupToLaterEventsInBothTools() {
        load(linking());

        browser.run("posthogSegmentBridge.group('company', 42);"
                + " analytics.track('Clicked'); posthog.capture('Signed up');");

        assertThat(browser.calls()).containsSubsequence("analytics.page",
                "posthog.group company 42", "analytics.track", "posthog.capture Signed up");
        assertThat(browser.json("segmentEvents.map(e => e.properties.$groups)"))
                .isEqualTo("[null,{\"company\":\"42\"}]");
        assertThat(browser.json("posthogEvents[0].properties.$groups"))
                .isEqualTo("{\"company\":\"42\"}");
    }

    @Test
    void keepsAGroupSetBeforePostHogStarts() {
        load(linking().scriptAfterBridge("posthogSegmentBridge.group('company', 'c1');"));

        assertThat(browser.calls()).doesNotContain("posthog.group company c1")
                .contains("posthog.register {\"$groups\":" + COMPANY + "}");
        assertThat(browser.json("segmentEvents[0].properties.$groups")).isEqualTo(COMPANY);
    }

    @Test
    void refusesABadGroupWithoutThrowing() {
        load(linking());

        browser.run("posthogSegmentBridge.group('', 'c1');"
                + " posthogSegmentBridge.group('company');");

        assertThat(browser.console().errors()).containsExactly(
                ConsoleLog.PREFIX + "group(type, key) needs a group type, like \"company\".",
                ConsoleLog.PREFIX + "group(type, key) must have a non-empty string key: "
                        + "got undefined.");
        assertThat(browser.calls()).noneMatch(call -> call.startsWith("posthog.group"));
    }

    @Test
    void sendsAPageviewForEachNewPathOfASinglePageApp() {
        load(linking().attribute("data-spa-pageviews", "true"));

        browser.run("history.pushState({}, '', '/pricing');"
                + " history.replaceState({}, '', '/pricing?plan=pro');"
                + " history.pushState({}, '', '/pricing#faq');"
                + " history.replaceState({}, '', '/cart');");

        assertThat(browser.calls()).filteredOn("analytics.page"::equals).hasSize(3);
    }

    @Test
    void sendsAPageviewWhenTheUserGoesBack() {
        load(linking().attribute("data-spa-pageviews", ""));
        browser.run("history.pushState({}, '', '/pricing')");

        browser.run("history.back()");
        browser.settle();

        assertThat(browser.calls()).filteredOn("analytics.page"::equals).hasSize(3);
        assertThat(browser.run("location.pathname")).isEqualTo("/");
    }

    @Test
    void leavesSinglePageAppNavigationAloneByDefault() {
        load(linking());

        browser.run("history.pushState({}, '', '/pricing')");

        assertThat(browser.calls()).filteredOn("analytics.page"::equals).hasSize(1);
    }

    @Test
    void tracesEachStepWhenDebugging() {
        load(linking().attribute("data-debug", "true"));

        assertThat(browser.console().debug()).allMatch(line -> line.startsWith(ConsoleLog.PREFIX))
                .contains(ConsoleLog.PREFIX + "loading posthog-js from " + DEFAULT_SCRIPT_URL,
                        ConsoleLog.PREFIX + "posthog.init with Segment",
                        ConsoleLog.PREFIX + "analytics.page()");
        assertThat(browser.console().warnings()).isEmpty();
        assertThat(browser.console().errors()).isEmpty();
    }
}
