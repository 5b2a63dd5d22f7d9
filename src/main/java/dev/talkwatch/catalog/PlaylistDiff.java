package dev.talkwatch.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a playlist between two captures: videos added and removed, made private, deleted
 * or available again, retitled, and moved. A video counts as moved only when its order relative to
 * the others changed, not when an addition above it shifted its position: the videos that keep
 * their relative order are the longest such run, and the rest moved.
 */
public final class PlaylistDiff {

    private PlaylistDiff() {
    }

    public static List<PlaylistChange> between(PlaylistListing before, PlaylistListing after) {
        Map<String, PlaylistListing.Entry> old = byVideo(before);
        Map<String, PlaylistListing.Entry> now = byVideo(after);
        List<PlaylistChange> changes = new ArrayList<>();
        for (PlaylistListing.Entry entry : after.entries()) {
            PlaylistListing.Entry was = old.get(entry.videoId());
            if (was == null) {
                changes.add(new PlaylistChange(PlaylistChange.Kind.ADDED, entry.videoId(), entry.title(), null,
                        Integer.toString(entry.position())));
                continue;
            }
            if (was.status() != entry.status()) {
                changes.add(new PlaylistChange(PlaylistChange.Kind.becoming(entry.status()), entry.videoId(),
                        was.status().available() ? was.title() : entry.title(), was.status().id(), entry.status().id()));
            } else if (entry.status().available() && !was.title().equals(entry.title())) {
                changes.add(new PlaylistChange(PlaylistChange.Kind.RETITLED, entry.videoId(), entry.title(), was.title(),
                        entry.title()));
            }
        }
        for (PlaylistListing.Entry entry : before.entries()) {
            if (!now.containsKey(entry.videoId())) {
                changes.add(new PlaylistChange(PlaylistChange.Kind.REMOVED, entry.videoId(), entry.title(),
                        Integer.toString(entry.position()), null));
            }
        }
        changes.addAll(moves(before, after, old, now));
        return changes;
    }

    private static List<PlaylistChange> moves(PlaylistListing before, PlaylistListing after,
            Map<String, PlaylistListing.Entry> old, Map<String, PlaylistListing.Entry> now) {
        List<PlaylistListing.Entry> common = after.entries().stream().filter(e -> old.containsKey(e.videoId())).toList();
        Map<String, Integer> oldOrder = new HashMap<>();
        before.entries().stream().filter(e -> now.containsKey(e.videoId()))
                .forEachOrdered(e -> oldOrder.put(e.videoId(), oldOrder.size()));
        int[] sequence = common.stream().mapToInt(e -> oldOrder.get(e.videoId())).toArray();
        Set<Integer> kept = longestIncreasing(sequence);
        List<PlaylistChange> moves = new ArrayList<>();
        for (int i = 0; i < common.size(); i++) {
            if (!kept.contains(i)) {
                PlaylistListing.Entry entry = common.get(i);
                moves.add(new PlaylistChange(PlaylistChange.Kind.MOVED, entry.videoId(), entry.title(),
                        Integer.toString(old.get(entry.videoId()).position()), Integer.toString(entry.position())));
            }
        }
        return moves;
    }

    // Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)).
    static Set<Integer> longestIncreasing(int[] sequence) {
        int[] tails = new int[sequence.length];
        int[] previous = new int[sequence.length];
        int length = 0;
        for (int i = 0; i < sequence.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sequence[tails[middle]] < sequence[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        Set<Integer> kept = new HashSet<>();
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            kept.add(i);
        }
        return kept;
    }

    private static Map<String, PlaylistListing.Entry> byVideo(PlaylistListing listing) {
        Map<String, PlaylistListing.Entry> map = new LinkedHashMap<>();
        listing.entries().forEach(e -> map.putIfAbsent(e.videoId(), e));
        return map;
    }
}
