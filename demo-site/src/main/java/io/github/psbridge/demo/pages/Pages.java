package io.github.psbridge.demo.pages;

import io.github.psbridge.demo.DemoOptions;
import io.github.psbridge.demo.http.ClasspathFiles;
import io.github.psbridge.demo.http.HttpProblem;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders page templates from the classpath. A template is HTML with placeholders that the
 * server fills for each response:
 * <ul>
 *   <li>{@code ${segmentWriteKey}}, {@code ${segmentCdn}} (what {@code analytics._cdn} gets);
 *   <li>{@code ${posthogKey}}, {@code ${posthogHost}} (the {@code api_host}),
 *       {@code ${posthogScriptUrl}} (posthog-js itself);
 *   <li>{@code ${bridgeUrl}}, {@code ${baseUrl}} (this server's origin as the browser sees
 *       it), {@code ${nonce}} (fresh for every response);
 *   <li>{@code ${segmentSnippet}}: Segment's loader as an inline script (nonce included),
 *       setting {@code analytics._cdn} and calling {@code analytics.load} without a page
 *       call; {@code ${posthogSnippet}}: PostHog's loader stub, whose {@code init} loads
 *       {@code ${posthogScriptUrl}} asynchronously;
 *   <li>{@code ${siteNav}}: the demo shop's header with its links to every page;
 *       {@code ${shopHead}}: what a shop page loads in its head, the bridge's tag included.
 * </ul>
 * A template whose first line is exactly {@value #CSP_MARKER} is served with a strict
 * {@code Content-Security-Policy} ({@code script-src 'nonce-…' 'self'}, no {@code eval});
 * that line is left out of the page. Every inline script of such a page needs
 * {@code nonce="${nonce}"}.
 */
public final class Pages {

    /** The first line that asks for a strict Content-Security-Policy. */
    public static final String CSP_MARKER = "<!-- demo:csp -->";

    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.html");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final Pattern CLOUD = Pattern.compile("https://(us|eu)\\.i\\.posthog\\.com");

    private final DemoOptions options;
    private final BooleanSupplier legacyPostHogBuild;
    private final SecureRandom random = new SecureRandom();
    private final ClasspathFiles snippets = new ClasspathFiles("demo-pages");

    /**
     * @param legacyPostHogBuild whether pages load posthog-js's ES5 build (for HtmlUnit)
     */
    public Pages(DemoOptions options, BooleanSupplier legacyPostHogBuild) {
        this.options = options;
        this.legacyPostHogBuild = legacyPostHogBuild;
    }

    /** Answers with the template {@code name} (e.g. {@code cart.html}) from {@code folder}. */
    public void serve(Context ctx, ClasspathFiles folder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw HttpProblem.notFound("no such page: " + name);
        }
        String template = folder.find(name)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> HttpProblem.notFound("no such page: " + name));
        Map<String, String> values = values(ctx.scheme() + "://" + ctx.host());
        if (template.startsWith(CSP_MARKER)) {
            template = template.substring(template.indexOf('\n') + 1);
            ctx.header("Content-Security-Policy", policy(values.get("nonce")));
        }
        LOG.debug("rendering page {}", name);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(render(template, values));
    }

    /** The placeholder values for a page seen at {@code origin}. */
    public Map<String, String> values(String origin) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("baseUrl", origin);
        values.put("segmentWriteKey", options.effectiveWriteKey());
        values.put("segmentCdn",
                options.realSegment() ? "https://cdn.segment.com" : origin + "/segment-cdn");
        values.put("posthogKey", options.effectivePostHogKey());
        String posthogHost = options.realPostHog() ? options.posthogHost() : origin + "/ph";
        values.put("posthogHost", posthogHost);
        values.put("posthogScriptUrl", scriptHost(posthogHost) + "/static/"
                + (legacyPostHogBuild.getAsBoolean() ? "array.full.es5.js" : "array.js"));
        values.put("bridgeUrl", origin + "/js/posthog-segment-bridge.js");
        values.put("nonce", nonce());
        values.put("segmentSnippet", snippet("_segment-snippet.html", values));
        values.put("posthogSnippet", snippet("_posthog-snippet.html", values));
        values.put("siteNav", snippet("_site-nav.html", values));
        // Rendered last: it holds the Segment snippet and the other values above.
        values.put("shopHead", snippet("_shop-head.html", values));
        return values;
    }

    /** {@code template} with each known placeholder replaced; unknown ones stay as they are. */
    static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + 256);
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    private String snippet(String name, Map<String, String> values) {
        String template = new String(snippets.find(name).orElseThrow(), StandardCharsets.UTF_8);
        return render(template.strip(), values);
    }

    // PostHog Cloud serves posthog-js from its assets host, not from the ingestion host.
    private static String scriptHost(String posthogHost) {
        Matcher cloud = CLOUD.matcher(posthogHost);
        return cloud.matches()
                ? "https://" + cloud.group(1) + "-assets.i.posthog.com" : posthogHost;
    }

    private String policy(String nonce) {
        String segment = options.realSegment()
                ? " https://cdn.segment.com https://api.segment.io" : "";
        String posthog = options.realPostHog()
                ? " " + options.posthogHost() + " " + scriptHost(options.posthogHost()) : "";
        String remote = segment + posthog;
        return "default-src 'self'; script-src 'nonce-" + nonce + "' 'self'" + remote
                + "; connect-src 'self'" + remote
                + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
