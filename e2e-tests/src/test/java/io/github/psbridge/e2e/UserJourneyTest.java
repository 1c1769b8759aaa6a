package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import io.github.psbridge.e2e.support.Wait;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scenario 7: what a visitor does after the first pageview stays linked on both sides. */
class UserJourneyTest extends E2eTest {

    @EachBrowser
    void makesTheUserIdPostHogsDistinctIdAfterIdentify(BrowserKind kind) {
        BridgePage page = linkedPage(kind, TestPages.byAttributes());

        page.identify("user-42");
        page.track("After Login");
        settleSegment(page);

        assertThat(page.postHogDistinctId()).isEqualTo("user-42");
        RecordedEvent track = received.segmentTrack("After Login").get(0);
        assertThat(track.userId()).isEqualTo("user-42");
        assertThat(track.sessionId()).isEqualTo(page.postHogSessionId());
        assertThat(received.relayed("After Login")).singleElement()
                .extracting(RecordedEvent::distinctId).isEqualTo("user-42");
    }

    @EachBrowser
    void givesBothSidesANewAnonymousIdAfterReset(BrowserKind kind) {
        BridgePage page = linkedPage(kind, TestPages.byAttributes());
        page.identify("user-42");
        String before = page.segmentAnonymousId();

        page.reset();
        page.track("After Logout");
        settleSegment(page);

        RecordedEvent track = received.segmentTrack("After Logout").get(0);
        assertThat(track.userId()).isNull();
        assertThat(track.anonymousId()).isNotEqualTo(before);
        assertThat(page.postHogDistinctId()).isEqualTo(track.anonymousId());
    }

    @EachBrowser
    void putsConfiguredAndLaterGroupsOnEveryLaterEvent(BrowserKind kind) {
        BridgePage page = linkedPage(kind,
                TestPages.configured(Map.of("groups", Map.of("company", "acme"))));

        page.group("team", "blue");
        page.track("After Group");
        settleSegment(page);
        settlePostHog(page);

        Map<String, String> both = Map.of("company", "acme", "team", "blue");
        assertThat(groups(received.segment("page").get(0))).isEqualTo(Map.of("company", "acme"));
        assertThat(groups(received.segmentTrack("After Group").get(0))).isEqualTo(both);
        assertThat(groups(received.relayed("After Group").get(0))).isEqualTo(both);
        assertThat(groups(received.direct(DONE).get(0))).isEqualTo(both);
    }

    @EachBrowser
    void sendsOnePageviewPerPathChangeInASinglePageApp(BrowserKind kind) {
        BridgePage page = linkedPage(kind, TestPages.configured(Map.of("spaPageviews", true)));

        page.pushState("/test/app/reports");
        page.pushState("/test/app/reports?tab=2");
        page.pushState("/test/app/settings");
        Wait.until("three Segment page events", () -> received.segment("page"),
                pages -> pages.size() >= 3);
        settleSegment(page);

        List<String> paths = received.segment("page").stream()
                .map(pageview -> pageview.properties().path("path").asText()).toList();
        assertThat(paths).containsExactly("/test/configured.html", "/test/app/reports",
                "/test/app/settings");
    }

    private BridgePage linkedPage(BrowserKind kind, String path) {
        BridgePage page = visit(kind, path);
        assertThat(page.awaitSettled().state()).isEqualTo("linked");
        awaitSegmentPageview();
        return page;
    }

    private static Map<String, String> groups(RecordedEvent event) {
        JsonNode groups = event.properties().path("$groups");
        Map<String, String> byType = new TreeMap<>();
        groups.fields().forEachRemaining(field -> byType.put(field.getKey(),
                field.getValue().asText()));
        return byType;
    }
}
