package io.github.psbridge.e2e.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;

/** Every URL an HtmlUnit client asks for, since the last {@link #clear()}. */
final class RequestLog extends WebConnectionWrapper {

    private final List<String> urls = new ArrayList<>();

    RequestLog(WebClient client) {
        super(client);
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        synchronized (this) {
            urls.add(request.getUrl().toString());
        }
        return super.getResponse(request);
    }

    synchronized List<String> urls() {
        return List.copyOf(urls);
    }

    synchronized void clear() {
        urls.clear();
    }
}
