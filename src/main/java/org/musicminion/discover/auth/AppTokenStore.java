package org.musicminion.discover.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.files.LockFile;

/**
 * The client-credentials token cache {@code <data dir>/app-token.json} (0600) and its lock file
 * {@code app-token.lock}. It holds nothing that cannot be fetched again, so an unusable file is
 * reported as a warning and replaced by the next grant. Thread-safe.
 */
public final class AppTokenStore {
    public static final String FILE = "app-token.json";
    public static final String LOCK = "app-token.lock";

    private final Path file;
    private final Path lockFile;
    private final Consumer<String> warn;

    public AppTokenStore(Path dataDir, Consumer<String> warn) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        this.lockFile = dataDir.toAbsolutePath().normalize().resolve(LOCK);
        this.warn = warn;
    }

    public Path file() {
        return file;
    }

    LockFile lock() {
        return LockFile.acquire(lockFile);
    }

    /** The cached token, or null when there is none or it cannot be used (then a warning says why). */
    public AppToken read() {
        try {
            if (!SecureFiles.tooOpen(file).isEmpty()) {
                warn.accept("app token cache " + file + " is readable by group/others (mode " + SecureFiles.mode(file)
                        + "); not using it, a new 0600 one replaces it");
                return null;
            }
            return AppToken.fromJson(Json.MAPPER.readTree(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | IllegalArgumentException e) {
            warn.accept("app token cache " + file + " cannot be used (" + (e instanceof IllegalArgumentException ? e.getMessage() : "not valid JSON")
                    + "); a new app token replaces it");
            return null;
        }
    }

    public void save(AppToken token) {
        try {
            SecureFiles.writeAtomically(file, Json.MAPPER.writeValueAsBytes(token.toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw ExitException.failed("cannot write app token cache " + file + ": " + e.getMessage());
        }
    }
}
