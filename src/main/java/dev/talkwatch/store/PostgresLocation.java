package dev.talkwatch.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL catalog as a user names it: {@code postgresql://USER@HOST:PORT/DB} (libpq's form,
 * also {@code postgres://}) or {@code jdbc:postgresql://HOST:PORT/DB?user=USER}. The password is
 * never part of it: it comes from {@code PGPASSWORD}, else from the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}), as for psql; a URL that holds one is refused, so
 * that it shows in no process list, shell history or log line.
 *
 * @param host the server's host name
 * @param port its port (5432 unless given)
 * @param database the database's name
 * @param user the role to connect as (the OS user's name unless given)
 * @param parameters the URL's other query parameters (sslmode=require, ...), passed to the driver as they are
 */
record PostgresLocation(String host, int port, String database, String user, String parameters) {

    private static final int DEFAULT_PORT = 5432;

    /** Whether {@code location} names a PostgreSQL database rather than an SQLite file. */
    static boolean names(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:");
    }

    /** Reads a location {@link #names} accepts; a {@link StoreException} says what is wrong with it. */
    static PostgresLocation parse(String location, Map<String, String> environment) {
        String url = location.startsWith("jdbc:") ? location.substring("jdbc:".length()) : location;
        URI uri;
        try {
            uri = new URI(url.startsWith("postgres://") ? "postgresql" + url.substring("postgres".length()) : url);
        } catch (URISyntaxException e) {
            throw bad(location, "it is not a URL (" + e.getReason() + ")");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw bad(location, "it holds a password; leave it out and set PGPASSWORD or put it in ~/.pgpass");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw bad(location, "it names no server; write postgresql://USER@HOST:PORT/DATABASE");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw bad(location, "it names no database; write postgresql://USER@HOST:PORT/DATABASE");
        }
        String user = uri.getUserInfo();
        List<String> others = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = decode(pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('=')));
                String value = pair.indexOf('=') < 0 ? "" : decode(pair.substring(pair.indexOf('=') + 1));
                switch (name) {
                    case "password" -> throw bad(location,
                            "it holds a password; leave it out and set PGPASSWORD or put it in ~/.pgpass");
                    case "user" -> user = value;
                    default -> others.add(pair);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            user = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new PostgresLocation(host, port, path, user, String.join("&", others));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StoreException("cannot use the database URL: it holds a % that starts no escape"
                    + " (write a % as %25)", null);
        }
    }

    private static StoreException bad(String location, String problem) {
        return new StoreException("cannot use the database '" + withoutSecrets(location) + "': " + problem, null);
    }

    /** The location as it may be shown: whatever stands between "//" and "@" or after "password=" cut out. */
    static String withoutSecrets(String location) {
        return location.replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** The URL the JDBC driver takes, without the user and the password (given to it apart). */
    String jdbcUrl() {
        String host = this.host.contains(":") && !this.host.startsWith("[") ? "[" + this.host + "]" : this.host;
        return "jdbc:postgresql://" + host + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8)
                .replace("+", "%20") + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /** How the location is named in messages. */
    String describe() {
        return "'postgresql://" + user + "@" + host + ":" + port + "/" + database + "'";
    }

    /** The password for this location: PGPASSWORD, else the first line of the password file that matches it. */
    Optional<String> password(Map<String, String> environment) {
        String given = environment.get("PGPASSWORD");
        if (given != null && !given.isEmpty()) {
            return Optional.of(given);
        }
        String file = environment.get("PGPASSFILE");
        Path passwords = file != null && !file.isEmpty() ? Path.of(file)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".pgpass");
        if (!Files.isRegularFile(passwords)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(passwords, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = passwordFields(line);
                if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), Integer.toString(port))
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return Optional.of(fields.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // as libpq does: an unreadable file gives no password
        }
        return Optional.empty();
    }

    // host:port:database:username:password, where \: is a colon and \\ a backslash
    static List<String> passwordFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }
}
