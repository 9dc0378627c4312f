package org.musicminion.discover.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.Consumer;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.files.LockFile;
import org.musicminion.discover.http.TokenSource;

/**
 * The logged-in user's {@link TokenSource}. Reads {@code tokens.json} once per process and keeps
 * it in memory; when the access token is due it takes the cross-process lock, re-reads the file,
 * and refreshes only if the token on disk is still due, saving the rotated pair before using it.
 * On {@code invalid_grant} it re-reads: another process's rotation is used; the same refresh
 * token still on disk means the grant is revoked (file moved aside, exit 4). A failed refresh
 * (5xx, network) leaves the file as it was. Thread-safe.
 */
public final class UserTokens implements TokenSource {
    private final TokenStore store;
    private final Supplier<TokenEndpoint> endpoint;
    private final Clock clock;
    private final Duration margin;
    private final Consumer<String> info;
    private TokenSet cached;
    /**
     * Set when this process found the grant revoked and moved the file aside: every later caller
     * (the other sync workers waiting on the lock) gets the same message, never "not logged in".
     */
    private String revoked;

    public UserTokens(TokenStore store, Supplier<TokenEndpoint> endpoint, Clock clock, Duration margin, Consumer<String> info) {
        this.store = store;
        this.endpoint = endpoint;
        this.clock = clock;
        this.margin = margin;
        this.info = info;
    }

    public TokenStore store() {
        return store;
    }

    /** The current tokens (refreshed first if due). Exit 4 when not logged in. */
    public synchronized TokenSet current() {
        if (cached == null) cached = readOrFail();
        if (cached.isDue(clock.instant(), margin)) cached = refreshUnderLock(null);
        return cached;
    }

    @Override
    public String accessToken() {
        return current().accessToken();
    }

    @Override
    public synchronized void preload() {
        if (cached != null) return;
        try {
            cached = store.read(); // null when not logged in: accessToken() says so
        } catch (RuntimeException e) {
            // unreadable or refused (mode): accessToken() reports it when a request needs the token
        }
    }

    @Override
    public synchronized String refreshAfterRejection(String rejected) {
        cached = refreshUnderLock(rejected);
        return cached.accessToken();
    }

    /** Forgets the in-memory copy (after login or logout in the same process). */
    public synchronized void forget() {
        cached = null;
        revoked = null;
    }

    /**
     * Under the lock: re-read, and refresh only when still needed. {@code rejected} non-null means
     * the server refused that access token, so the token on disk is used only if it differs.
     */
    private TokenSet refreshUnderLock(String rejected) {
        try (LockFile ignored = store.lock()) {
            TokenSet disk = readOrFail();
            boolean needed = rejected == null ? disk.isDue(clock.instant(), margin) : disk.accessToken().equals(rejected);
            if (!needed) return disk;
            if (disk.refreshToken() == null) {
                throw ExitException.notAuthenticated("the access token in " + store.file() + (rejected == null ? " has expired" : " was refused by SoundCloud")
                        + " and there is no refresh token to get a new one; run: minion-discover auth login");
            }
            TokenResponse answer;
            try (TokenStore.Reserved room = store.reserve()) { // a full disk stops us before the grant, not after
                try {
                    answer = endpoint.get().refresh(disk.refreshToken());
                } catch (InvalidGrantException e) {
                    TokenSet again = readOrFail();
                    if (!java.util.Objects.equals(again.refreshToken(), disk.refreshToken())) return again; // rotated by a process outside our lock
                    Path aside = store.moveAside(clock.instant());
                    revoked = e.afterLostAnswer() ? e.lostAnswerMessage() + "; the old tokens were kept as " + aside
                            : "SoundCloud refused the stored refresh token (invalid_grant): the app's access was revoked"
                            + " or has expired, or an earlier refresh spent it and its answer was lost; the old tokens were kept as " + aside
                            + "; run: minion-discover auth login";
                    throw ExitException.notAuthenticated(revoked);
                }
                TokenSet rotated = disk.rotatedBy(answer);
                room.save(rotated); // single-use refresh tokens: saved (into the room taken first) before anything uses the new pair
                info.accept("refreshed the SoundCloud access token (valid until " + TokenSet.iso(rotated.expiresAt()) + ")");
                return rotated;
            }
        }
    }

    private TokenSet readOrFail() {
        if (revoked != null) throw ExitException.notAuthenticated(revoked);
        TokenSet t = store.read();
        if (t == null) throw ExitException.notAuthenticated("not logged in (no " + store.file() + ")");
        return t;
    }
}
