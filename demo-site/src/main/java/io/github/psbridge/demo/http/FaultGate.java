package io.github.psbridge.demo.http;

import io.github.psbridge.demo.Faults;
import io.github.psbridge.demo.Route;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps route handlers so the {@link Faults} in force apply to them. Delays are asynchronous
 * (no request thread waits), and dropped requests are held until {@link #releaseHeld}.
 */
public final class FaultGate {

    private static final Logger LOG = LoggerFactory.getLogger(FaultGate.class);

    private final Faults faults;
    private final Set<Held> held = ConcurrentHashMap.newKeySet();

    public FaultGate(Faults faults) {
        this.faults = faults;
    }

    /** {@code inner}, subject to the faults of {@code route} (null: only the global delay). */
    public Handler guard(Route route, Handler inner) {
        return ctx -> {
            Faults.Plan plan = faults.planFor(route);
            if (plan.isNone()) {
                runSafely(ctx, inner);
                return;
            }
            ctx.future(() -> later(plan.delay()).thenCompose(ignored -> act(ctx, plan, inner)));
        };
    }

    /** Cuts off every held request: its connection closes without a response. */
    public void releaseHeld() {
        for (Held request : held) {
            held.remove(request);
            request.cutOff();
        }
    }

    /** How many requests are held right now. */
    public int heldCount() {
        return held.size();
    }

    private CompletableFuture<Void> act(Context ctx, Faults.Plan plan, Handler inner) {
        if (plan.drop()) {
            LOG.debug("holding {} {} without an answer", ctx.method(), ctx.path());
            Held request = new Held(ctx, new CompletableFuture<>());
            held.add(request);
            return request.done();
        }
        if (plan.failStatus() > 0) {
            LOG.debug("failing {} {} with {}", ctx.method(), ctx.path(), plan.failStatus());
            ctx.status(plan.failStatus()).result("");
        } else {
            runSafely(ctx, inner);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static void runSafely(Context ctx, Handler inner) {
        try {
            inner.handle(ctx);
        } catch (Exception e) {
            Responses.failure(ctx, e);
        }
    }

    private static CompletableFuture<Void> later(Duration delay) {
        Executor executor =
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        return CompletableFuture.runAsync(() -> { }, executor);
    }

    private record Held(Context ctx, CompletableFuture<Void> done) {

        void cutOff() {
            try {
                Request.getBaseRequest(ctx.req()).getHttpChannel()
                        .abort(new IOException("request dropped by a demo fault"));
            } catch (RuntimeException e) {
                LOG.debug("could not abort a held request; answering it instead", e);
            }
            done.complete(null);
        }
    }
}
