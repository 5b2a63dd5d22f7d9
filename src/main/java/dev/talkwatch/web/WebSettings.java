package dev.talkwatch.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the app listens and who may use it: the address to bind, the port (0: any free one), the
 * access token every request must carry (null: none, which only a loopback address allows), and
 * the request header that names the user, set by a reverse proxy that signs users in (null: every
 * request is the serving user's; a header is trusted only when named here).
 */
public record WebSettings(String bind, int port, String token, String userHeader) {

    public WebSettings(String bind, int port, String token) {
        this(bind, port, token, null);
    }

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("no port " + port);
        }
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("binding " + bind + " needs an access token");
        }
    }

    /** A fresh random access token. */
    public static String newToken() {
        return Security.random();
    }

    /** Whether {@code address} reaches only this machine (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    boolean loopback() {
        return isLoopback(bind);
    }
}
