package dev.talkwatch.fetch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Many one-page playlists on a {@link ReplayServer}, each the recorded one's last page under its own id. */
public final class ManyPlaylists {

    private static final String RECORDED = "PLtalkwatchReplay000000000000001";
    private static final String FOLDER = "/dev/talkwatch/fetch/classic/";

    private ManyPlaylists() {
    }

    /** Serves playlist {@code id}: its metadata, and one page of videos, sent after {@code delay}. */
    public static void serve(ReplayServer server, String id, Duration delay) {
        server.on("metadata " + id, "POST", "/youtubei/v1/browse", Map.of("$fields", "sidebar,header,microformat,alerts"),
                Map.of("browseId", "VL" + id), ReplayServer.Reply.of(200, "application/json; charset=UTF-8",
                        renamed("metadata.json", id)));
        server.on("page " + id, "POST", "/youtubei/v1/browse", Map.of(), Map.of("continuation", ContinuationToken.firstPage(id)),
                ReplayServer.Reply.of(200, "application/json; charset=UTF-8", renamed("page-3.json", id)).delayed(delay));
    }

    private static byte[] renamed(String file, String id) {
        return new String(ReplayServer.resource(FOLDER + file), StandardCharsets.UTF_8).replace(RECORDED, id)
                .getBytes(StandardCharsets.UTF_8);
    }
}
