package dev.talkwatch.catalog;

/**
 * One way a playlist changed between two captures. {@code before} and {@code after} describe the
 * change: titles for a retitling, statuses for a status change, positions for a move, the position
 * for an addition or removal.
 */
public record PlaylistChange(Kind kind, String videoId, String title, String before, String after) {

    /** What happened to the video. */
    public enum Kind {
        ADDED("added"), REMOVED("removed"), MADE_PRIVATE("made private"), DELETED("deleted"),
        MADE_UNAVAILABLE("made unavailable"), MADE_MEMBERS_ONLY("made members-only"), AVAILABLE_AGAIN("available again"),
        RETITLED("retitled"), MOVED("moved");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Kind becoming(VideoStatus status) {
            return switch (status) {
                case PRIVATE -> MADE_PRIVATE;
                case DELETED -> DELETED;
                case UNAVAILABLE -> MADE_UNAVAILABLE;
                case MEMBERS_ONLY -> MADE_MEMBERS_ONLY;
                case AVAILABLE -> AVAILABLE_AGAIN;
            };
        }
    }
}
