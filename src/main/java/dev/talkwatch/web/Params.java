package dev.talkwatch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading a request's query parameters, and writing them back into links. */
final class Params {

    private Params() {
    }

    /** {@code text} as a whole number of at least {@code least}; null when blank; a 400 naming {@code what} otherwise. */
    static Long wholeNumber(String text, String what, long least) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < least) {
                throw HttpError.badRequest("the " + what + (least == 0 ? " must not be negative"
                        : " must be at least " + least) + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("the " + what + " must be a whole number, was '" + text + "'");
        }
    }

    /** {@code text} as "true" or "false"; a 400 naming {@code field} for anything else, absent included. */
    static boolean flag(String text, String field) {
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw HttpError.badRequest(text == null ? "the form sent no '" + field + "'; send " + field + "=true or false"
                : "'" + text + "' is no value for '" + field + "'; send " + field + "=true or false");
    }

    /** {@code text} as a day (2024-08-06); a 400 naming {@code field} when it is none or absent. */
    static java.time.LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw HttpError.badRequest("the form sent no '" + field + "'; send the day as " + field + "=2024-08-06");
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw HttpError.badRequest("'" + text + "' is no day for '" + field + "'; send it as 2024-08-06");
        }
    }

    /** The request's query parameters in order, each with its first value; empty ones left out. */
    static Map<String, String> of(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !values.getFirst().isEmpty()) {
                params.put(name, values.getFirst());
            }
        });
        return params;
    }

    /** "?a=1&amp;b=2" with names and values encoded, or "" for none. */
    static String query(Map<String, String> params) {
        return params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> Links.encode(e.getKey()) + "=" + Links.encode(e.getValue())).collect(Collectors.joining("&"));
    }
}
