package io.github.psbridge.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * Gives HtmlUnit's {@code document} a {@code visibilityState} of {@code "visible"}.
 *
 * <p>HtmlUnit 5.7 has {@code document.hidden} but no {@code visibilityState}, and posthog-js
 * holds captures back until the page reports itself visible. So every HTML page HtmlUnit
 * loads gets, first thing in its head, a same-origin script that adds the property. It is
 * served by this wrapper, not by the demo server, and {@code 'self'} lets it run under the
 * test pages' strict Content-Security-Policy.
 */
final class VisibilityShim extends WebConnectionWrapper {

    static final String PATH = "/__e2e__/visibility-shim.js";

    private static final String SCRIPT = "if (!('visibilityState' in document)) {\n"
            + "  Object.defineProperty(Document.prototype, 'visibilityState', {\n"
            + "    configurable: true,\n"
            + "    get: function () { return this.hidden ? 'hidden' : 'visible'; }\n"
            + "  });\n"
            + "}\n";

    private static final String TAG = "<script src=\"" + PATH + "\"></script>";

    VisibilityShim(WebClient client) {
        super(client);
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        if (PATH.equals(request.getUrl().getPath())) {
            return respond(request, SCRIPT, List.of(
                    new NameValuePair("Content-Type", "text/javascript; charset=utf-8")), 200);
        }
        WebResponse response = super.getResponse(request);
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return response;
        }
        String page = response.getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("(?i)<head>", "<head>" + TAG);
        return respond(request, page, withoutLength(response.getResponseHeaders()),
                response.getStatusCode());
    }

    private static WebResponse respond(WebRequest request, String body,
            List<NameValuePair> headers, int status) {
        WebResponseData data = new WebResponseData(body.getBytes(StandardCharsets.UTF_8),
                status, status == 200 ? "OK" : "", headers);
        return new WebResponse(data, request, 0);
    }

    // The body is now decoded and longer.
    private static List<NameValuePair> withoutLength(List<NameValuePair> headers) {
        List<NameValuePair> kept = new ArrayList<>();
        for (NameValuePair header : headers) {
            String name = header.getName();
            if (!name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Content-Encoding")) {
                kept.add(header);
            }
        }
        return kept;
    }
}
