package org.musicminion.discover.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.files.LockFile;

/**
 * The user's tokens in {@code <data dir>/tokens.json} (0600, replaced atomically) and the lock
 * file {@code tokens.lock} that serialises refreshes across processes. A file that is empty, not
 * JSON, readable by group/others, a symbolic link or a directory is refused with exit 4 and left
 * untouched (a link is not followed), and so is one that records another server or app
 * ({@link TokenOrigin}) than the config's. Thread-safe.
 */
public final class TokenStore {
    public static final String FILE = "tokens.json";
    public static final String LOCK = "tokens.lock";
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final TokenOrigin origin;

    /** A store that neither records nor checks where its tokens came from (tests, tools). */
    public TokenStore(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * @param origin this config's api_url, auth_url and client_id: every save records it, and a file that
     *               records another one is refused (exit 4, left untouched) instead of used; null: no check
     */
    public TokenStore(Path dataDir, TokenOrigin origin) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        this.lockFile = dataDir.toAbsolutePath().normalize().resolve(LOCK);
        this.origin = origin;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS); // a link, even a dangling one, is there (and refused by read)
    }

    /** Takes the cross-process token lock; close the result to release it. */
    LockFile lock() {
        return LockFile.acquire(lockFile);
    }

    /** The stored tokens, or null when there is no file. Exit 4 (file untouched) when it cannot be used. */
    public TokenSet read() {
        byte[] bytes;
        try {
            refuseIfNotAFile();
            var tooOpen = SecureFiles.tooOpen(file);
            if (!tooOpen.isEmpty()) {
                throw ExitException.notAuthenticated("token file " + file + " is readable or writable by group/others (mode "
                        + SecureFiles.mode(file) + "), so it was not used; if only you could read it, fix it with: chmod 600 " + file
                        + "; otherwise revoke the app's access on SoundCloud and log in again");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw ExitException.failed("cannot read token file " + file + ": " + e.getMessage());
        }
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ExitException.notAuthenticated("token file " + file + " is empty (left as it is)");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw ExitException.notAuthenticated("token file " + file + " is not valid JSON (left as it is)");
        }
        checkOrigin(node);
        try {
            return TokenSet.fromJson(node);
        } catch (IllegalArgumentException e) {
            throw ExitException.notAuthenticated("token file " + file + " cannot be used: " + e.getMessage() + " (left as it is)");
        }
    }

    /**
     * A symbolic link or a directory in the token file's place is refused with advice that touches
     * only this path: chmod would follow a link and change its target, and a directory has no mode to fix.
     */
    private void refuseIfNotAFile() throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            throw ExitException.notAuthenticated("token file " + file + " is a symbolic link (to " + Files.readSymbolicLink(file)
                    + "), so it was not used and its target was not touched; the token file must be a plain file: remove the link"
                    + " (rm " + file + ") and run: minion-discover auth login");
        }
        if (a.isDirectory()) {
            throw ExitException.notAuthenticated("token file " + file + " is a directory, so it was not used (left as it is);"
                    + " move it aside (mv " + file + " " + file + ".bad) and run: minion-discover auth login");
        }
        if (!a.isRegularFile()) {
            throw ExitException.notAuthenticated("token file " + file + " is not a plain file, so it was not used (left as it is);"
                    + " move it aside and run: minion-discover auth login");
        }
    }

    /**
     * Exit 4, naming both, when the file records another api_url, auth_url or client_id than this config's:
     * those tokens belong to another server or app, so they are neither sent here nor refreshed here (a
     * refused refresh would declare them revoked). Nothing is renamed or changed.
     */
    private void checkOrigin(JsonNode node) {
        if (origin == null || !node.isObject()) return;
        TokenOrigin stored = TokenOrigin.fromJson(node.get(TokenOrigin.FIELD));
        if (stored == null || stored.matches(origin)) return;
        throw ExitException.notAuthenticated("the tokens in " + file + " belong to another server or app (" + stored.describe()
                + ") than this config names (" + origin.describe() + "), so they were not used and nothing was changed;"
                + " use the config they came from (or another --data-dir), or log in with this one");
    }

    /** Replaces the file atomically; it is 0600 from its first byte. */
    public void save(TokenSet tokens) {
        try {
            SecureFiles.writeAtomically(file, bytes(tokens));
        } catch (IOException e) {
            throw ExitException.failed("cannot write token file " + file + ": " + e.getMessage());
        }
    }

    /** How much room a refresh reserves before its grant: a stored token set is well under 2 KiB. */
    static final int RESERVE_BYTES = 64 * 1024;

    /**
     * Room for the next save, taken before a refresh grant is sent ({@code .tokens.json.reserve}, written
     * and fsynced): a full disk then stops the run before SoundCloud rotates the refresh token, not after.
     * Exit 1 naming the disk when there is no room; the token file is untouched and no grant was sent.
     */
    public Reserved reserve() {
        Path path = file.resolveSibling("." + FILE + ".reserve");
        try {
            return new Reserved(path, SecureFiles.reserve(path, RESERVE_BYTES));
        } catch (IOException e) {
            throw ExitException.failed("cannot make room for a refreshed token next to " + file + " (" + e.getMessage()
                    + "): the disk looks full, so no refresh was asked for and your tokens are as they were;"
                    + " free space on its file system (df " + file.getParent() + ") and run again");
        }
    }

    /** Room reserved for one save; {@link #save} uses it, {@link #close} gives it back unused. */
    public final class Reserved implements AutoCloseable {
        private final Path path;
        private final java.nio.channels.FileChannel channel;
        private boolean used;

        private Reserved(Path path, java.nio.channels.FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        /**
         * Saves {@code tokens} through the reserved room (atomically over the token file). When even that
         * fails, the new tokens stay in the reserve file, and the message says where: they are the only
         * copy of a rotated grant, so they are never dropped.
         */
        public void save(TokenSet tokens) {
            used = true;
            byte[] bytes = bytes(tokens);
            try {
                SecureFiles.commitReserve(channel, path, file, bytes);
            } catch (IOException e) {
                throw ExitException.failed("cannot write token file " + file + " (" + e.getMessage() + "); the refreshed tokens"
                        + " were kept in " + path + ": once there is room, move them into place with: mv " + path + " " + file);
            }
        }

        @Override
        public void close() {
            if (used) return;
            try {
                channel.close();
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // an unused reserve left behind is replaced by the next one
            }
        }
    }

    private byte[] bytes(TokenSet tokens) {
        try {
            var json = tokens.toJson();
            if (origin != null) json.set(TokenOrigin.FIELD, origin.toJson());
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the file; false when there was none. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw ExitException.failed("cannot delete token file " + file + ": " + e.getMessage());
        }
    }

    /** Renames the file to {@code tokens.json.revoked-<time>} (kept, not deleted) and returns the new path. */
    public Path moveAside(Instant now) {
        Path aside = file.resolveSibling(FILE + ".revoked-" + ASIDE.format(now));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return aside;
        } catch (IOException e) {
            throw ExitException.failed("cannot move the revoked token file " + file + " aside: " + e.getMessage());
        }
    }
}
