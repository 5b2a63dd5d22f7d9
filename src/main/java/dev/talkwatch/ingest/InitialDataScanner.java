package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one YouTube JSON document (ytInitialData or a browse response) as a token stream and
 * picks out the playlist's entries wherever they sit. Only the small objects it needs are read
 * into trees, so the document is never held whole. Video items are found by their renderer
 * names, not by a fixed path; a continuation counts only when it sits in the same array as the
 * videos, which excludes the unrelated one beside the list.
 */
final class InitialDataScanner {

    private static final String CLASSIC = "playlistVideoRenderer";
    private static final String LOCKUP = "lockupViewModel";
    private static final Set<String> CONTINUATIONS = Set.of("continuationItemRenderer", "continuationItemViewModel");
    private static final Set<String> ALERTS = Set.of("alertRenderer", "alertWithButtonRenderer");
    private static final int NOT_IN_ARRAY = -1;

    private record Found(PlaylistRenderers.Item item, int arrayId, boolean lockup, String where) {

        VideoEntry entry() {
            return item.entry();
        }
    }

    private final SourceFormat format;
    private final String sourceName;
    private final ImportProblems problems;
    private final PlaylistMetadata metadata = new PlaylistMetadata();
    private final List<Found> found = new ArrayList<>();
    private final Set<Integer> continuationArrays = new HashSet<>();
    private final Map<Integer, String> tokens = new HashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final Set<Integer> videoArrays = new HashSet<>();
    private String language;
    private int items;

    InitialDataScanner(SourceFormat format, String sourceName, ImportProblems problems) {
        this.format = format;
        this.sourceName = sourceName;
        this.problems = problems;
    }

    /** Reads one JSON object from {@code parser}, which must be positioned before its first token. */
    PlaylistCapture scan(JsonParser parser) throws IOException {
        walk(parser);
        return capture();
    }

