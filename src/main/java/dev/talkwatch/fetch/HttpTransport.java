package dev.talkwatch.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends requests with a timeout on each, and asks again with backoff when the answer is a 429, a
 * 5xx or a network failure (refused, reset, timed out, or a body cut short), honouring the
 * server's Retry-After. Any other answer goes back to the caller as it came.
 */
final class HttpTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** An answer: its status, its body and the one header callers look at. */
    record Response(int status, byte[] body, String contentType) {
    }

    private final HttpClient client;
    private final RetryPolicy retries;
    private final FetchProgress progress;
    private final Duration requestTimeout;
    private final java.time.Clock clock; // what a Retry-After date is counted from

    HttpTransport(RetryPolicy retries, FetchProgress progress, Duration requestTimeout, java.time.Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.retries = retries;
        this.progress = progress;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    HttpTransport(RetryPolicy retries, FetchProgress progress, java.time.Clock clock) {
        this(retries, progress, REQUEST_TIMEOUT, clock);
    }

    /** Sends {@code request} until an answer other than 429 or 5xx comes, or the attempts run out. */
    Response send(HttpRequest.Builder request, String what) {
        HttpRequest built = request.timeout(requestTimeout).build();
        String lastFailure = null;
        for (int attempt = 1; attempt <= retries.attempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                if (status != 429 && status < 500) {
                    return new Response(status, response.body(), contentType);
                }
                if (Interstitial.of(response.body(), contentType).isPresent()) {
                    return new Response(status, response.body(), contentType); // asking again will not help
                }
                lastFailure = "HTTP " + status;
                retryAfter = response.headers().firstValue("Retry-After").flatMap(value -> parseRetryAfter(value, clock))
                        .orElse(null);
            } catch (HttpTimeoutException e) {
                lastFailure = "no answer within " + seconds(requestTimeout);
            } catch (ConnectException e) {
                lastFailure = "cannot connect to " + built.uri().getHost() + ":" + port(built.uri());
            } catch (IOException e) {
                lastFailure = "the connection failed (" + describe(e) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted while fetching " + what);
            }
            if (attempt < retries.attempts()) {
                Duration delay = retries.delay(attempt + 1, retryAfter);
                progress.retry(what + ": " + lastFailure, attempt + 1, delay);
                try {
                    retries.sleeper().sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted while waiting to fetch " + what + " again");
                }
            }
        }
        throw new FetchException(what + " failed " + retries.attempts() + " times, last with " + lastFailure);
    }

    /** A Retry-After's wait: seconds, or an HTTP date counted from {@code clock}'s now; empty when it is neither. */
    static Optional<Duration> parseRetryAfter(String value, java.time.Clock clock) {
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Duration until = Duration.between(ZonedDateTime.now(clock), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }
}
