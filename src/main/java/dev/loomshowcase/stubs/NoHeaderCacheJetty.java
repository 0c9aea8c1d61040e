package dev.loomshowcase.stubs;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;

/**
 * WireMock's own Jetty, without Jetty's per-connection header cache.
 *
 * <p>Why: on the second request of every connection Jetty builds a trie of the header fields it saw
 * (about 73 KB). A server with 4000 requests in flight keeps 12,000 connections to the stubs, so the
 * second wave of calls built 880 MB of tries at once (JFR allocation samples), each kept by its
 * connection's parser, and the stubs' GC logs had their longest pauses in that wave. Parsing a few
 * short headers without the cache costs little.
 */
final class NoHeaderCacheJetty implements HttpServerFactory {

    @Override
    public String getName() {
        return "jetty-without-header-cache";
    }

    @Override
    public HttpServer buildHttpServer(Options options, com.github.tomakehurst.wiremock.http.AdminRequestHandler admin,
                                      com.github.tomakehurst.wiremock.http.StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void applyAdditionalServerConfiguration(Server jetty, Options settings) {
                super.applyAdditionalServerConfiguration(jetty, settings);
                dropHeaderCache(jetty);
            }
        };
    }

    /** Turns the header cache off on every HTTP connector of {@code jetty} (0 entries: Jetty builds none). */
    static void dropHeaderCache(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setHeaderCacheSize(0);
            }
        }
    }
}