    /** Walks the document, collecting entries, continuations, metadata and alerts; {@link #capture} then builds. */
    void walk(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new UnreadableSourceException(sourceName, "expected a JSON object, found " + parser.currentToken());
        }
        // One entry per open container: NOT_IN_ARRAY for objects, a fresh id for each array.
        Deque<Integer> open = new ArrayDeque<>();
        open.push(NOT_IN_ARRAY);
        int arrays = 0;
        while (!open.isEmpty()) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new UnreadableSourceException(sourceName, "the JSON ends early; the file looks truncated");
            }
            switch (token) {
                case START_OBJECT -> open.push(NOT_IN_ARRAY);
                case START_ARRAY -> open.push(arrays++);
                case END_OBJECT, END_ARRAY -> open.pop();
                case FIELD_NAME -> {
                    String name = parser.currentName();
                    if (name.equals("requestLanguage")) {
                        // the interface language the page was rendered in, which the counts are written in
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.VALUE_STRING && language == null) {
                            language = parser.getText();
                        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            parser.skipChildren();
                        }
                    } else if (interesting(name)) {
                        parser.nextToken();
                        JsonNode node = tree(parser);
                        accept(name, node, enclosingArray(open));
                    }
                }
                default -> { }
            }
        }
    }

    // Parts of a renderer that no reader here looks at, and that weigh most of it: they are skipped
    // as tokens instead of built into the tree (the reader's time went into building them).
    private static final Set<String> UNREAD = Set.of("menu", "thumbnail", "thumbnailOverlays", "trackingParams",
            "clickTrackingParams", "loggingDirectives", "loggingContext", "accessibilityContext", "image",
            // in real lockups: the menu and hover buttons, and the player's settings in each watch endpoint
            "menuButton", "thumbnailHoverOverlayToggleActionsViewModel", "watchEndpointSupportedOnesieConfig");
    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    /** The value at the parser's current token as a tree, without the {@link #UNREAD} fields of its objects. */
    static JsonNode tree(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                // most of these objects hold one to three fields; the default map is sized for twelve
                var object = new com.fasterxml.jackson.databind.node.ObjectNode(NODES, new java.util.LinkedHashMap<>(4));
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == null) {
                        throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "the JSON ends early");
                    }
                    if (UNREAD.contains(field)) {
                        parser.skipChildren();
                    } else {
                        object.set(field, tree(parser));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                var array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    if (next == null) {
                        throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "the JSON ends early");
                    }
                    array.add(tree(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.missingNode();
            }
        }
    }

    private static boolean interesting(String name) {
        return name.equals(CLASSIC) || name.equals(LOCKUP) || CONTINUATIONS.contains(name)
                || PlaylistMetadata.KEYS.contains(name) || ALERTS.contains(name);
    }

    // The array that holds the object this field belongs to: {"playlistVideoRenderer": ...} is one element.
    private static int enclosingArray(Deque<Integer> open) {
        var iterator = open.iterator();
        iterator.next(); // the object holding the field
        return iterator.hasNext() ? iterator.next() : NOT_IN_ARRAY;
    }

    private void accept(String name, JsonNode node, int arrayId) {
        if (node == null || !node.isObject()) {
            return;
        }
        if (name.equals(CLASSIC) || name.equals(LOCKUP)) {
            items++;
            String where = "item " + items;
            boolean lockup = name.equals(LOCKUP);
            Optional<PlaylistRenderers.Item> item = lockup
                    ? PlaylistRenderers.lockup(node, where, problems)
                    : PlaylistRenderers.classic(node, where, problems);
            item.ifPresent(i -> found.add(new Found(i, arrayId, lockup, where)));
        } else if (CONTINUATIONS.contains(name)) {
            continuationArrays.add(arrayId);
            token(node).ifPresent(token -> tokens.putIfAbsent(arrayId, token));
        } else if (ALERTS.contains(name)) {
            String text = TextRepair.clean(Nodes.text(node.path("text")));
            if (text != null && "ERROR".equals(Nodes.string(node, "/type"))) {
                errors.add(text);
            }
        } else {
            metadata.accept(name, node);
        }
    }

    // The token sits in one of three places, depending on the client's vintage.
    private static Optional<String> token(JsonNode node) {
        for (JsonNode command : node.findValues("continuationCommand")) {
            String token = Nodes.string(command, "/token");
            if (token != null && !token.isBlank()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** The texts of the error alerts the response carries ("The playlist does not exist."). */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** The token that asks for the videos after these, if the list continues; call after {@link #capture}. */
    Optional<String> nextToken() {
        return videoArrays.stream().map(tokens::get).filter(java.util.Objects::nonNull).findFirst();
    }

    PlaylistCapture capture() {
        String playlistId = metadata.playlistId != null ? metadata.playlistId
                : VideoEntry.mostCommonPlaylist(found.stream().map(Found::entry).toList());
        if (!errors.isEmpty() && (playlistId == null || found.isEmpty())) {
            throw new UnreadableSourceException(sourceName, "YouTube answered with an error instead of the playlist: \""
                    + String.join(" ", errors) + "\"");
        }
        if (playlistId == null) {
            if (found.isEmpty()) {
                throw new UnreadableSourceException(sourceName,
                        "it holds no YouTube playlist; is this a playlist page or a browse response for one?");
            }
            throw new UnreadableSourceException(sourceName, "cannot tell which playlist its videos belong to");
        }
        List<VideoEntry> entries = new ArrayList<>();
        videoArrays.clear();
        for (Found f : found) {
            // Lockups also show related videos and other lists; only those linking into this list are entries.
            if (f.lockup() && !playlistId.equals(f.entry().playlistId())) {
                continue;
            }
            entries.add(CountReading.read(f.entry(), f.item().labelled(), language, f.where(), problems::add));
            videoArrays.add(f.arrayId());
        }
        boolean continues = continuationArrays.stream().anyMatch(videoArrays::contains);
        return new PlaylistCapture(playlistId, TextRepair.clean(metadata.title), metadata.channel, metadata.channelId,
                metadata.videoCount, entries, continues, format, sourceName).inLanguage(language);
    }
}
