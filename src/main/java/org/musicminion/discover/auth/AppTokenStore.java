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
 * reported as a warning and replaced by the next grant. Like {@code tokens.json} it records the
 * api_url, auth_url and client_id it was issued for ({@link TokenOrigin}), and a token of another server or app
 * is never sent to this one; unlike {@code tokens.json} (a grant only a new login brings back, so a mismatch there
 * is exit 4 and the file is left alone) a cached app token of another origin, or of none recorded, is simply not
 * used: a new one is fetched for this config and replaces it. Thread-safe.
 */
public final class AppTokenStore {
    public static final String FILE = "app-token.json";
    public static final String LOCK = "app-token.lock";

    private final Path file;
    private final Path lockFile;
    private final TokenOrigin origin;
    private final Consumer<String> warn;

    /** @param origin this config's api_url, auth_url and client_id: saved with each token, required of a cached one */
    public AppTokenStore(Path dataDir, TokenOrigin origin, Consumer<String> warn) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        this.lockFile = dataDir.toAbsolutePath().normalize().resolve(LOCK);
        this.origin = origin;
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
            com.fasterxml.jackson.databind.JsonNode node = Json.MAPPER.readTree(Files.readAllBytes(file));
            AppToken token = AppToken.fromJson(node);
            TokenOrigin stored = TokenOrigin.fromJson(node.get(TokenOrigin.FIELD));
            if (stored == null) return null; // cached before origins were kept: whose it is cannot be told, so a new one replaces it
            if (!stored.matches(origin)) {
                warn.accept("app token cache " + file + " was issued for another server or app (" + stored.describe()
                        + ") than this config names (" + origin.describe() + "); not sent here, a new app token replaces it");
                return null;
            }
            return token;
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
            SecureFiles.writeAtomically(file, Json.MAPPER.writeValueAsBytes(token.toJson().set(TokenOrigin.FIELD, origin.toJson())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw ExitException.failed("cannot write app token cache " + file + ": " + e.getMessage());
        }
    }
}
