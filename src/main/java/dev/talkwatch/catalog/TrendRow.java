package dev.talkwatch.catalog;

import java.time.Instant;

/**
 * How one video of a playlist is doing: its newest observation with a count, the one it is compared
 * with ({@code baseline}, null when there is none), the views gained between them in all and per day,
 * views per day since upload (age-normalised popularity) and the upload time it assumes, its
 * percentile by that within the playlist (100 the best), and its rank by views now and at the
 * baseline (1 the most viewed). Any of the computed fields is null when the data does not give it.
 *
 * @param uploadedAfter the earliest the video can have been uploaded; equal to {@code uploadedBefore}
 *     when a source gave the publish time, else estimated from the age a page showed ("2 weeks ago")
 */
public record TrendRow(PlaylistItem item, Observation latest, Observation baseline, Estimate gained,
        Estimate gainedPerDay, Estimate viewsPerDay, Instant uploadedAfter, Instant uploadedBefore,
        Integer percentile, Integer rank, Integer previousRank) {

    /** Places moved up by views since the baseline (negative: down), or null. */
    public Integer rankChange() {
        return rank == null || previousRank == null ? null : previousRank - rank;
    }

    /** Whether the upload time is known exactly, not estimated from an age. */
    public boolean uploadExact() {
        return uploadedAfter != null && uploadedAfter.equals(uploadedBefore);
    }
}
