package org.musicminion.discover.soundcloud;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.SourceKind;

/**
 * Reads one item of {@code /me/feed/tracks}: {@code {"type","created_at","origin":{track},"reposter"?}}.
 * A {@code track:repost} needs a reposter URN (a string {@code soundcloud:users:N}, or a user
 * object) and a track origin; a {@code track} needs a track origin with its uploader. Playlist items
 * and unknown types are other activity (kept only for their time). An item without a readable time,
 * a repost without a reposter, or a null or non-track origin is malformed: the caller counts it and
 * goes on.
 */
public final class FeedItemParser {
    /** What one item turned out to be. */
    public sealed interface Parsed permits Post, Other, Malformed {}

    /** A repost or upload of a track. */
    public record Post(FeedItem item) implements Parsed {}

    /** Activity that is not about a track (a playlist, an unknown type), at its time. */
    public record Other(Instant at) implements Parsed {}

    /** An item that could not be read; {@code reason} for -v. */
    public record Malformed(String reason) implements Parsed {}

    private FeedItemParser() {}

    public static Parsed parse(JsonNode item) {
        if (item == null || !item.isObject()) return new Malformed("not an object");
        JsonNode typeNode = item.get("type");
        if (typeNode == null || !typeNode.isTextual()) return new Malformed("no type");
        Instant at = SoundCloudTime.parse(item.hasNonNull("created_at") && item.get("created_at").isTextual() ? item.get("created_at").asText() : null);
        if (at == null) return new Malformed("created_at missing or in an unknown format");
        String type = typeNode.asText();
        boolean repost = type.equals("track:repost");
        if (!repost && !type.equals("track")) return new Other(at);
        JsonNode origin = item.get("origin");
        if (origin == null || !origin.isObject()) return new Malformed("no origin");
        Track track = Items.track(origin);
        if (track == null) return new Malformed("origin is not a track");
        if (repost) {
            String reposter = reposter(item.get("reposter"));
            if (reposter == null) return new Malformed("repost without a reposter");
            return new Post(new FeedItem(SourceKind.REPOST, at, track, reposter));
        }
        if (track.artistUrn() == null) return new Malformed("upload without its uploader");
        return new Post(new FeedItem(SourceKind.UPLOAD, at, track, track.artistUrn()));
    }

    /** The reposter's URN from a URN string or a user object; null when neither. */
    private static String reposter(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isTextual()) {
            String s = n.asText();
            Long id = Urn.userIdOf(s);
            return id == null ? null : Urn.user(id).toString();
        }
        User user = Items.user(n);
        return user == null ? null : user.urn();
    }
}
