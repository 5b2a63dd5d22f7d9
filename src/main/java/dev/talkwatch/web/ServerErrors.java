package dev.talkwatch.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The page for a request the server refuses before any route sees it: an address it cannot read
 * ({@code /static/../..}, {@code %00}) or too long, headers too large. It is the app's own error
 * page with the app's security headers, not the server's bare one.
 */
final class ServerErrors extends ErrorHandler {

    private final Views views;

    ServerErrors(Views views) {
        this.views = views;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) throws IOException {
        String page = views.render("error.jte", Map.of("layout", new Layout("Error " + status, ""),
                "status", status, "message", words(status)));
        Security.secureHeaders((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String words(int status) {
        return switch (status) {
            case 400 -> "the address or the request is not one talkwatch can read";
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            case 413 -> "the request is too large";
            default -> "the server could not answer this request";
        };
    }
}
