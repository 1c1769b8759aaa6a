package io.github.psbridge.e2e.support;

import io.github.psbridge.demo.DemoOptions;
import io.github.psbridge.demo.DemoServer;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One demo server for the whole test JVM, on a free port, with the e2e test pages. Before
 * each test its faults, recorded events and request log are cleared, so no test sees
 * another's.
 */
public final class SharedServer implements BeforeEachCallback, ParameterResolver {

    private static final String TEST_PAGES = "test-pages";

    @Override
    public void beforeEach(ExtensionContext context) {
        DemoServer server = server(context);
        server.faults().clear();
        server.recorder().clear();
        server.requests().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The server, started on first use and stopped when the test JVM's run ends. */
    public static DemoServer server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class)
                .server;
    }

    /** Lets JUnit stop the server after the last test. */
    private static final class Running
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final DemoServer server = DemoServer.start(DemoOptions.builder().port(0)
                .testPagesFolder(TEST_PAGES).build());

        @Override
        public void close() {
            server.close();
        }
    }
}
