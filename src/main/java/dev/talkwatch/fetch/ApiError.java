package dev.talkwatch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An error the Data API answered with: its HTTP status, the reason codes it gave
 * ({@code errors[].reason} such as {@code quotaExceeded}, and {@code details[].reason} such as
 * {@code API_KEY_INVALID}) and its message, explained for a user.
 */
record ApiError(int status, Set<String> reasons, String message) {

    static ApiError of(int status, JsonNode body) {
        JsonNode error = body.path("error");
        Set<String> reasons = new LinkedHashSet<>();
        error.path("details").forEach(d -> reasons.add(d.path("reason").asText("")));
        error.path("errors").forEach(e -> reasons.add(e.path("reason").asText("")));
        reasons.remove("");
        return new ApiError(status, reasons, error.path("message").asText("").replaceAll("<[^>]+>", "").strip());
    }

    String explain() {
        String said = message.isEmpty() ? "" : " (" + message + ")";
        if (any("quotaExceeded", "dailyLimitExceeded")) {
            return "the key's daily Data API quota is used up" + said
                    + "; it resets at midnight Pacific time, or fetch without a key";
        }
        if (any("rateLimitExceeded", "userRateLimitExceeded", "RATE_LIMIT_EXCEEDED")) {
            return "the Data API asks to slow down" + said + "; try again in a minute";
        }
        if (any("keyInvalid", "API_KEY_INVALID", "keyExpired", "API_KEY_EXPIRED")) {
            return "the Data API refused the key" + said
                    + "; check --api-key, YOUTUBE_API_KEY or api_key in the configuration";
        }
        if (any("accessNotConfigured", "SERVICE_DISABLED")) {
            return "the YouTube Data API v3 is not enabled for the key's Google Cloud project" + said;
        }
        if (any("playlistNotFound")) {
            return "the Data API finds no such playlist" + said
                    + "; check the id, and that the playlist is public or unlisted";
        }
        if (any("playlistItemsNotAccessible")) {
            return "the playlist is private" + said;
        }
        return "the Data API answered HTTP " + status + (reasons.isEmpty() ? "" : " " + String.join(", ", reasons)) + said;
    }

    private boolean any(String... wanted) {
        for (String reason : wanted) {
            if (reasons.contains(reason)) {
                return true;
            }
        }
        return false;
    }
}
