package dev.talkwatch.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * What every request passes before it reaches a route: the Host check that keeps a page of another
 * site from reaching a loopback app under its own name (DNS rebinding); the access token when the
 * app listens beyond this machine; and, for every state-changing request, an Origin of the app's own
 * and the CSRF token of this run. Every response gets a Content-Security-Policy without inline
 * scripts and headers that keep it out of frames and sniffing.
 */
final class Security {

    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String TOKEN_PARAMETER = "token";
    static final String TOKEN_COOKIE = "talkwatch_token";
    private static final String CSRF_ATTRIBUTE = "talkwatch.csrf";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final WebSettings settings;
    private final String csrf = random();

    Security(WebSettings settings) {
        this.settings = settings;
    }

    static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The CSRF token for the page being rendered. */
    static String csrfToken(Context ctx) {
        return ctx.attribute(CSRF_ATTRIBUTE);
    }

    /** The headers every response carries, the server's own error pages included. */
    static void secureHeaders(java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "same-origin");
    }

    void check(Context ctx) {
        ctx.attribute(CSRF_ATTRIBUTE, csrf);
        secureHeaders(ctx::header);
        checkHost(ctx);
        if (settings.token() != null) {
            if (same(ctx.queryParam(TOKEN_PARAMETER), settings.token())) {
                ctx.cookie(new Cookie(TOKEN_COOKIE, settings.token(), "/", -1, false, true, null, SameSite.STRICT));
                if (ctx.method() == HandlerType.GET) {
                    // the cookie carries it from now on: keep the token out of the address bar and the history
                    ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                    return;
                }
            } else if (!hasToken(ctx)) {
                throw new HttpError(401, "this talkwatch needs its access token: open the URL it printed when it"
                        + " started");
            }
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            checkOrigin(ctx);
            String sent = ctx.header(CSRF_HEADER) != null ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
            if (!same(sent, csrf)) {
                throw HttpError.forbidden("the form is out of date (its CSRF token does not match); reload the page"
                        + " and try again");
            }
        }
    }

    // A loopback app answers only to loopback names, whatever name a browser was tricked into using.
    private void checkHost(Context ctx) {
        if (!settings.loopback()) {
            return;
        }
        String host = hostName(ctx.header("Host"));
        if (host == null || !(host.equals("localhost") || WebSettings.isLoopback(host))) {
            throw HttpError.forbidden("this talkwatch answers only at 127.0.0.1 or localhost");
        }
    }

    private boolean hasToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        return same(ctx.cookie(TOKEN_COOKIE), settings.token()) || same(bearer, settings.token());
    }

    // Browsers send Origin with every POST (Referer where they do not); a foreign one is refused.
    private static void checkOrigin(Context ctx) {
        String own = "http://" + ctx.header("Host");
        String origin = ctx.header("Origin");
        if (origin == null && ctx.header("Referer") != null) {
            origin = originOf(ctx.header("Referer"));
        }
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals(own.toLowerCase(Locale.ROOT))) {
            throw HttpError.forbidden("a request from " + origin + " may not change this talkwatch");
        }
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? null : value.substring(1, end);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    private static boolean same(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
