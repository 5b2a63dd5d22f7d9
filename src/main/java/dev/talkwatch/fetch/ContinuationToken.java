package dev.talkwatch.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The continuation token that asks InnerTube for a playlist's first page of videos, built as the
 * 2026 web client (and NewPipe) builds it: a protobuf message, field 80226972 holding
 * {2: "VL" + id, 3: "CADCBgIIAA%3D%3D", 35: id}, in URL-safe base64 with its padding
 * percent-encoded, as YouTube writes its own tokens.
 */
final class ContinuationToken {

    private static final int BROWSE_CONTINUATION = 80226972;
    private static final String FIRST_PAGE_PARAMS = "CADCBgIIAA%3D%3D";

    private ContinuationToken() {
    }

    static String firstPage(String playlistId) {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        field(inner, 2, "VL" + playlistId);
        field(inner, 3, FIRST_PAGE_PARAMS);
        field(inner, 35, playlistId);
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        field(outer, BROWSE_CONTINUATION, inner.toByteArray());
        return Base64.getUrlEncoder().encodeToString(outer.toByteArray()).replace("=", "%3D");
    }

    private static void field(ByteArrayOutputStream out, int number, String value) {
        field(out, number, value.getBytes(StandardCharsets.UTF_8));
    }

    // A length-delimited field (wire type 2): key, length, bytes.
    private static void field(ByteArrayOutputStream out, int number, byte[] value) {
        varint(out, ((long) number << 3) | 2);
        varint(out, value.length);
        out.writeBytes(value);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}
