package dev.talkwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A stream that a file saved as UTF-16 with a byte-order mark (Windows' Notepad's "Unicode", some
 * PowerShell redirections) is read through: it gives the same text as UTF-8, so every reader reads
 * it as a file saved in UTF-8. Any other stream is passed through unchanged.
 */
final class Utf16Input extends InputStream {

    private final Reader chars;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer pending = CharBuffer.allocate(8192).flip();
    private final ByteBuffer encoded = ByteBuffer.allocate(4 * 8192).flip();
    private boolean ended;

    private Utf16Input(Reader chars) {
        this.chars = chars;
    }

    /** {@code in} as UTF-8 when it starts with a UTF-16 byte-order mark; otherwise {@code in} itself. */
    static InputStream decoding(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        byte[] start = peek.readNBytes(4);
        peek.unread(start);
        boolean bigEndian = start.length >= 2 && (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF;
        boolean littleEndian = start.length >= 2 && (start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE
                && !(start.length == 4 && start[2] == 0 && start[3] == 0); // FF FE 00 00 is UTF-32
        if (!bigEndian && !littleEndian) {
            return peek;
        }
        // UTF_16 reads the mark, takes its byte order and drops it
        return new Utf16Input(new InputStreamReader(peek, StandardCharsets.UTF_16));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!encoded.hasRemaining()) {
            if (ended && !pending.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, encoded.remaining());
        encoded.get(into, offset, n);
        return n;
    }

    private void fill() throws IOException {
        pending.compact();
        int read = ended ? -1 : chars.read(pending);
        ended = read < 0;
        pending.flip();
        encoded.clear();
        encoder.encode(pending, encoded, ended);
        if (ended && !pending.hasRemaining()) {
            encoder.flush(encoded);
        }
        encoded.flip();
    }

    @Override
    public void close() throws IOException {
        chars.close();
    }
}
