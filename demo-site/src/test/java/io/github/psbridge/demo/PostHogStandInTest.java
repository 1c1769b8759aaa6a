package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostHogStandInTest {

    // What posthog-js 1.449 sends with timestampMode 'capture-body'.
    private static final String BATCH = "{\"api_key\":\"phc_x\","
            + "\"sent_at\":\"2026-01-01T00:00:00Z\",\"batch\":["
            + "{\"uuid\":\"1\",\"event\":\"$pageview\",\"properties\":{\"token\":\"phc_x\","
            + "\"distinct_id\":\"d-1\",\"$session_id\":\"s-1\"}},"
            + "{\"uuid\":\"2\",\"event\":\"clicked\",\"properties\":{\"distinct_id\":\"d-1\"}}]}";

    private final EventRecorder recorder = TestServer.get().recorder();

    @BeforeEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void recordsEachEventOfPlainJsonBatch() {
        HttpResponse<String> response =
                TestServer.post("/ph/i/v0/e/?ver=1.449.2", "application/json", BATCH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.posthog()).extracting(RecordedEvent::type)
                .containsExactly("$pageview", "clicked");
        assertThat(recorder.posthog().get(0)).satisfies(event -> {
            assertThat(event.distinctId()).isEqualTo("d-1");
            assertThat(event.sessionId()).isEqualTo("s-1");
            assertThat(event.relayed()).isFalse();
            assertThat(event.path()).isEqualTo("/ph/i/v0/e/");
        });
    }

    @Test
    void decodesGzipBodyWithoutCompressionParameter() throws IOException {
        HttpResponse<String> response = TestServer.post("/ph/e/", "text/plain", gzip(BATCH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.posthog()).hasSize(2);
    }

    @Test
    void decodesGzipBodyNamedByLegacyQueryParameter() throws IOException {
        HttpResponse<String> response =
                TestServer.post("/ph/batch/?compression=gzip-js", "text/plain", gzip(BATCH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.posthog()).hasSize(2);
    }

    @Test
    void decodesBase64FormBodyOfSendBeacon() {
        String base64 = Base64.getEncoder().encodeToString(BATCH.getBytes(StandardCharsets.UTF_8));
        String form = "data=" + URLEncoder.encode(base64, StandardCharsets.UTF_8);

        HttpResponse<String> response = TestServer.post("/ph/e/?compression=base64&_=1",
                "application/x-www-form-urlencoded", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.posthog()).hasSize(2);
    }

    @Test
    void decodesFormBodyHoldingPlainJson() {
        String form = "data=" + URLEncoder.encode(BATCH, StandardCharsets.UTF_8);

        HttpResponse<String> response =
                TestServer.post("/ph/e/", "application/x-www-form-urlencoded", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.posthog()).hasSize(2);
    }

    @Test
    void recordsSingleEventAndArrayBodies() {
        TestServer.post("/ph/capture/", "application/json",
                "{\"api_key\":\"phc_x\",\"event\":\"single\",\"distinct_id\":\"d-2\"}");
        TestServer.post("/ph/e/", "application/json",
                "[{\"event\":\"first\"},{\"event\":\"second\"}]");

        assertThat(recorder.posthog()).extracting(RecordedEvent::type)
                .containsExactly("single", "first", "second");
        assertThat(recorder.posthog().get(0).distinctId()).isEqualTo("d-2");
    }

    @Test
    void keepsRecordingsApartFromCaptures() {
        String snapshot = "[{\"event\":\"$snapshot\",\"properties\":{\"$session_id\":\"s-1\"}}]";

        HttpResponse<String> response = TestServer.post("/ph/s/", "application/json", snapshot);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorder.recordings()).singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("$snapshot"));
        assertThat(recorder.posthog()).isEmpty();
    }

    @Test
    void refusesCorruptBodiesWith400() {
        HttpResponse<String> json = TestServer.post("/ph/e/", "application/json", "{nope");
        HttpResponse<String> base64 = TestServer.post("/ph/e/?compression=base64",
                "application/x-www-form-urlencoded", "data=%%%");

        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("malformed JSON");
        assertThat(base64.statusCode()).isEqualTo(400);
    }

    @Test
    void answersFlagsInVersionTwoShape() {
        HttpResponse<String> response = TestServer.post("/ph/flags/?v=2", "application/json",
                "{\"token\":\"phc_x\",\"distinct_id\":\"d-1\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"flags\"", "\"demo-new-checkout\"",
                "\"variant\":\"friendly\"", "\"errorsWhileComputingFlags\":false");
    }

    @Test
    void servesRemoteConfigAsJsonAndScriptWithoutCompression() {
        HttpResponse<String> json = TestServer.get("/ph/array/phc_x/config");
        HttpResponse<String> script = TestServer.get("/ph/array/phc_x/config.js");

        assertThat(json.body()).contains("\"supportedCompression\":[]",
                "\"sessionRecording\":false", "\"endpoint\":\"/i/v0/e/\"");
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("window._POSTHOG_REMOTE_CONFIG", "\"phc_x\"");
    }

    @Test
    void servesPostHogScriptsAtCdnPaths() {
        HttpResponse<String> array = TestServer.get("/ph/static/array.js");
        HttpResponse<String> es5 = TestServer.get("/ph/static/array.full.es5.js");
        HttpResponse<String> lazy = TestServer.get("/ph/static/recorder.js?v=1.449.2");
        HttpResponse<String> versioned = TestServer.get("/ph/static/1.449.2/surveys.js");
        HttpResponse<String> escape = TestServer.get("/ph/static/..%2F..%2Fpom.xml");

        assertThat(array.statusCode()).isEqualTo(200);
        assertThat(array.headers().firstValue("Content-Type")).contains(
                "text/javascript; charset=utf-8");
        assertThat(es5.statusCode()).isEqualTo(200);
        assertThat(lazy.statusCode()).isEqualTo(200);
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(escape.statusCode()).isEqualTo(404);
    }

    @Test
    void answersCorsPreflight() {
        HttpResponse<String> response = TestServer.send(TestServer.request("/ph/i/v0/e/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:1234")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:1234");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("content-type");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
