package dev.talkwatch.cli;

import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.web.WebApp;
import dev.talkwatch.web.WebSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch serve}: the local web app over the catalog, until Ctrl+C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the local web app over the catalog: browse and sort playlists, rate, note and queue talks, follow"
                    + " views in charts, and preview the recap post. The command line keeps working on the same"
                    + " database meanwhile. Ctrl+C stops it.",
            "It listens on 127.0.0.1 only. Another address (--bind 0.0.0.0 to reach it from other machines) needs an"
                    + " access token, --token or a generated one, which the printed URL carries."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch serve --open", "  talkwatch serve --port 8080",
            "  talkwatch serve --bind 0.0.0.0 --token \"$(openssl rand -hex 16)\""})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE};"
            + " 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = WebSettings.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The access token every request must carry (needed,"
            + " and generated when not given, for an address other than 127.0.0.1).")
    String token;

    @Option(names = "--user-header", paramLabel = "HEADER",
            description = "Take the user from this request header (e.g. X-Forwarded-User), as a reverse proxy that signs"
                    + " users in sets it; a request without it is refused. Only for a proxy that removes the header from"
                    + " what clients send. Without it, every request is --user's.")
    String userHeader;

    @Option(names = "--open", description = "Open the app in the default browser.")
    boolean open;

    // connections the server keeps open: as many as requests run at once on a small machine
    private static final int POOL = 8;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
        }
        PrintWriter err = root.environment().err();
        String access = token;
        if (!WebSettings.isLoopback(bind)) {
            err.println("warning: listening on " + bind + " lets other machines reach your catalog; every request must"
                    + " carry the access token");
            access = token != null ? token : WebSettings.newToken();
        }
        if (access != null && access.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--token must not be empty");
        }
        Config config = Config.load(root.environment());
        WebApp.Defaults defaults = new WebApp.Defaults(config.author().orElse(null), config.tags(), config.cutoff().orElse(null));
        Javalin app = WebApp.create(root.database().pooled(POOL), root.environment().clock(), new WebSettings(bind, port, access, blankToNull(userHeader)), defaults);
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new TalkwatchException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); is another program using it? Choose another port with --port");
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
        String url = "http://" + host + ":" + app.port() + "/" + (access == null ? "" : "?token=" + access);
        PrintWriter out = root.environment().out();
        out.println("talkwatch serves " + root.environment().databaseLocation(root.databaseLocation) + " at " + url);
        out.println("Ctrl+C stops it.");
        out.flush();
        if (open) {
            openBrowser(url, err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "talkwatch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true; // asked to stop, as Ctrl+C asks
        } finally {
            app.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it stops the app itself
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
            new ProcessBuilder(mac ? "open" : "xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("note: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
