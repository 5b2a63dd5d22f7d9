package dev.talkwatch;

import dev.talkwatch.ingest.Source;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The project's own test fixtures, under src/test/resources/dev/talkwatch/. */
public final class Fixtures {

    /** The playlist id every hand-written fixture uses. */
    public static final String PLAYLIST = "PLtalkwatchFixture0000000000000001";

    private Fixtures() {
    }

    /** {@code ingest/page/classic-complete.html} and the like, as a file path. */
    public static Path path(String relative) {
        URL url = Fixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Source source(String relative) {
        return Source.file(path(relative));
    }
}
