package org.musicminion.discover.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;

import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copies its native library (1.1 MB) out of the jar into the temp dir on every start,
 * reads it back to check the copy, loads it and deletes it at exit: a fifth of a short command's
 * start-up. This keeps one copy per library build (named by the jar entry's CRC, so a new driver
 * gets a new file) in a cache dir and points the driver at it with {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}. Written once, atomically (temp file, then rename), dir 0700. Any
 * failure leaves the properties unset: the driver then extracts as it always did.
 */
public final class SqliteNativeCache {
    private SqliteNativeCache() {}

    /** Points sqlite-jdbc at a cached copy of its native library in {@code dir}, extracting it there first if needed. */
    public static synchronized void use(Path dir) {
        if (System.getProperty("org.sqlite.lib.path") != null) return; // set by the user or an earlier call
        try {
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            URL url = SqliteNativeCache.class.getResource(resource);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) return;
            ZipEntry entry = jar.getJarEntry();
            if (entry == null || entry.getCrc() < 0) return;
            String name = LibraryLoaderUtil.getNativeLibName().replaceFirst("(\\.[a-z]+)$",
                    "-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize() + "$1");
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != entry.getSize()) extract(url, dir, lib);
            System.setProperty("org.sqlite.lib.name", name);
            System.setProperty("org.sqlite.lib.path", dir.toString());
        } catch (IOException | RuntimeException e) {
            // no cache: sqlite-jdbc extracts to the temp dir as before
        }
    }

    private static void extract(URL url, Path dir, Path lib) throws IOException {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path tmp = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
