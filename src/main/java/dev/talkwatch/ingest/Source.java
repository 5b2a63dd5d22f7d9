package dev.talkwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Bytes to import and what to call them in messages: a file, a bundled resource, bytes in memory,
 * or a folder of files (a pyvideo.org event), whose {@code folder} is then set and whose content is
 * the list of its files with their digests. {@code modifiedAt} is when the content was saved, used
 * as the capture time when nothing better is known. A source can be opened more than once.
 */
public record Source(String name, Opener opener, Instant modifiedAt, Path folder) {

    /** Opens a fresh stream over the whole content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }

    public Source(String name, Opener opener, Instant modifiedAt) {
        this(name, opener, modifiedAt, null);
    }

    /** A file; fails with a message naming it when it is missing, a directory, or unreadable. */
    public static Source file(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new UnreadableSourceException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            return ofFolder(path);
        }
        if (!Files.isReadable(path)) {
            throw new UnreadableSourceException(name, "permission denied");
        }
        try {
            return new Source(name, () -> Files.newInputStream(path), Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new UnreadableSourceException(name, e.getMessage(), e);
        }
    }

    // A folder's content, for detection and its digest, is the sorted list of its files and their digests.
    private static Source ofFolder(Path path) {
        String name = path.toString();
        try (var files = Files.walk(path)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            StringBuilder listing = new StringBuilder();
            Instant newest = Files.getLastModifiedTime(path).toInstant();
            for (Path file : regular) {
                listing.append(path.relativize(file).toString().replace('\\', '/')).append(' ')
                        .append(file(file).digest()).append('\n');
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            }
            byte[] content = listing.toString().getBytes(StandardCharsets.UTF_8);
            return new Source(name, () -> new ByteArrayInputStream(content), newest, path);
        } catch (IOException e) {
            throw new UnreadableSourceException(name, e.getMessage(), e);
        }
    }

    /** A resource bundled with talkwatch, named by its path beside {@code anchor}. */
    public static Source resource(Class<?> anchor, String path, Instant savedAt) {
        if (anchor.getResource(path) == null) {
            throw new UnreadableSourceException(path, "talkwatch was built without this resource");
        }
        return new Source(path, () -> anchor.getResourceAsStream(path), savedAt);
    }

    public static Source bytes(String name, byte[] content, Instant modifiedAt) {
        byte[] copy = content.clone();
        return new Source(name, () -> new ByteArrayInputStream(copy), modifiedAt);
    }

    /** The content, as UTF-8 when it was saved as UTF-16 with a byte-order mark. */
    public InputStream open() throws IOException {
        return Utf16Input.decoding(opener.open());
    }

    /** SHA-256 of the content, hex; two sources with the same digest hold the same capture. */
    public String digest() {
        try (DigestInputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UnreadableSourceException(name, e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
