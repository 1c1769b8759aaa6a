package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The stand-ins serve the libraries gzipped, as the CDNs they stand in for do. */
class CompressionTest {

    private static final String LIBRARY = "/ph/static/array.js";

    @Test
    void gzipsLibraryForBrowserThatTakesIt() {
        byte[] plain = fetch(LIBRARY, null).body();

        HttpResponse<byte[]> response = fetch(LIBRARY, "gzip, deflate, br, zstd");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(response.body()).hasSizeLessThan(plain.length / 2);
        assertThat(gunzip(response.body())).isEqualTo(plain);
    }

    @Test
    void sendsPlainFileWhenGzipIsNotAccepted() {
        HttpResponse<byte[]> refused = fetch(LIBRARY, "gzip;q=0, br");
        HttpResponse<byte[]> unasked = fetch(LIBRARY, null);

        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(unasked.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(unasked.body(), StandardCharsets.UTF_8))
                .contains("posthog");
    }

    private static HttpResponse<byte[]> fetch(String path, String acceptEncoding) {
        HttpRequest.Builder request = TestServer.request(path).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            HttpResponse<byte[]> response = TestServer.client()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
