package io.github.psbridge.demo;

import static io.github.psbridge.demo.TestServer.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.psbridge.demo.http.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecorderTest {

    private final EventRecorder recorder = TestServer.get().recorder();

    @BeforeEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void keepsLatestTenThousandEventsAndCountsTheDropped() {
        HttpResponse<String> response = TestServer.postSegment("/segment-api/v1/batch",
                batchOf(EventRecorder.DEFAULT_CAPACITY + 5), WRITE_KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(recorder.segment()).hasSize(EventRecorder.DEFAULT_CAPACITY);
        assertThat(recorder.dropped(EventRecorder.Stream.SEGMENT)).isEqualTo(5);
        assertThat(recorder.dropped(EventRecorder.Stream.POSTHOG)).isEqualTo(5);
        assertThat(recorder.segment().get(0).eventName()).isEqualTo("e5");
        JsonNode events = Json.parse(TestServer.get("/_demo/events?limit=1").body()
                .getBytes(StandardCharsets.UTF_8), "test");
        assertThat(events.get("dropped").get("segment").asLong()).isEqualTo(5);
        assertThat(events.get("segment")).hasSize(1);
    }

    @Test
    void controlApiShowsDecodedEventsAndClearsThem() {
        TestServer.postSegment("/segment-api/v1/track",
                "{\"userId\":\"u\",\"event\":\"Shown\"}", WRITE_KEY);

        JsonNode events = Json.parse(TestServer.get("/_demo/events").body()
                .getBytes(StandardCharsets.UTF_8), "test");
        HttpResponse<String> cleared = TestServer.send(
                TestServer.request("/_demo/events").DELETE().build());

        JsonNode segment = events.get("segment").get(0);
        assertThat(segment.get("path").asText()).isEqualTo("/segment-api/v1/track");
        assertThat(segment.get("time").asText()).isNotBlank();
        assertThat(segment.get("body").get("event").asText()).isEqualTo("Shown");
        assertThat(events.get("posthog").get(0).get("relayed").asBoolean()).isTrue();
        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(recorder.segment()).isEmpty();
        assertThat(recorder.posthog()).isEmpty();
    }

    @Test
    void serverSideFormSendsThroughHttpApiWithBasicAuth() {
        HttpResponse<String> response = TestServer.send(TestServer.request("/_demo/server-event")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"event\":\"Subscription Renewed\",\"anonymousId\":\"a-7\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":200");
        assertThat(recorder.segment()).singleElement().satisfies(event -> {
            assertThat(event.path()).isEqualTo("/segment-api/v1/track");
            assertThat(event.eventName()).isEqualTo("Subscription Renewed");
            assertThat(event.anonymousId()).isEqualTo("a-7");
        });
        assertThat(recorder.posthog()).extracting(RecordedEvent::type)
                .containsExactly("Subscription Renewed");
    }

    @Test
    void dropsOldestWhenSmallRecorderIsFull() {
        EventRecorder small = new EventRecorder(2);
        for (String name : new String[] {"a", "b", "c"}) {
            small.add(EventRecorder.Stream.POSTHOG, event(name));
        }

        assertThat(small.posthog()).extracting(RecordedEvent::type).containsExactly("b", "c");
        assertThat(small.dropped(EventRecorder.Stream.POSTHOG)).isEqualTo(1);
    }

    private static RecordedEvent event(String name) {
        return new RecordedEvent(java.time.Instant.now(), "POST", "/ph/e/", null,
                Json.object().put("event", name), RecordedEvent.Source.POSTHOG);
    }

    private static String batchOf(int count) {
        StringBuilder batch = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < count; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"track\",\"event\":\"e").append(i)
                    .append("\",\"userId\":\"u\"}");
        }
        return batch.append("]}").toString();
    }
}
