package io.github.psbridge.e2e.support;

import io.github.psbridge.demo.DemoServer;

/** The browsers every scenario runs in. */
public enum BrowserKind {

    /** Debian's Chromium, headless, through chromedriver. */
    CHROMIUM {
        @Override
        Browser open(DemoServer server) {
            server.useLegacyPostHogBuild(false);
            return new ChromiumBrowser();
        }
    },

    /** HtmlUnit, which needs posthog-js's ES5 build. */
    HTMLUNIT {
        @Override
        Browser open(DemoServer server) {
            server.useLegacyPostHogBuild(true);
            return new HtmlUnitBrowser();
        }
    };

    /** A new browser with a fresh profile; pages then get the posthog-js build it runs. */
    abstract Browser open(DemoServer server);
}
