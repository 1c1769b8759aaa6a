package io.github.psbridge.demo;

import static io.github.psbridge.demo.TestServer.WRITE_KEY;
import static io.github.psbridge.demo.TestServer.postSegment;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentApiTest {

    private static final String PAGE = "{\"type\":\"page\",\"anonymousId\":\"anon-1\","
            + "\"writeKey\":\"" + WRITE_KEY + "\",\"messageId\":\"m-1\","
            + "\"properties\":{\"path\":\"/\",\"$session_id\":\"s-1\"}}";

    private final EventRecorder recorder = TestServer.get().recorder();

    @BeforeEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void recordsBrowserPageEventWithItsPath() {
        HttpResponse<String> response = postSegment("/segment-api/v1/p", PAGE, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.segment()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("page");
            assertThat(event.path()).isEqualTo("/segment-api/v1/p");
            assertThat(event.anonymousId()).isEqualTo("anon-1");
            assertThat(event.sessionId()).isEqualTo("s-1");
            assertThat(event.body().get("receivedAt")).isNotNull();
        });
    }

    @Test
    void acceptsServerSideTrackWithBasicAuthAndTypeFromPath() {
        String track = "{\"userId\":\"u-1\",\"event\":\"Order Completed\"}";

        HttpResponse<String> response = postSegment("/segment-api/v1/track", track, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.segment()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("track");
            assertThat(event.eventName()).isEqualTo("Order Completed");
            assertThat(event.distinctId()).isEqualTo("u-1");
        });
    }

    @Test
    void splitsBatchIntoOneEntryPerMessage() {
        String batch = "{\"batch\":[{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\"},"
                + "{\"type\":\"identify\",\"userId\":\"u\",\"traits\":{\"plan\":\"pro\"}},"
                + "{\"type\":\"page\",\"anonymousId\":\"a\"}]}";

        HttpResponse<String> response = postSegment("/segment-api/v1/batch", batch, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.segment()).extracting(RecordedEvent::type)
                .containsExactly("track", "identify", "page");
        assertThat(recorder.segment()).allSatisfy(
                event -> assertThat(event.path()).isEqualTo("/segment-api/v1/batch"));
    }

    @Test
    void acceptsAnalyticsJsBatchingEndpoint() {
        String batch = "{\"writeKey\":\"" + WRITE_KEY + "\",\"sentAt\":\"2026-01-01T00:00:00Z\","
                + "\"batch\":[{\"type\":\"track\",\"event\":\"A\",\"anonymousId\":\"a\"}]}";

        HttpResponse<String> response = TestServer.post("/segment-api/v1/b", "text/plain", batch);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.segment()).hasSize(1);
    }

    @Test
    void refusesWrongWriteKeyWith401AndKeepsEarlierEvents() {
        postSegment("/segment-api/v1/p", PAGE, WRITE_KEY);
        String wrongKeyInBody = PAGE.replace(WRITE_KEY, "someoneElse");

        HttpResponse<String> byBody = postSegment("/segment-api/v1/p", wrongKeyInBody, "x");
        HttpResponse<String> byHeader = postSegment("/segment-api/v1/track",
                "{\"userId\":\"u\",\"event\":\"E\"}", "someoneElse");

        assertThat(byBody.statusCode()).isEqualTo(401);
        assertThat(byHeader.statusCode()).isEqualTo(401);
        assertThat(byHeader.body()).contains("unknown write key");
        assertThat(recorder.segment()).hasSize(1);
    }

    @Test
    void refusesRequestWithoutAnyWriteKey() {
        HttpResponse<String> response = TestServer.post("/segment-api/v1/track",
                "application/json", "{\"userId\":\"u\",\"event\":\"E\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Authorization: Basic");
    }

    @Test
    void refusesMalformedJsonWith400AndSaysWhy() {
        HttpResponse<String> response = postSegment("/segment-api/v1/t", "{\"type\":", WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed JSON");
        assertThat(recorder.segment()).isEmpty();
    }

    @Test
    void refusesTrackWithoutEventNameOrUser() {
        HttpResponse<String> noName = postSegment("/segment-api/v1/track",
                "{\"userId\":\"u\"}", WRITE_KEY);
        HttpResponse<String> noUser = postSegment("/segment-api/v1/track",
                "{\"event\":\"E\"}", WRITE_KEY);

        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("event name");
        assertThat(noUser.statusCode()).isEqualTo(400);
        assertThat(noUser.body()).contains("userId or an anonymousId");
    }

    @Test
    void refusesWholeBatchWhenOneMessageIsBad() {
        String batch = "{\"batch\":[{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\"},"
                + "{\"type\":\"nonsense\",\"userId\":\"u\"}]}";

        HttpResponse<String> response = postSegment("/segment-api/v1/batch", batch, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(recorder.segment()).isEmpty();
    }

    @Test
    void refusesBodiesOverOneMibWith413AndKeepsServing() {
        postSegment("/segment-api/v1/p", PAGE, WRITE_KEY);
        String huge = "{\"type\":\"track\",\"event\":\"Big\",\"userId\":\"u\",\"properties\":"
                + "{\"blob\":\"" + "x".repeat(1024 * 1024) + "\"}}";

        HttpResponse<String> response = postSegment("/segment-api/v1/t", huge, WRITE_KEY);
        HttpResponse<String> after = postSegment("/segment-api/v1/p", PAGE, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 1048576 bytes");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(recorder.segment()).hasSize(2);
    }

    @Test
    void answersUnknownEndpointWith404() {
        HttpResponse<String> response = postSegment("/segment-api/v1/x", PAGE, WRITE_KEY);

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
