package dev.loomshowcase.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.internal.threadchecker.BlockedThreadEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import dev.loomshowcase.downstream.DownstreamException;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The reactive rival: the same {@code GET /aggregate/{userId}} on Vert.x 5, written as reactive code is
 * written. Netty's event loops (one per core) run every handler; the three downstream calls go out
 * through Vert.x Web Client and are joined with {@code Future.all}; nothing blocks, so a request in
 * flight holds no thread at all, only its callbacks.
 * {@snippet :
 * Future.all(get("/users/" + id), get("/posts?userId=" + id), get("/comments?userId=" + id))
 *         .timeout(deadlineMs, TimeUnit.MILLISECONDS)
 *         .onComplete(done -> answer(ctx, id, done, start));
 * }
 * Same stubs, same JSON ({@link Aggregator#combine}), same statuses (404, 502, 504) as the Helidon rivals.
 * One difference: a failed call answers at once (Future.all fails fast) but its siblings are not
 * cancelled; their answers are dropped when they come.
 */
public final class VertxAggregatorServer implements RunningAggregator {

    /** Connections kept per downstream host, as the Helidon client's keep-alive cache: one per call in flight. */
    static final int DOWNSTREAM_CONNECTIONS = 15_000;

    private final Vertx vertx;
    private final WebClient client;
    private final HttpServer server;
    private final String host;
    private final InFlightLimit limit;

    private VertxAggregatorServer(Vertx vertx, WebClient client, HttpServer server, String host, InFlightLimit limit) {
        this.vertx = vertx;
        this.client = client;
        this.server = server;
        this.host = host;
        this.limit = limit;
    }

    /**
     * Starts Vert.x with one event loop per core and listens.
     *
     * @param onBlocked called with a line whenever Vert.x's blocked-thread checker fires (it logs the same warning)
     * @throws ServerStartException when it cannot listen, in one line naming the address
     */
    public static VertxAggregatorServer start(AggregatorServer.Settings settings, VertxOptions options, Consumer<String> onBlocked) {
        Vertx vertx = Vertx.vertx(options);
        ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(
                (BlockedThreadEvent event) -> onBlocked.accept(event.toString()));
        try {
            WebClient client = WebClient.create(vertx, new WebClientOptions()
                            .setDefaultHost(settings.stubs().getHost()).setDefaultPort(settings.stubs().getPort())
                            .setKeepAlive(true).setFollowRedirects(false)
                            .setConnectTimeout((int) settings.deadline().plusSeconds(5).toMillis()),
                    new PoolOptions().setHttp1MaxSize(DOWNSTREAM_CONNECTIONS));
            InFlightLimit limit = new InFlightLimit(settings.maxInFlight());
            Handler handler = new Handler(client, settings.deadline(), limit);
            Router router = Router.router(vertx);
            router.get("/aggregate/:userId").handler(handler::aggregate);
            HttpServer server = await(vertx.createHttpServer(new HttpServerOptions().setAcceptBacklog(AggregatorServer.BACKLOG))
                    .requestHandler(router).listen(settings.port(), settings.host()), settings);
            return new VertxAggregatorServer(vertx, client, server, settings.host(), limit);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    /** The defaults of {@code serve --engine vertx} and the scenario: one event loop per core. */
    public static VertxOptions defaultOptions() {
        return new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors());
    }

    private static HttpServer await(Future<HttpServer> listening, AggregatorServer.Settings settings) {
        try {
            return listening.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getCause());
            throw new ServerStartException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + why);
        } catch (TimeoutException e) {
            throw new ServerStartException("cannot listen on " + settings.host() + ":" + settings.port() + ": Vert.x did not bind in 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("interrupted while starting Vert.x on " + settings.host() + ":" + settings.port());
        }
    }

    @Override
    public URI uri() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + server.actualPort());
    }

    @Override
    public String model() {
        return "reactive";
    }

    @Override
    public InFlightLimit inFlight() {
        return limit;
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing is best effort: the event loops are daemon threads
        }
    }

    /** The handler: every line of it runs on an event loop, and none of it waits. */
    private record Handler(WebClient client, Duration deadline, InFlightLimit limit, ObjectMapper json) {

        Handler(WebClient client, Duration deadline, InFlightLimit limit) {
            this(client, deadline, limit, new ObjectMapper());
        }

        void aggregate(RoutingContext ctx) {
            long start = System.nanoTime();
            long userId;
            try {
                userId = AggregateService.parseUserId(ctx.pathParam("userId"));
            } catch (AggregateFailure failure) {
                send(ctx, failure.status(), ErrorBody.of(failure));
                return;
            }
            if (!limit.tryEnter()) {
                ctx.response().putHeader("Retry-After", AggregateService.RETRY_AFTER_SECONDS);
                send(ctx, 503, new ErrorBody(503, "overloaded", limit.max() + " requests in flight already; retry later"));
                return;
            }
            Future<String> user = get("/users/" + userId);
            Future<String> posts = get("/posts?userId=" + userId);
            Future<String> comments = get("/comments?userId=" + userId);
            Future.all(user, posts, comments)
                    .timeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .onComplete(done -> {
                        limit.leave();
                        try {
                            if (done.failed()) {
                                throw failure(userId, done.cause());
                            }
                            send(ctx, 200, Aggregator.combine(json, userId, user.result(), posts.result(), comments.result(), start));
                        } catch (AggregateFailure failure) {
                            send(ctx, failure.status(), ErrorBody.of(failure));
                        }
                    });
        }

        private Future<String> get(String path) {
            return client.get(path).send().compose(response -> ok(path, response));
        }

        private static Future<String> ok(String path, HttpResponse<Buffer> response) {
            int status = response.statusCode();
            return status / 100 == 2 ? Future.succeededFuture(response.bodyAsString())
                    : Future.failedFuture(new DownstreamException(status, "GET " + path + " answered " + status));
        }

        private AggregateFailure failure(long userId, Throwable cause) {
            if (cause instanceof TimeoutException) {
                return new AggregateFailure(504, "deadline-exceeded",
                        "the downstream calls exceeded the deadline of " + deadline.toMillis() + " ms");
            }
            return Aggregator.failure(userId, cause);
        }

        private void send(RoutingContext ctx, int status, Object body) {
            try {
                ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                        .end(Buffer.buffer(json.writeValueAsBytes(body)));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
        }
    }
}
