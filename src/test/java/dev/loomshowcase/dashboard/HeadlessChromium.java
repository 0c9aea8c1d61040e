package dev.loomshowcase.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, spoken with the JDK's
 * own client): open a page, evaluate JavaScript in it, e.g. to click a button or read the DOM.
 * {@link #close()} kills the browser and its helper processes.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final Replies replies;
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, WebSocket socket, Replies replies) {
        this.process = process;
        this.socket = socket;
        this.replies = replies;
    }

    /** Starts Chromium on {@code page} with a fresh profile in {@code dir}, and connects to that page. */
    static HeadlessChromium open(URI page, Path dir) throws Exception {
        Path err = dir.resolve("chromium.err");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=1600,1000", "--user-data-dir=" + dir.resolve("profile"), page.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        try {
            URI browser = await().atMost(Duration.ofSeconds(30)).until(() -> devTools(err), u -> u != null);
            URI pageSocket = pageSocket(browser, page);
            Replies replies = new Replies();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(pageSocket, replies).get(30, TimeUnit.SECONDS);
            return new HeadlessChromium(process, socket, replies);
        } catch (Exception e) {
            kill(process);
            throw e;
        }
    }

    private static URI devTools(Path err) throws IOException {
        Matcher m = LISTENING.matcher(Files.exists(err) ? Files.readString(err) : "");
        return m.find() ? URI.create(m.group(1)) : null;
    }

    /** The DevTools WebSocket of the tab showing {@code page}, from the browser's /json/list. */
    private static URI pageSocket(URI browser, URI page) throws Exception {
        URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
        HttpClient http = HttpClient.newHttpClient();
        JsonNode tab = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tabs = Json.mapper().readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : tabs) {
                if ("page".equals(t.path("type").asText()) && t.path("url").asText().startsWith(page.toString())) {
                    return t;
                }
            }
            return null;
        }, t -> t != null);
        return URI.create(tab.get("webSocketDebuggerUrl").asText());
    }

    /** Evaluates a JavaScript expression in the page and returns its value (awaiting a promise). */
    JsonNode evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.pending.put(id, reply);
        String message = Json.compact(Map.of("id", id, "method", "Runtime.evaluate",
                "params", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true)));
        socket.sendText(message, true).get(10, TimeUnit.SECONDS);
        JsonNode result = reply.get(30, TimeUnit.SECONDS);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Gathers the DevTools replies (which may come in several frames) and hands each to its caller. */
    private static final class Replies implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode reply = Json.mapper().readTree(text.toString());
                    CompletableFuture<JsonNode> waiting = pending.remove(reply.path("id").asInt(-1));
                    if (waiting != null) {
                        waiting.complete(reply.path("result"));
                    }
                } catch (IOException ignored) {
                    // not a reply we asked for
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** True while the browser process lives. */
    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        socket.abort();
        kill(process);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
