package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.DemoOptions;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.e2e.support.Backend;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.Wait;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 8: an event a backend sends to Segment's HTTP API reaches PostHog under
 * PostHog's names. No browser takes part, so it runs once rather than once per browser.
 */
class ServerSideEventTest extends E2eTest {

    @Test
    void relaysABackendTrackEventToPostHogWithItsNameAndProperties() {
        Backend backend = new Backend(server.baseUrl(), DemoOptions.DEMO_WRITE_KEY);

        backend.track("user-7", "Subscription Renewed", Map.of("plan", "pro", "seats", 5));

        RecordedEvent event = Wait.until("PostHog to receive the relayed event",
                () -> received.relayed("Subscription Renewed"), list -> !list.isEmpty()).get(0);
        assertThat(event.distinctId()).isEqualTo("user-7");
        assertThat(event.properties().path("plan").asText()).isEqualTo("pro");
        assertThat(event.properties().path("seats").asInt()).isEqualTo(5);
        assertThat(event.properties().path("$lib").asText()).isEqualTo("Segment");
        assertThat(received.segmentTrack("Subscription Renewed")).hasSize(1);
    }
}
