package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.store.Database;
import dev.talkwatch.web.WebApp;
import dev.talkwatch.web.WebSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the README's bad-input table, tried: the file, argument or request it names, and the
 * exact message and exit code (or HTTP status) the README says it gives. A row of the README without
 * a case here, or a case without a row, fails. {@code -Dtalkwatch.matrix.print=true} prints what
 * each case gives, as the table's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputMatrixTest {

    /** What a case gave: the line the README quotes, and the exit code or HTTP status. */
    record Seen(String line, int code) {
    }

    @FunctionalInterface
    interface Case {
        Seen run() throws Exception;
    }

    private Path dir;

    private CliRunner cli;
    private Javalin web;
    private final Map<Integer, Case> cases = new LinkedHashMap<>();

    @BeforeAll
    void catalog(@TempDir Path folder) throws Exception {
        dir = folder.toRealPath();
        cli = new CliRunner(dir).with("TALKWATCH_DB", dir.resolve("talkwatch.db").toString());
        assertThat(cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString()).exitCode()).isZero();
        Database database = Database.openSqlite(dir.resolve("talkwatch.db")).pooled(2);
        web = WebApp.create(database, Clock.systemUTC(), new WebSettings(WebSettings.LOOPBACK, 0, null), WebApp.Defaults.none())
                .start();
        define();
    }

    @AfterAll
    void stop() throws IOException {
        web.stop();
        if (otherUsers != null) {
            try (Stream<Path> files = Files.walk(otherUsers)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    open(file, Files.isDirectory(file) ? "rwx------" : "rw-------");
                    Files.delete(file);
                }
            }
        }
    }

    private void define() {
        byte[] ytdlp = bytes("ingest/ytdlp/flat-playlist.json");
        String ytdlpText = new String(ytdlp, StandardCharsets.UTF_8);
        String firstTitle = "Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries";
        cases.put(1, () -> problem(cli("import", file("long-title.json",
                ytdlpText.replace(firstTitle, String.join(" - ", java.util.Collections.nCopies(3_000, "ab")))))));
        cases.put(2, () -> last(cli("list", "--limit", "-5")));
        cases.put(3, () -> last(cli("--db", dir.resolve("missing/folder/talkwatch.db").toString(), "list")));
        cases.put(4, () -> {
            Path other = dir.resolve("other-app.db");
            try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
                    var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            }
            return last(cli("--db", other.toString(), "list"));
        });
        cases.put(5, () -> last(cli("import", file("deep.json", "{\"_type\": \"playlist\", \"id\": \"PLdeep\", \"entries\": [{\"id\": \"x\", \"title\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}]}"))));
        cases.put(6, () -> {
            Path backup = dir.resolve("full-backup.json");
            cli("export", "--all", backup.toString());
            byte[] whole = Files.readAllBytes(backup);
            Files.write(dir.resolve("cut-backup.json"), java.util.Arrays.copyOf(whole, 3_000));
            return last(cli("--db", dir.resolve("restored.db").toString(), "restore", dir.resolve("cut-backup.json").toString()));
        });
        cases.put(7, () -> last(cli("import", file("cut.json", java.util.Arrays.copyOf(ytdlp, 75)))));
        cases.put(8, () -> problem(cli("import", file("big-title.json",
                ytdlpText.replace("\"PyCon US 2024 (fixture)\"", "\"" + "x".repeat(50_000_000) + "\"")))));
        cases.put(9, () -> summary(cli("import", file("utf-16.json", ytdlpText.getBytes(StandardCharsets.UTF_16)))));
        cases.put(10, () -> last(cli("import", file("utf-16-no-mark.json", ytdlpText.getBytes(StandardCharsets.UTF_16LE)))));
        cases.put(11, () -> page("GET /static/../../etc/passwd"));
        cases.put(12, () -> page("GET /videos/%00"));
        cases.put(13, () -> page("GET /" + "a".repeat(100_000)));
        cases.put(14, () -> {
            Seen seen = page("GET /playlists/PLtalkwatchFixture0000000000000001/publish/post.md",
                    "Origin: http://evil.example", "Sec-Fetch-Site: cross-site");
            int posts = new dev.talkwatch.store.HistoryStore(Database.openSqlite(dir.resolve("talkwatch.db")))
                    .postDates("PLtalkwatchFixture0000000000000001").size();
            return new Seen(seen.line() + "; publications recorded: " + posts, seen.code());
        });
        cases.put(15, () -> page("POST /playlists/PLtalkwatchFixture0000000000000001/publish/post.md",
                "Origin: http://evil.example"));
        cases.put(16, () -> {
            cli("rate", "mCkqz8jo19M", "4");
            return line(cli("publish", "--author", "\"><script>alert(1)</script>"), "'s notes:");
        });
        cases.put(17, () -> {
            cli("--db", dir.resolve("ticks.db").toString(), "import", "src/main/resources/dev/talkwatch/cli/demo/pycon-us-2024.html");
            return line(cli("--db", dir.resolve("ticks.db").toString(), "publish", "--cutoff", "0"), "Hacking");
        });
        cases.put(18, () -> last(cli("import", "--captured-at", "0000-01-01", Fixtures.path("ingest/page/classic-complete.html").toString())));
        cases.put(19, () -> {
            String post = Files.readString(Fixtures.path("cli/demo-post.md"))
                    .replaceFirst("title: \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("title: \"Summer of PyCon \\x55S 2024, \\xE9t\\u00e9 edition\""));
            assertThat(post).contains("\\x55S");
            Path catalog = dir.resolve("escapes.db");
            cli("--db", catalog, "import", file("escapes.md", post));
            return line(cli("--db", catalog, "publish"), "title:");
        });
        cases.put(20, () -> last(cli("import", dir.resolve("nope.html").toString())));
        cases.put(21, () -> last(cli("import", file("empty.html", new byte[0]).toString())));
        cases.put(22, () -> last(cli("import", file("page.html.gz", gzip(bytes("ingest/page/classic-complete.html"))).toString())));
        cases.put(23, () -> last(cli("import", file("screenshot.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13})
                .toString())));
        cases.put(24, () -> {
            Files.createDirectories(dir.resolve("downloads"));
            return last(cli("import", dir.resolve("downloads").toString()));
        });
        cases.put(25, () -> last(cli("import", file("not-youtube.html", bytes("ingest/page/not-youtube.html")).toString())));
        cases.put(26, () -> last(cli("rate", "zzzzzzzzzzz", "4")));
        cases.put(27, () -> last(cli("rate", "mCkqz8jo19M", "7")));
        cases.put(28, () -> last(cli("note", "mCkqz8jo19M", "--remove", "9")));
        cases.put(29, () -> last(cli("trend", "--limit", "0")));
        cases.put(30, () -> last(cli("publish", "--cutoff", "-1")));
        cases.put(31, () -> last(cli("--db", "postgresql://ann:secret@db.example/talkwatch", "list")));
        cases.put(32, () -> {
            Path backup = dir.resolve("full-backup.json");
            cli("export", "--all", backup.toString());
            return last(cli("restore", backup.toString()));
        });
        cases.put(33, () -> last(new CliRunner(dir).with("TALKWATCH_DB", dir.resolve("talkwatch.db").toString())
                .with("TALKWATCH_REQUEST_TIMEOUT", "soon").run("import", "https://www.youtube.com/playlist?list=PLtalkwatchFixture0000000000000001")));
        cases.put(34, () -> last(cli("watched", "mCkqz8jo19M", "--on", "1999-12-31")));
        cases.put(35, () -> page("POST /videos/mCkqz8jo19M/rating", "body: stars=7"));
        cases.put(36, () -> page("POST /videos/mCkqz8jo19M/rating", "body: stars=4", "no-csrf"));
        cases.put(37, () -> page("GET /", "Host: rebound.example"));
        cases.put(38, () -> page("POST /videos/mCkqz8jo19M/notes", "body: text=" + "x".repeat(200_000)));
        cases.put(39, () -> page("GET /videos/zzzzzzzzzzz"));
        cases.put(40, () -> last(cli("titles", "--pattern", "{speaker} - {title}")));
        cases.put(41, () -> {
            Path shared = otherUsersFolder();
            Path folder = Files.createDirectories(shared.resolve("ro"));
            Files.copy(dir.resolve("talkwatch.db"), folder.resolve("talkwatch.db"));
            open(folder.resolve("talkwatch.db"), "rw-r--r--");
            open(folder, "r-xr-xr-x");
            Seen listed = asOtherUser(shared, Map.of(), "--db", "ro/talkwatch.db", "list", "--limit", "1");
            if (listed.code() != 0) {
                return new Seen("list failed: " + listed.line(), listed.code());
            }
            return asOtherUser(shared, Map.of(), "--db", "ro/talkwatch.db", "rate", "mCkqz8jo19M", "4");
        });
        cases.put(42, () -> {
            Path shared = otherUsersFolder();
            Path closed = Files.createDirectories(shared.resolve("closed"));
            open(closed, "r-xr-xr-x");
            return asOtherUser(shared, Map.of("XDG_CACHE_HOME", "closed", "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=closed"),
                    "--db", "new.db", "rate", "mCkqz8jo19M", "4");
        });
        cases.put(43, () -> last(cli("import", file("settings.json", "{\"theme\": \"dark\", \"fontSize\": 14}"))));
        cases.put(44, () -> last(cli("import", "--format", "csv", file("talks.csv", "title,views\n"))));
    }

    private Path otherUsers;
    private Path classpath;

    // A folder another user (nobody, when the tests run as root) may read and write, with a copy of the classpath.
    private Path otherUsersFolder() throws IOException {
        if (otherUsers == null) {
            otherUsers = Files.createTempDirectory("talkwatch-matrix-");
            open(otherUsers, "rwxrwxrwx");
            classpath = Files.createDirectories(otherUsers.resolve("classpath"));
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path from = Path.of(entry);
                Path to = classpath.resolve(n++ + "-" + from.getFileName());
                if (Files.isDirectory(from)) {
                    try (Stream<Path> files = Files.walk(from)) {
                        for (Path file : files.toList()) {
                            Path target = to.resolve(from.relativize(file).toString());
                            if (Files.isDirectory(file)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(file, target);
                            }
                        }
                    }
                } else if (Files.isRegularFile(from)) {
                    Files.copy(from, to);
                }
                entries.add(to.toString());
            }
            try (Stream<Path> files = Files.walk(otherUsers)) {
                for (Path file : files.toList()) {
                    open(file, Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--");
                }
            }
            open(otherUsers, "rwxrwxrwx");
            Files.writeString(classpath.resolve("path"), String.join(java.io.File.pathSeparator, entries));
        }
        return otherUsers;
    }

    private static void open(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
    }

    // talkwatch in a process of a user that is not root (as root: nobody, through setpriv), in `folder`.
    private Seen asOtherUser(Path folder, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            boolean setpriv = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                    .anyMatch(d -> Files.isExecutable(Path.of(d, "setpriv")));
            org.junit.jupiter.api.Assumptions.assumeTrue(setpriv, "skipped: running as root, and without setpriv to run as"
                    + " another user (apt install util-linux)");
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", Files.readString(classpath.resolve("path")), "dev.talkwatch.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().remove("TALKWATCH_DB");
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        List<String> lines = output.lines().filter(l -> !l.isBlank() && !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).toList();
        return new Seen((lines.isEmpty() ? "" : lines.getLast()).replace(folder.toString() + "/", "").replace(folder.toString(), "."),
                exit);
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheReadmeGivesTheMessageItSays() throws IOException {
        Map<Integer, String[]> rows = readme();
        if (Boolean.getBoolean("talkwatch.matrix.print")) {
            cases.forEach((number, c) -> {
                try {
                    Seen seen = c.run();
                    System.out.println("| " + number + " | ... | `" + seen.line().replace("|", "\\|") + "` | " + seen.code() + " |");
                } catch (Exception e) {
                    System.out.println("| " + number + " | failed: " + e);
                }
            });
        }
        assertThat(rows.keySet()).as("the README's rows and the cases here").containsExactlyElementsOf(cases.keySet());
        assertThat(rows).as("rows").hasSizeGreaterThanOrEqualTo(30);
        return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest("row " + entry.getKey() + ": "
                + rows.get(entry.getKey())[0], () -> {
                    Seen seen = entry.getValue().run();
                    String[] row = rows.get(entry.getKey());
                    assertThat(seen.line()).as("the message of row " + entry.getKey()).isEqualTo(row[1]);
                    assertThat(String.valueOf(seen.code())).as("the exit code (or status) of row " + entry.getKey()).isEqualTo(row[2]);
                }));
    }

    // The README's table: number -> {what you give, the message, the exit code}.
    static Map<Integer, String[]> readme() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("<!-- bad-input matrix: BadInputMatrixTest tries every row -->");
        assertThat(start).as("the README's bad-input table").isNotNegative();
        Map<Integer, String[]> rows = new LinkedHashMap<>();
        // a message with a backtick is written between double backticks, as Markdown wants
        Pattern row = Pattern.compile("^\\| (\\d+) \\| (.+?) \\| (``?) ?(.*?) ?\\3 \\| (\\d+) \\|$");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            Matcher m = row.matcher(line);
            if (m.matches()) {
                rows.put(Integer.parseInt(m.group(1)), new String[] {m.group(2), m.group(4).replace("\\|", "|"), m.group(5)});
            }
        }
        return rows;
    }

    private CliRunner.Result cli(Object... args) {
        return cli.run(Stream.of(args).map(String::valueOf).toArray(String[]::new));
    }

    private Seen last(CliRunner.Result result) {
        List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
        return new Seen(relative(lines.isEmpty() ? "" : lines.getLast()), result.exitCode());
    }

    private Seen problem(CliRunner.Result result) {
        return line(result, "  problem: ");
    }

    private Seen summary(CliRunner.Result result) {
        return line(result, "imported ");
    }

    private Seen line(CliRunner.Result result, String containing) {
        String found = (result.out() + result.err()).lines().filter(l -> l.contains(containing)).findFirst()
                .orElse("(no line with '" + containing + "' in: " + result.out() + result.err() + ")");
        return new Seen(relative(found.strip()), result.exitCode());
    }

    private String relative(String text) {
        return text.replace(dir.toString() + "/", "").replace(dir.toString(), ".");
    }

    // A raw request (the address exactly as given), its status and the message of the app's page.
    private Seen page(String requestLine, String... options) throws IOException {
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String path = requestLine.substring(method.length() + 1);
        String host = "127.0.0.1:" + web.port();
        String body = "";
        List<String> headers = new ArrayList<>();
        boolean csrf = true;
        for (String option : options) {
            if (option.startsWith("body: ")) {
                body = option.substring(6);
            } else if (option.equals("no-csrf")) {
                csrf = false;
            } else if (option.startsWith("Host: ")) {
                host = option.substring(6);
            } else {
                headers.add(option);
            }
        }
        if (method.equals("POST")) {
            if (csrf) {
                body += (body.isEmpty() ? "" : "&") + "csrf=" + token();
            }
            if (headers.stream().noneMatch(h -> h.startsWith("Origin:"))) {
                headers.add("Origin: http://" + host);
            }
            headers.add("Content-Type: application/x-www-form-urlencoded");
            headers.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        }
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        headers.forEach(h -> request.append(h).append("\r\n"));
        request.append("\r\n").append(body);
        String answer = exchange(request.toString());
        int status = Integer.parseInt(answer.substring(9, 12));
        Matcher message = Pattern.compile("<p class=\"error\">(.*?)</p>", Pattern.DOTALL).matcher(answer);
        boolean secured = answer.contains("Content-Security-Policy: default-src 'none'");
        String said = message.find() ? org.jsoup.parser.Parser.unescapeEntities(message.group(1), false)
                : answer.contains("---\ntitle:") ? "the Markdown of the post" : "(no message)";
        return new Seen("HTTP " + status + (secured ? "" : " WITHOUT THE APP'S HEADERS") + ": " + said, status);
    }

    private String token() throws IOException {
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(exchange(
                "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + web.port() + "\r\nConnection: close\r\n\r\n"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", web.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(Fixtures.path(fixture));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }
}
