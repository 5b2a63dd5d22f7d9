package dev.talkwatch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on 127.0.0.1 that replays recorded responses. A recording is a folder with an
 * {@code exchanges.json}: rules, each naming the method, path, query parameters and JSON body
 * fields a request must have, and the replies to give in turn (the last one repeats). Tests put
 * failures in front of a rule's replies ({@link #failFirst}) and read the requests that came.
 */
public final class ReplayServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reply: a status, a content type, a body, extra headers, or a connection cut mid-body. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, boolean cut,
            java.time.Duration delay, java.time.Duration drip) {

        public static Reply of(int status, String contentType, byte[] body) {
            return new Reply(status, contentType, body, Map.of(), false, java.time.Duration.ZERO, java.time.Duration.ZERO);
        }

        public static Reply status(int status) {
            return of(status, "text/plain", ("HTTP " + status).getBytes(StandardCharsets.UTF_8));
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, body, more, cut, delay, drip);
        }

        /** The same reply, sent only after {@code wait}. */
        public Reply delayed(java.time.Duration wait) {
            return new Reply(status, contentType, body, headers, cut, wait, drip);
        }

        /** The same reply, but the connection closes after half of the body. */
        public Reply cutShort() {
            return new Reply(status, contentType, body, headers, true, delay, drip);
        }

        /** The same reply, its body sent in ten pieces with {@code pause} before each: a slow line. */
        public Reply dripped(java.time.Duration pause) {
            return new Reply(status, contentType, body, headers, cut, delay, pause);
        }
    }

    /** A request as it came: method, path, decoded query, headers, body. */
    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
            String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private record Rule(String name, String method, String path, Map<String, String> query, Map<String, String> body,
            Deque<Reply> replies) {

        int constraints() {
            return query.size() + body.size();
        }

        boolean matches(Request request) {
            if (!method.equals(request.method()) || !path.equals(request.path())) {
                return false;
            }
            if (!query.entrySet().stream().allMatch(e -> e.getValue().equals(request.query().get(e.getKey())))) {
                return false;
            }
            if (body.isEmpty()) {
                return true;
            }
            JsonNode json = request.json();
            return body.entrySet().stream().allMatch(e -> e.getValue().equals(json.path(e.getKey()).asText(null)));
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    public ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor); // a slow reply must not hold up the rest
        server.start();
    }

    /** The server's base URL, http://127.0.0.1:PORT. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replaces the rules with those of the recording in {@code folder} (a test resource path). */
    public synchronized ReplayServer load(String folder) {
        rules.clear();
        JsonNode exchanges = readTree(folder + "/exchanges.json");
        for (JsonNode rule : exchanges) {
            Deque<Reply> replies = new ArrayDeque<>();
            for (JsonNode reply : rule.path("replies")) {
                replies.add(Reply.of(reply.path("status").asInt(), reply.path("contentType").asText(),
                        resource(folder + "/" + reply.path("bodyFile").asText())));
            }
            rules.add(new Rule(rule.path("name").asText(), rule.path("method").asText(), rule.path("path").asText(),
                    strings(rule.path("query")), strings(rule.path("body")), replies));
        }
        rules.sort(Comparator.comparingInt(Rule::constraints).reversed());
        return this;
    }

    /** Adds a rule: requests with this method, path, query parameters and JSON body fields get {@code reply}. */
    public synchronized ReplayServer on(String name, String method, String path, Map<String, String> query,
            Map<String, String> body, Reply reply) {
        rules.add(new Rule(name, method, path, query, body, new ArrayDeque<>(List.of(reply))));
        rules.sort(Comparator.comparingInt(Rule::constraints).reversed());
        return this;
    }

    /** Gives {@code replies} to the next requests that match rule {@code name}, before its recorded ones. */
    public synchronized ReplayServer failFirst(String name, Reply... replies) {
        Rule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
        for (int i = replies.length - 1; i >= 0; i--) {
            rule.replies().addFirst(replies[i]);
        }
        return this;
    }

    /** Answers every request matching rule {@code name} with {@code reply} from now on. */
    public synchronized ReplayServer always(String name, Reply reply) {
        Rule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
        rule.replies().clear();
        rule.replies().add(reply);
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A test resource's bytes. */
    public static byte[] resource(String path) {
        try (InputStream in = ReplayServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), new HashMap<>(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply = next(request);
            if (reply == null) {
                reply = Reply.of(404, "text/plain", ("no recorded exchange for " + request.method() + " "
                        + request.path() + " " + request.query() + " " + request.body()).getBytes(StandardCharsets.UTF_8));
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            OutputStream out = exchange.getResponseBody();
            if (reply.cut()) {
                // Half the promised length, then the exchange closes: the server drops the connection.
                out.write(reply.body(), 0, reply.body().length / 2);
                out.flush();
                return;
            }
            if (!reply.drip().isZero()) {
                int piece = Math.max(1, reply.body().length / 10);
                for (int at = 0; at < reply.body().length; at += piece) {
                    try {
                        Thread.sleep(reply.drip().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    out.write(reply.body(), at, Math.min(piece, reply.body().length - at));
                    out.flush();
                }
                return;
            }
            out.write(reply.body());
        }
    }

    private synchronized Reply next(Request request) {
        for (Rule rule : rules) {
            if (rule.matches(request)) {
                return rule.replies().size() > 1 ? rule.replies().removeFirst() : rule.replies().peekFirst();
            }
        }
        return null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static JsonNode readTree(String path) {
        try {
            return JSON.readTree(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
