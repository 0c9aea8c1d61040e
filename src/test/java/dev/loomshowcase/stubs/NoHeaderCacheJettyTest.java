package dev.loomshowcase.stubs;

import org.junit.jupiter.api.Test;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stubs' Jetty builds no per-connection header cache (73 KB per connection under thousands of them). */
class NoHeaderCacheJettyTest {

    @Test
    void everyHttpConnectorGetsAnEmptyHeaderCache() {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        jetty.addConnector(connector);
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        assertEquals(1024, http.getHttpConfiguration().getHeaderCacheSize(), "Jetty's default, before");

        NoHeaderCacheJetty.dropHeaderCache(jetty);

        assertEquals(0, http.getHttpConfiguration().getHeaderCacheSize());
    }
}
