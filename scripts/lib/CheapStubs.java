// java scripts/lib/CheapStubs.java [--port 0] [--delay-ms 1000] [--dir stub-services/__files]
// The cheapest stubs that answer the aggregator: /users/{id}, /posts?userId=, /comments?userId= with the bodies of
// stub-services/__files after a fixed delay, HTTP/1.1 keep-alive, a virtual thread per connection. It exists so that
// scripts/bench-server measures the server's CPU per request against stubs that cost little (WireMock: ~1 ms per call).
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class CheapStubs {
    public static void main(String[] args) throws IOException {
        int port = 0;
        long delayMs = 1000;
        Path dir = Path.of("stub-services/__files");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--delay-ms" -> delayMs = Long.parseLong(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, byte[]> answers = new HashMap<>();
        answers.put("/posts", response(Files.readAllBytes(dir.resolve("posts.json"))));
        answers.put("/comments", response(Files.readAllBytes(dir.resolve("comments.json"))));
        try (var users = Files.newDirectoryStream(dir.resolve("users"), "*.json")) {
            for (Path user : users) {
                answers.put("/users/" + user.getFileName().toString().replace(".json", ""), response(Files.readAllBytes(user)));
            }
        }
        byte[] notFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket server = new ServerSocket(port, 4096, InetAddress.getLoopbackAddress())) {
            System.out.println("stubs listening on http://127.0.0.1:" + server.getLocalPort() + " (cheap stubs, " + delayMs + " ms delay)");
            System.out.flush();
            long delay = delayMs;
            while (true) {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket, answers, notFound, delay));
            }
        }
    }

    private static byte[] response(byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static void serve(Socket socket, Map<String, byte[]> answers, byte[] notFound, long delayMs) {
        try (socket; var in = new BufferedInputStream(socket.getInputStream(), 1024); var out = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            String line;
            while ((line = readLine(in)) != null) {
                String target = line.split(" ", 3)[1];
                while (!(line = readLine(in)).isEmpty()) {
                    // headers: a GET has no body
                }
                int query = target.indexOf('?');
                String path = query < 0 ? target : target.substring(0, query);
                Thread.sleep(delayMs);
                out.write(answers.getOrDefault(path, notFound));
                out.flush();
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            // the client went away: nothing to answer
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(128);
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                return line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (line.isEmpty()) {
            return null;
        }
        throw new EOFException("connection closed inside a line");
    }
}
