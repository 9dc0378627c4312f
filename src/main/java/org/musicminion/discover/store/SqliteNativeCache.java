package org.musicminion.discover.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copies its native library (1.1 MB) out of the jar into the temp dir on every start,
 * reads it back to check the copy, loads it and deletes it at exit; to pick the library it also
 * runs {@code uname} in a child process. Together a fifth of a short command's start-up. This keeps
 * one copy per driver version, OS and architecture in a cache dir and points the driver at it with
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}; a hit costs one directory listing.
 * The copy is named {@code <size>-<library>} and written atomically (temp file, then rename), so a
 * damaged one is noticed and replaced. Any failure leaves the properties unset: the driver then
 * extracts as it always did.
 */
public final class SqliteNativeCache {
    private SqliteNativeCache() {}

    /** Points sqlite-jdbc at a cached copy of its native library under {@code dir}, extracting it there first if needed. */
    public static void use(Path dir) {
        use(dir, true);
    }

    /**
     * As {@link #use}, but only when the copy is already there (nothing is written): for a warm-up on another
     * thread, which must not leave a half-written copy behind when the process ends first. True when the
     * driver is now pointed at a copy (by this call, an earlier one, or the user).
     */
    public static boolean useIfCached(Path dir) {
        return use(dir, false);
    }

    private static synchronized boolean use(Path dir, boolean extract) {
        if (System.getProperty("org.sqlite.lib.path") != null) return true; // set by the user or an earlier call
        try {
            String version = resourceText("/META-INF/maven/org.xerial/sqlite-jdbc/VERSION");
            if (version == null) return false;
            Path home = dir.resolve(("sqlite-jdbc-" + version + "-" + System.getProperty("os.name") + "-"
                    + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_"));
            String library = LibraryLoaderUtil.getNativeLibName();
            Path lib = cached(home, library);
            if (lib == null && extract) lib = extract(home, library);
            if (lib == null) return false;
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
            System.setProperty("org.sqlite.lib.path", home.toString());
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no cache: sqlite-jdbc extracts to the temp dir as before
        }
    }

    /** The whole copy in {@code home} ({@code <size>-<library>} of that size), or null. */
    private static Path cached(Path home, String library) throws IOException {
        if (!Files.isDirectory(home)) return null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home, "*-" + library)) {
            for (Path f : files) {
                String size = f.getFileName().toString().substring(0, f.getFileName().toString().indexOf('-'));
                if (size.matches("\\d{1,12}") && Files.size(f) == Long.parseLong(size)) return f;
            }
        }
        return null;
    }

    private static Path extract(Path home, String library) throws IOException {
        // finding the resource asks OSInfo, which runs uname: only here, on a miss
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library;
        var url = SqliteNativeCache.class.getResource(resource);
        if (url == null) return null;
        Files.createDirectories(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path tmp = Files.createTempFile(home, library, ".part");
        try {
            URLConnection c = url.openConnection();
            try (InputStream in = c.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Path lib = home.resolve(Files.size(tmp) + "-" + library);
            Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return lib;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = SqliteNativeCache.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
