package dev.talkwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in the user's cache folder. The driver otherwise copies it (1 MB)
 * out of the jar into the temp folder on every start, and fails with a stack trace where that
 * folder cannot be written. The copy is made once per driver version, written to a temporary name
 * and renamed, so a copy that exists is whole; where the cache cannot be written, the driver does as
 * it always did.
 */
final class NativeSqlite {

    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static volatile boolean prepared;

    private NativeSqlite() {
    }

    /** Points the driver at the cached copy, making it first if needed; once per process. */
    static void prepare() {
        if (prepared) {
            return;
        }
        synchronized (NativeSqlite.class) {
            if (!prepared && System.getProperty(PATH) == null) {
                Path cache = cacheFolder(System.getenv(), System.getProperty("user.home"));
                Path library = cached(cache);
                if (library != null) {
                    System.setProperty(PATH, library.getParent().toString());
                    System.setProperty(NAME, library.getFileName().toString());
                } else {
                    // the driver would extract it to the temp folder, and print its stack traces where it cannot
                    Path temp = Path.of(System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
                    if (!Files.isDirectory(temp) || !Files.isWritable(temp)) {
                        throw new StoreException("cannot load SQLite: it is copied out of talkwatch's jar once, to '" + cache
                                + "' or else to the temp folder '" + temp + "', and neither can be written;"
                                + " set XDG_CACHE_HOME to a folder you can write", null);
                    }
                }
            }
            prepared = true;
        }
    }

    /** {@code $XDG_CACHE_HOME/talkwatch}, else {@code ~/.cache/talkwatch}. */
    static Path cacheFolder(Map<String, String> environment, String home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return root.resolve("talkwatch");
    }

    /** The library for this platform under {@code cache}, copied there if it was not; null if it cannot be. */
    static Path cached(Path cache) {
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".jnilib")) {
            name = name.replace(".jnilib", ".dylib"); // older macOS JDKs; the driver ships .dylib
        }
        // by the JVM's own names for the platform: asking the driver which build fits (glibc or musl,
        // say) reads files of the system, so it is asked only when the copy is made
        Path library = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(System.getProperty("os.name").replace(' ', '_') + "-" + System.getProperty("os.arch")).resolve(name);
        if (Files.isRegularFile(library)) {
            return library;
        }
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(library.getParent());
            Path partial = Files.createTempFile(library.getParent(), name, ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return library;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
