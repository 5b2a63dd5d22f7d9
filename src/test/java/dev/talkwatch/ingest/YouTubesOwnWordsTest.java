package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What YouTube says itself: its error alerts, and its "Members only" badge. */
class YouTubesOwnWordsTest {

    private static Source json(String name, String json) {
        return Source.bytes(name, json.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }

    private static String alert(String type, String text) {
        return """
                {"responseContext":{},"alerts":[{"alertWithButtonRenderer":{"type":"%s","text":{"simpleText":"%s"}}}]}
                """.formatted(type, text);
    }

    @Test
    void aResponseThatIsYouTubesErrorQuotesIt() {
        assertThatThrownBy(() -> new BrowseResponseReader().read(json("gone.json", alert("ERROR", "The playlist does not exist.")),
                new ImportProblems("gone.json")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("gone.json")
                .hasMessageContaining("\"The playlist does not exist.\"");
    }

    @Test
    void aSavedPageOfAPlaylistYouTubeWillNotShowQuotesItsAlert() {
        String data = """
                {"alerts":[{"alertRenderer":{"type":"ERROR","text":{"runs":[{"text":"This playlist type is unviewable."}]}}}],
                 "microformat":{"microformatDataRenderer":{"urlCanonical":"https://www.youtube.com/playlist?list=PLmix0000000000000000000000000001"}}}
                """;
        Source page = Source.bytes("mix.html", ("<html><script>var ytInitialData = " + data + ";</script>")
                .getBytes(StandardCharsets.UTF_8), Instant.EPOCH);

        assertThatThrownBy(() -> new YouTubePageReader().read(page, new ImportProblems("mix.html")))
                .hasMessageContaining("mix.html")
                .hasMessageContaining("\"This playlist type is unviewable.\"");
    }

    @Test
    void anInformationAlertBesideTheVideosIsNoError() throws IOException {
        String data = """
                {"alerts":[{"alertWithButtonRenderer":{"type":"INFO","text":{"simpleText":"Unavailable videos are hidden"}}}],
                 "contents":{"x":{"contents":[{"playlistVideoRenderer":{"videoId":"vid00000001","title":{"simpleText":"A"},
                  "index":{"simpleText":"1"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"PLinfo000000000000000000000000001"}}}}]}}}
                """;

        assertThat(new BrowseResponseReader().read(json("info.json", data), new ImportProblems("info.json")).captures()
                .getFirst().entries()).hasSize(1);
    }

    @Test
    void theMembersOnlyBadgeIsKeptAsTheVideosStatusWithItsTitleAndCount() throws IOException {
        String data = """
                {"contents":{"x":{"contents":[
                 {"playlistVideoRenderer":{"videoId":"vid00000001","title":{"simpleText":"Talks - Ana Lima: For Members"},
                  "index":{"simpleText":"1"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"PLmembers000000000000000000000001"}},
                  "videoInfo":{"runs":[{"text":"1.2K views"}]},
                  "badges":[{"metadataBadgeRenderer":{"style":"BADGE_STYLE_TYPE_MEMBERS_ONLY","label":"Nur für Mitglieder"}}]}},
                 {"lockupViewModel":{"contentId":"vid00000002","contentType":"LOCKUP_CONTENT_TYPE_VIDEO",
                  "metadata":{"lockupMetadataViewModel":{"title":{"content":"Talks - Bo Chen: Also for Members"},
                   "metadata":{"contentMetadataViewModel":{"metadataRows":[
                    {"metadataParts":[{"text":{"content":"PyCon"}}]},
                    {"badges":[{"badgeViewModel":{"badgeText":"Members only","badgeStyle":"BADGE_MEMBERS_ONLY"}}]},
                    {"metadataParts":[{"text":{"content":"921 views"}},{"text":{"content":"2 years ago"}}]}]}}}},
                  "rendererContext":{"commandContext":{"onTap":{"innertubeCommand":{"watchEndpoint":
                   {"videoId":"vid00000002","playlistId":"PLmembers000000000000000000000001","index":1}}}}}}},
                 {"playlistVideoRenderer":{"videoId":"vid00000003","title":{"simpleText":"Talks - Carla Diaz: For Everyone"},
                  "index":{"simpleText":"3"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"PLmembers000000000000000000000001"}},
                  "videoInfo":{"runs":[{"text":"5 views"}]},
                  "badges":[{"metadataBadgeRenderer":{"style":"BADGE_STYLE_TYPE_SIMPLE","label":"New"}}]}}]}}}
                """;

        PlaylistCapture capture = new BrowseResponseReader().read(json("members.json", data), new ImportProblems("m"))
                .captures().getFirst();

        assertThat(capture.entries()).extracting(VideoEntry::status)
                .containsExactly(VideoStatus.MEMBERS_ONLY, VideoStatus.MEMBERS_ONLY, VideoStatus.AVAILABLE);
        assertThat(capture.entries().getFirst().title()).isEqualTo("Talks - Ana Lima: For Members");
        assertThat(capture.entries().getFirst().views()).isEqualTo(new ViewCount(1200, "1.2K views", 100));
        assertThat(VideoStatus.byId("members-only")).isEqualTo(VideoStatus.MEMBERS_ONLY);
    }
}
