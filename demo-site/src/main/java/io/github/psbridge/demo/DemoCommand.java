package io.github.psbridge.demo;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of {@code java -jar demo-site.jar}. */
@Command(name = "demo-site", mixinStandardHelpOptions = true,
        description = "Runs the posthog-segment-bridge demo site with offline stand-ins for"
                + " Segment and PostHog, or with the real services when given keys.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--segment-write-key",
            description = "A real Segment write key: pages load the real analytics.js.")
    String segmentWriteKey;

    @Option(names = "--posthog-key",
            description = "A real PostHog project key (phc_...): pages send to real PostHog.")
    String posthogKey;

    @Option(names = "--posthog-host",
            description = "The real PostHog API host (default: " + DemoOptions.POSTHOG_US + ").")
    String posthogHost;

    @Override
    public Integer call() {
        DemoServer server = DemoServer.start(options());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "demo-site-stop"));
        System.out.println("Demo site: " + server.baseUrl() + "/   inspector: "
                + server.baseUrl() + "/inspector.html   (Ctrl-C stops it)");
        return 0;
    }

    // Bad settings are usage errors: picocli prints the message and the usage, no stack trace.
    private DemoOptions options() {
        try {
            return DemoOptions.builder().host(host).port(port)
                    .segmentWriteKey(segmentWriteKey).posthogKey(posthogKey)
                    .posthogHost(posthogHost).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
