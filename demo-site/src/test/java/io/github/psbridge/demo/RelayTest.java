package io.github.psbridge.demo;

import static io.github.psbridge.demo.TestServer.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayTest {

    private static final String CONTEXT = "\"context\":{\"page\":{\"url\":\"http://shop/cart\","
            + "\"path\":\"/cart\",\"referrer\":\"http://shop/\"},\"library\":{\"name\":\"ajs\"},"
            + "\"campaign\":{\"name\":\"spring\",\"source\":\"mail\"}}";

    @BeforeEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void relaysPageAsPageviewKeepingPostHogEnrichment() {
        RecordedEvent relayed = relay("{\"type\":\"page\",\"anonymousId\":\"a-1\","
                + "\"messageId\":\"m-1\",\"timestamp\":\"2026-01-01T00:00:00Z\","
                + "\"properties\":{\"url\":\"http://shop/cart\",\"$session_id\":\"s-1\","
                + "\"$window_id\":\"w-1\",\"$groups\":{\"company\":\"acme\"}}," + CONTEXT + "}");

        assertThat(relayed.type()).isEqualTo("$pageview");
        assertThat(relayed.relayed()).isTrue();
        assertThat(relayed.distinctId()).isEqualTo("a-1");
        assertThat(relayed.sessionId()).isEqualTo("s-1");
        JsonNode properties = relayed.properties();
        assertThat(properties.get("$window_id").asText()).isEqualTo("w-1");
        assertThat(properties.get("$current_url").asText()).isEqualTo("http://shop/cart");
        assertThat(properties.get("$pathname").asText()).isEqualTo("/cart");
        assertThat(properties.get("$referrer").asText()).isEqualTo("http://shop/");
        assertThat(properties.get("utm_campaign").asText()).isEqualTo("spring");
        assertThat(properties.get("utm_source").asText()).isEqualTo("mail");
        assertThat(properties.get("$groups").get("company").asText()).isEqualTo("acme");
        assertThat(properties.get("segment_library").get("name").asText()).isEqualTo("ajs");
        assertThat(properties.get("$lib").asText()).isEqualTo("Segment");
        assertThat(relayed.body().get("timestamp").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void relaysTrackUnderItsNameAndUserIdFirst() {
        RecordedEvent relayed = relay("{\"type\":\"track\",\"event\":\"Product Added\","
                + "\"userId\":\"u-1\",\"anonymousId\":\"a-1\",\"properties\":{\"price\":12}}");

        assertThat(relayed.type()).isEqualTo("Product Added");
        assertThat(relayed.distinctId()).isEqualTo("u-1");
        assertThat(relayed.properties().get("price").asInt()).isEqualTo(12);
    }

    @Test
    void relaysIdentifyWithSetAndAnonymousId() {
        RecordedEvent relayed = relay("{\"type\":\"identify\",\"userId\":\"u-1\","
                + "\"anonymousId\":\"a-1\",\"traits\":{\"email\":\"ada@example.com\"}}");

        assertThat(relayed.type()).isEqualTo("$identify");
        assertThat(relayed.distinctId()).isEqualTo("u-1");
        assertThat(relayed.anonymousId()).isEqualTo("a-1");
        assertThat(relayed.properties().get("$set").get("email").asText())
                .isEqualTo("ada@example.com");
    }

    @Test
    void relaysAnonymousIdentifyAsSet() {
        RecordedEvent relayed = relay("{\"type\":\"identify\",\"anonymousId\":\"a-1\","
                + "\"traits\":{\"plan\":\"pro\"}}");

        assertThat(relayed.type()).isEqualTo("$set");
        assertThat(relayed.distinctId()).isEqualTo("a-1");
    }

    @Test
    void relaysGroupAsGroupIdentify() {
        RecordedEvent relayed = relay("{\"type\":\"group\",\"userId\":\"u-1\","
                + "\"groupId\":\"acme\",\"traits\":{\"name\":\"Acme Inc\"}}");

        assertThat(relayed.type()).isEqualTo("$groupidentify");
        JsonNode properties = relayed.properties();
        assertThat(properties.get("$group_type").asText()).isEqualTo("segment_group");
        assertThat(properties.get("$group_key").asText()).isEqualTo("acme");
        assertThat(properties.get("$group_set").get("name").asText()).isEqualTo("Acme Inc");
    }

    @Test
    void relaysAliasAsCreateAlias() {
        RecordedEvent relayed = relay("{\"type\":\"alias\",\"userId\":\"u-2\","
                + "\"previousId\":\"u-1\"}");

        assertThat(relayed.type()).isEqualTo("$create_alias");
        assertThat(relayed.distinctId()).isEqualTo("u-2");
        assertThat(relayed.properties().get("alias").asText()).isEqualTo("u-1");
    }

    @Test
    void relaysScreenWithItsName() {
        RecordedEvent relayed = relay("{\"type\":\"screen\",\"name\":\"Settings\","
                + "\"anonymousId\":\"a-1\"}");

        assertThat(relayed.type()).isEqualTo("$screen");
        assertThat(relayed.properties().get("$screen_name").asText()).isEqualTo("Settings");
    }

    @Test
    void givesRetriedMessageTheSameUuid() {
        String track =
                "{\"type\":\"track\",\"event\":\"E\",\"userId\":\"u\",\"messageId\":\"m-9\"}";

        TestServer.postSegment("/segment-api/v1/t", track, WRITE_KEY);
        TestServer.postSegment("/segment-api/v1/t", track, WRITE_KEY);

        assertThat(TestServer.get().recorder().posthog())
                .extracting(event -> event.body().get("uuid").asText())
                .hasSize(2).containsOnly(TestServer.get().recorder().posthog().get(0)
                        .body().get("uuid").asText());
    }

    private static RecordedEvent relay(String message) {
        var response = TestServer.postSegment("/segment-api/v1/batch",
                "{\"batch\":[" + message + "]}", WRITE_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<RecordedEvent> relayed = TestServer.get().recorder().posthog();
        assertThat(relayed).hasSize(1);
        return relayed.get(0);
    }
}
