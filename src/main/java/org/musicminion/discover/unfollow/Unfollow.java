package org.musicminion.discover.unfollow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Urn;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.Follows;

/**
 * Unfollows artists on SoundCloud for the listener ({@code DELETE /me/followings/{urn}}), one request per artist, and
 * records it in the index: the artist and their history stay, marked no longer followed. The command asks for
 * confirmation first; this class does what it is told. An explicit, confirmed command of the listener: it is not
 * held back by a write budget.
 */
public final class Unfollow {
    /** What became of one input. */
    public enum Status {
        UNFOLLOWED, NOT_FOLLOWED, WOULD_UNFOLLOW, INVALID, FAILED;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One NDJSON line of {@code unfollow}. */
    @JsonPropertyOrder({"input", "urn", "username", "status", "error"})
    public record Line(String input, String urn, String username, Status status, String error) {}

    private final Database db;
    private final SoundCloud soundcloud;
    private final Clock clock;

    /** {@code soundcloud} may be null for a dry run (nothing is sent). */
    public Unfollow(Database db, SoundCloud soundcloud, Clock clock) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.clock = clock;
    }

    /** The user URN an input names, or null: {@code soundcloud:users:7} or {@code 7}. */
    public static String urnOf(String input) {
        Urn urn = Urn.userOf(input);
        return urn == null ? null : urn.toString();
    }

    /**
     * How the confirmation names each input: {@code username (urn)} when the index knows the artist's name,
     * else the input as given. Reads the index only.
     */
    public List<String> names(List<String> inputs) {
        return db.read(c -> {
            List<String> names = new ArrayList<>(inputs.size());
            for (String in : inputs) {
                String urn = urnOf(in);
                Follows.Known known = urn == null ? null : Follows.find(c, urn);
                names.add(known == null || known.username() == null ? in : known.username() + " (" + urn + ")");
            }
            return names;
        });
    }

    /** Unfollows each input in order ({@code dryRun}: says what it would do and sends nothing). */
    public List<Line> run(List<String> inputs, boolean dryRun) {
        List<Line> lines = new ArrayList<>();
        for (String input : inputs) lines.add(one(input, dryRun));
        return lines;
    }

    private Line one(String input, boolean dryRun) {
        String urn = urnOf(input);
        if (urn == null) return new Line(input, null, null, Status.INVALID, "not a user URN (soundcloud:users:N) or id");
        Follows.Known known = db.read(c -> Follows.find(c, urn));
        String name = known == null ? null : known.username();
        if (dryRun) return new Line(input, urn, name, Status.WOULD_UNFOLLOW, null);
        ApiResponse r = soundcloud.unfollow(urn);
        if (!r.ok() && r.status() != 404) return new Line(input, urn, name, Status.FAILED, r.errorMessage());
        db.write(c -> {
            Follows.unfollowed(c, urn, Urn.idOf(urn), clock.millis());
            return null;
        });
        return new Line(input, urn, name, r.ok() ? Status.UNFOLLOWED : Status.NOT_FOLLOWED, null);
    }
}
