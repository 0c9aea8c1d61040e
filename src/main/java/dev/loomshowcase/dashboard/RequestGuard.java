package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.Json;
import io.helidon.common.socket.PeerInfo;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * Only the dashboard's own page starts, pauses or stops runs. Routed before everything else, it lets
 * through:
 * <ul>
 *   <li>reads ({@code GET}, {@code HEAD}) of the page, its scripts and {@code /scenes}, always;</li>
 *   <li>any other request (a state change) only from this dashboard's page ({@link OwnOrigin}), and one
 *       naming no page at all (curl, a script) only on loopback;</li>
 *   <li>beyond loopback, a state change and {@code GET /events} only with the {@link AccessToken}.</li>
 * </ul>
 * Anything else gets 403 with a one-line JSON reason and reaches no other route, so a refused request
 * starts nothing.
 * {@snippet :
 * // curl -X POST -H 'Origin: http://evil.example' 'http://127.0.0.1:PORT/run/env'
 * // 403 {"status":403,"error":"forbidden","message":"Origin http://evil.example is not this dashboard's page ..."}
 * }
 */
final class RequestGuard implements HttpService {

    private final AccessToken token;

    private RequestGuard(AccessToken token) {
        this.token = token;
    }

    /** No token: only this machine can reach a loopback address. */
    static RequestGuard loopback() {
        return new RequestGuard(null);
    }

    /** Every state change and the stream need {@code token}. */
    static RequestGuard withToken(AccessToken token) {
        return new RequestGuard(token);
    }

    /** The guard for a server bound to {@code host}: a fresh random token unless it is loopback. */
    static RequestGuard forHost(String host) {
        return Reach.isLoopback(host) ? loopback() : withToken(AccessToken.random());
    }

    /** The token a page must send, when bound beyond loopback. */
    Optional<AccessToken> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::check);
    }

    private void check(ServerRequest request, ServerResponse response) {
        Optional<String> refusal = refusal(request);
        if (refusal.isEmpty()) {
            response.next();
            return;
        }
        response.status(Status.FORBIDDEN_403).header(HeaderValues.CONTENT_TYPE_JSON)
                .send(Json.compact(new ErrorJson(403, "forbidden", refusal.get())));
    }

    /** Why {@code request} is refused, or empty when it may go on to its route. */
    private Optional<String> refusal(ServerRequest request) {
        Method method = request.prologue().method();
        boolean changesState = !method.equals(Method.GET) && !method.equals(Method.HEAD);
        boolean stream = request.path().path().startsWith("/events");
        if (!changesState && !stream) {
            return Optional.empty();
        }
        if (token != null && !token.matches(AccessToken.carried(request).orElse(null))) {
            return Optional.of((AccessToken.carried(request).isPresent() ? "wrong" : "no")
                    + " token: beyond loopback, open the URL the dashboard printed at start (/?token=...), or send its token"
                    + " as ?token=, X-Showcase-Token or Authorization: Bearer");
        }
        if (!changesState) {
            return Optional.empty();
        }
        PeerInfo reached = request.localPeer();
        OwnOrigin own = new OwnOrigin(reached.port(), reached.host(),
                request.headers().first(HeaderNames.HOST).orElse(null), token != null);
        return own.refusal(request.headers().first(HeaderNames.ORIGIN).orElse(null),
                request.headers().first(HeaderNames.REFERER).orElse(null));
    }
}
