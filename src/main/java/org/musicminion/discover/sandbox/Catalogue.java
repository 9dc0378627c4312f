package org.musicminion.discover.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's truth: the user, the artists they follow, what each artist reposted and liked, the
 * user's likes and playlists, and which tracks are deleted. Generated deterministically from a
 * {@link CatalogueSpec}; tests and benchmarks read it to check a client and change it (new reposts,
 * likes, playlist edits) while the server runs. Thread-safe: reads see a consistent snapshot per list.
 */
public final class Catalogue {
    public static final long ME_ID = 7;
    static final long ARTIST_BASE = 100_000;
    static final long UPLOADER_BASE = 200_000;
    static final long TRACK_BASE = 1_000_000;
    static final long PLAYLIST_BASE = 5_000_000;
    static final String WEB = "https://soundcloud.com/";
    public static final String NOT_INTERESTED = "Not interested";
    public static final String NOT_QUITE = "Not quite";
    public static final String DISCOVERY = "Discovery";
    /** The canonical genres a track's {@link Truth#genre()} is one of. */
    public static final List<String> GENRES = List.of(CatalogueRandom.GENRES);

    /** A SoundCloud user as the sandbox knows it. */
    public record User(long id, String urn, String username, String permalink, String permalinkUrl) {}

    /** A track; {@code deleted} ones answer 404 and appear in no list. */
    public record Track(long id, String urn, String title, String permalink, String permalinkUrl, long durationMs,
                        Instant createdAt, String genre, User user, boolean deleted) {}

    /**
     * What the world knows of a track and the API never shows: its canonical genre (the served one may be spelled
     * otherwise or empty), what its title says it is, and its quality (standard normal; a ring's promo uploads are
     * weak). Listeners' tastes and the bench's oracle read it; {@link Views} does not.
     */
    public record Truth(String genre, TitleTag tag, double quality) {}

    /** What a followed artist is in the world: an ordinary reposter, a curator, or a member of a repost ring. */
    public enum ArtistRole { ORDINARY, CURATOR, RING }

    /** A playlist owned by the user, with its current track URNs in order. */
    public record Playlist(long id, String urn, String title, String permalink, String permalinkUrl, List<String> trackUrns) {}

    private final CatalogueSpec spec;
    private final User me;
    private final User[] artists;
    /** Artists the listener unfollowed through the API (indexes into {@link #artists}). */
    private final Set<Integer> unfollowed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final User[] uploaders;
    private final Track[] tracks;
    private final AppendList[] reposts;
    private final AppendList[] likes;
    private final AppendList userLikes;
    private final List<PlaylistState> playlists = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Integer> trackByPath = new HashMap<>();
    private final Map<String, User> userByPath = new HashMap<>();
    private final Map<String, Integer> playlistByPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final FeedSpec feedSpec;
    private final FeedLog feed;
    private final Clock clock;
    private final CatalogueGenerator.Shape shape;

    private static final class PlaylistState {
        final long id;
        final String title;
        final String permalink;
        volatile int[] tracks;

        PlaylistState(long id, String title, String permalink, int[] tracks) {
            this.id = id;
            this.title = title;
            this.permalink = permalink;
            this.tracks = tracks;
        }
    }

    private Catalogue(CatalogueSpec spec, CatalogueGenerator.Parts parts, FeedSpec feedSpec, Clock clock) {
        this.spec = spec;
        this.feedSpec = feedSpec;
        this.feed = parts.feed();
        this.clock = clock;
        this.shape = parts.shape();
        me = parts.me();
        artists = parts.artists();
        uploaders = parts.uploaders();
        tracks = parts.tracks();
        reposts = parts.reposts();
        likes = parts.likes();
        userLikes = parts.userLikes();
        int[][] lists = parts.playlists();
        playlists.addAll(List.of(
                new PlaylistState(PLAYLIST_BASE + 1, NOT_INTERESTED, "not-interested", lists[0]),
                new PlaylistState(PLAYLIST_BASE + 2, NOT_QUITE, "not-quite", lists[1]),
                new PlaylistState(PLAYLIST_BASE + 3, DISCOVERY, "discovery", lists[2])));
        for (User u : artists) userByPath.put(u.permalink(), u);
        for (User u : uploaders) userByPath.put(u.permalink(), u);
        userByPath.put(me.permalink(), me);
        for (int i = 0; i < tracks.length; i++) trackByPath.put(tracks[i].user().permalink() + "/" + tracks[i].permalink(), i);
        for (int p = 0; p < playlists.size(); p++) playlistByPath.put(me.permalink() + "/sets/" + playlists.get(p).permalink, p);
    }

    /**
     * Builds the catalogue of a spec with the default stream ({@link FeedSpec#DEFAULT}) dated back from
     * a fixed instant ({@link #FIXED_START}, also the time of later reposts): the same spec always gives
     * the same catalogue, stream included.
     */
    public static Catalogue generate(CatalogueSpec spec) {
        return generate(spec, FeedSpec.DEFAULT, Clock.fixed(FIXED_START, java.time.ZoneOffset.UTC));
    }

    /** The start of a catalogue built without a clock. */
    public static final Instant FIXED_START = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * Builds the catalogue of a spec whose stream follows {@code feed}, dated back from {@code clock}'s
     * now; later reposts are stamped with {@code clock}. The same spec, feed spec and start instant
     * always give the same catalogue.
     */
    public static Catalogue generate(CatalogueSpec spec, FeedSpec feed, Clock clock) {
        return generate(spec, feed, World.PLAIN, clock);
    }

    /** As {@link #generate(CatalogueSpec, FeedSpec, Clock)}, shaped by {@code world}. */
    public static Catalogue generate(CatalogueSpec spec, FeedSpec feed, World world, Clock clock) {
        return new Catalogue(spec, CatalogueGenerator.generate(spec, feed, world, clock.instant()), feed, clock);
    }

    // ---- reading the truth ----

    public CatalogueSpec spec() {
        return spec;
    }

    public User me() {
        return me;
    }

    /** The world this catalogue was shaped by. */
    public World world() {
        return shape.world();
    }

    /** The hidden truth of a track (never served). */
    public Truth truth(Track t) {
        return shape.truth()[trackIndexAny(t.urn())];
    }

    /** What a followed artist is in the world (hidden). */
    public ArtistRole role(String artistUrn) {
        return shape.roles()[artistIndexOrThrow(artistUrn)];
    }

    /** The repost ring (0-based) of a followed artist, or -1 (hidden). */
    public int ring(String artistUrn) {
        return shape.ringOf()[artistIndexOrThrow(artistUrn)];
    }

    /** The followed artists, in the order /me/followings lists them (those the listener unfollowed left out). */
    public List<User> followings() {
        List<User> out = new ArrayList<>();
        for (int a : followedIndexes()) out.add(artists[a]);
        return out;
    }

    /**
     * The listener stops following an artist ({@code DELETE /me/followings/{urn}}): they leave /me/followings, their
     * lists stay. False when they are not followed (unknown, or unfollowed before).
     */
    public boolean unfollow(String artistUrn) {
        int a = artistIndex(artistUrn);
        return a >= 0 && unfollowed.add(a);
    }

    /** Track URNs the artist reposted, newest first. */
    public List<String> repostsOf(String artistUrn) {
        return urns(reposts[artistIndexOrThrow(artistUrn)].newestFirst());
    }

    /** Track URNs the artist liked, newest first. */
    public List<String> likesOf(String artistUrn) {
        return urns(likes[artistIndexOrThrow(artistUrn)].newestFirst());
    }

    /** Track URNs the user liked, newest first. */
    public List<String> userLikes() {
        return urns(userLikes.newestFirst());
    }

    /** For every reposted track URN, the artist URNs that reposted it. */
    public Map<String, Set<String>> repostersByTrack() {
        return byTrack(reposts);
    }

    /** For every liked track URN, the artist URNs that liked it. */
    public Map<String, Set<String>> likersByTrack() {
        return byTrack(likes);
    }

    /** For every track some followed artist reposted or liked, those artists (reposters first). */
    public Map<String, Set<String>> pickersByTrack() {
        Map<String, Set<String>> out = byTrack(reposts);
        byTrack(likes).forEach((t, as) -> out.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(as));
        return out;
    }

    private Map<String, Set<String>> byTrack(AppendList[] lists) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int a = 0; a < lists.length; a++) {
            for (int t : lists[a].newestFirst()) out.computeIfAbsent(tracks[t].urn(), k -> new LinkedHashSet<>()).add(artists[a].urn());
        }
        return out;
    }

    public List<Playlist> playlists() {
        List<Playlist> out = new ArrayList<>();
        for (int p = 0; p < playlists.size(); p++) out.add(playlistAt(p));
        return out;
    }

    public Optional<Playlist> playlistByTitle(String title) {
        for (int p = 0; p < playlists.size(); p++) if (playlists.get(p).title.equals(title)) return Optional.of(playlistAt(p));
        return Optional.empty();
    }

    /** Creates an empty private playlist titled {@code title} on the user's account (what POST /playlists does). */
    public Playlist createPlaylist(String title) {
        synchronized (playlists) {
            int p = playlists.size();
            long id = PLAYLIST_BASE + p + 1;
            String permalink = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + id;
            playlists.add(new PlaylistState(id, title, permalink, new int[0]));
            playlistByPath.put(me.permalink() + "/sets/" + permalink, p);
            return playlistAt(p);
        }
    }

    public Optional<Playlist> playlist(String urnOrId) {
        int p = playlistIndex(urnOrId);
        return p < 0 ? Optional.empty() : Optional.of(playlistAt(p));
    }

    /** Any track, live or deleted, by URN or numeric id. */
    public Optional<Track> track(String urnOrId) {
        int i = trackIndexAny(urnOrId);
        return i < 0 ? Optional.empty() : Optional.of(tracks[i]);
    }

    /** Every track of the pool, deleted ones included. */
    public List<Track> tracks() {
        return List.of(tracks);
    }

    public Set<String> deletedTrackUrns() {
        Set<String> out = new LinkedHashSet<>();
        for (Track t : tracks) if (t.deleted()) out.add(t.urn());
        return out;
    }

    /** soundcloud.com URLs of live tracks (each resolves to its track). */
    public List<String> livePermalinkUrls() {
        List<String> out = new ArrayList<>();
        for (Track t : tracks) if (!t.deleted()) out.add(t.permalinkUrl());
        return out;
    }

    /** soundcloud.com URLs of deleted tracks (each answers 404 on /resolve). */
    public List<String> deletedPermalinkUrls() {
        List<String> out = new ArrayList<>();
        for (Track t : tracks) if (t.deleted()) out.add(t.permalinkUrl());
        return out;
    }

    /**
     * What /resolve finds for a URL: the URN of a live track, a user or a playlist; empty for a
     * deleted track or an unknown URL. Accepts http(s), www. and m. hosts, a trailing slash and a query.
     */
    public Optional<String> resolve(String url) {
        String path = webPath(url);
        if (path == null) return Optional.empty();
        Integer t = trackByPath.get(path);
        if (t != null) return tracks[t].deleted() ? Optional.empty() : Optional.of(tracks[t].urn());
        User u = userByPath.get(path);
        if (u != null) return Optional.of(u.urn());
        Integer p = playlistByPath.get(path);
        if (p != null) return Optional.of("soundcloud:playlists:" + playlists.get(p).id);
        return Optional.empty();
    }

    private static String webPath(String url) {
        if (url == null) return null;
        try {
            URI uri = new URI(url.trim());
            String host = uri.getHost();
            if (host == null || uri.getScheme() == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            if (!(host.equals("soundcloud.com") || host.equals("www.soundcloud.com") || host.equals("m.soundcloud.com"))) return null;
            String path = uri.getPath() == null ? "" : uri.getPath();
            path = path.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
            return path.isEmpty() ? null : path;
        } catch (Exception e) {
            return null;
        }
    }

    // ---- changing it ----

    /**
     * The artist reposts a live track now (the catalogue's clock); it becomes the newest item of their
     * reposts and, unless the stream thins it ({@link #feedCarries}), of the stream. False when already there.
     */
    public boolean addRepost(String artistUrn, String trackUrn) {
        return addRepost(artistUrn, trackUrn, clock.instant());
    }

    /** As {@link #addRepost(String, String)}, at {@code at} (the stream item's time, whole seconds). */
    public boolean addRepost(String artistUrn, String trackUrn, Instant at) {
        int a = artistIndexOrThrow(artistUrn);
        int t = liveTrackOrThrow(trackUrn);
        if (!reposts[a].append(t)) return false;
        if (feedSpec.carries(spec.seed(), a, t, true)) feed.add(at.toEpochMilli() - Math.floorMod(at.toEpochMilli(), 1000), t, a, true);
        return true;
    }

    /** True when the stream carries the artist's repost of the track (false: thinned away, as SoundCloud does for prolific accounts). */
    public boolean feedCarries(String artistUrn, String trackUrn) {
        return feedSpec.carries(spec.seed(), artistIndexOrThrow(artistUrn), trackIndexAny(trackUrn), true);
    }

    /** True when the artist counts as prolific (their stream items are thinned). */
    public boolean prolific(String artistUrn) {
        return feedSpec.prolific(spec.seed(), artistIndexOrThrow(artistUrn));
    }

    public FeedSpec feedSpec() {
        return feedSpec;
    }

    /** The stream as a listener reads it: one item per repost or upload that reached it, newest first. */
    public List<FeedItem> feed() {
        List<FeedItem> out = new ArrayList<>();
        for (FeedLog.Event e : feed.newestFirst()) {
            out.add(new FeedItem(e.repost() ? "track:repost" : "track", Instant.ofEpochMilli(e.at()), tracks[e.track()].urn(),
                    artists[e.artist()].urn()));
        }
        return out;
    }

    /** One stream item: {@code type} as the API names it, its time, the track and the reposting / uploading artist. */
    public record FeedItem(String type, Instant at, String trackUrn, String artistUrn) {}

    /** The artist likes a live track (newest first). False when already liked. */
    public boolean addLike(String artistUrn, String trackUrn) {
        return likes[artistIndexOrThrow(artistUrn)].append(liveTrackOrThrow(trackUrn));
    }

    /** The user likes a live track (newest first). False when already liked. */
    public boolean likeTrack(String trackUrn) {
        return userLikes.append(liveTrackOrThrow(trackUrn));
    }

    /** The user unlikes a track; false when it was not liked. */
    public boolean unlikeTrack(String trackUrn) {
        return userLikes.remove(trackIndexAny(trackUrn));
    }

    /** Appends a live track to the end of a playlist (no duplicates); false when already there. */
    public boolean addToPlaylist(String playlistUrn, String trackUrn) {
        PlaylistState p = playlistOrThrow(playlistUrn);
        int t = liveTrackOrThrow(trackUrn);
        synchronized (p) {
            int[] cur = p.tracks;
            for (int x : cur) if (x == t) return false;
            int[] next = Arrays.copyOf(cur, cur.length + 1);
            next[cur.length] = t;
            p.tracks = next;
            return true;
        }
    }

    /** Removes a track from a playlist; false when it was not there. */
    public boolean removeFromPlaylist(String playlistUrn, String trackUrn) {
        PlaylistState p = playlistOrThrow(playlistUrn);
        int t = trackIndexAny(trackUrn);
        synchronized (p) {
            int[] cur = p.tracks;
            int[] next = Arrays.stream(cur).filter(x -> x != t).toArray();
            p.tracks = next;
            return next.length != cur.length;
        }
    }

    /** Replaces a playlist's tracks (what PUT /playlists/{urn} does); deleted and unknown tracks are dropped. */
    public Playlist replacePlaylistTracks(String playlistUrn, List<String> trackUrns) {
        int p = playlistIndex(playlistUrn);
        if (p < 0) throw new IllegalArgumentException("no such playlist: " + playlistUrn);
        int[] next = trackUrns.stream().mapToInt(this::trackIndexAny).filter(i -> i >= 0 && !tracks[i].deleted()).distinct().toArray();
        synchronized (playlists.get(p)) {
            playlists.get(p).tracks = next;
        }
        return playlistAt(p);
    }

    // ---- internal access for the server ----

    int artistCount() {
        return artists.length;
    }

    /** Indexes of the artists still followed, in /me/followings order. */
    int[] followedIndexes() {
        if (unfollowed.isEmpty()) {
            int[] all = new int[artists.length];
            for (int a = 0; a < all.length; a++) all[a] = a;
            return all;
        }
        return java.util.stream.IntStream.range(0, artists.length).filter(a -> !unfollowed.contains(a)).toArray();
    }

    User artistAt(int a) {
        return artists[a];
    }

    Track trackAt(int i) {
        return tracks[i];
    }

    AppendList repostList(int a) {
        return reposts[a];
    }

    AppendList likeList(int a) {
        return likes[a];
    }

    AppendList userLikeList() {
        return userLikes;
    }

    CatalogueGenerator.Shape shape() {
        return shape;
    }

    FeedLog feedLog() {
        return feed;
    }

    int playlistCount() {
        return playlists.size();
    }

    int[] playlistTracks(int p) {
        return playlists.get(p).tracks;
    }

    Playlist playlistAt(int p) {
        PlaylistState s = playlists.get(p);
        return new Playlist(s.id, "soundcloud:playlists:" + s.id, s.title, s.permalink, WEB + me.permalink() + "/sets/" + s.permalink,
                Collections.unmodifiableList(urns(s.tracks)));
    }

    /** Index of an artist (followed) by URN or numeric id; -1 when none. */
    int artistIndex(String urnOrId) {
        long id = idOf(urnOrId, "users");
        long a = id - ARTIST_BASE;
        return id >= 0 && a >= 0 && a < artists.length ? (int) a : -1;
    }

    /** Any known user (me, artist, uploader) by URN or numeric id. */
    Optional<User> user(String urnOrId) {
        long id = idOf(urnOrId, "users");
        if (id == ME_ID) return Optional.of(me);
        if (id >= ARTIST_BASE && id - ARTIST_BASE < artists.length) return Optional.of(artists[(int) (id - ARTIST_BASE)]);
        if (id >= UPLOADER_BASE && id - UPLOADER_BASE < uploaders.length) return Optional.of(uploaders[(int) (id - UPLOADER_BASE)]);
        return Optional.empty();
    }

    int trackIndexAny(String urnOrId) {
        long id = idOf(urnOrId, "tracks");
        long i = id - TRACK_BASE;
        return id >= 0 && i >= 0 && i < tracks.length ? (int) i : -1;
    }

    int playlistIndex(String urnOrId) {
        long id = idOf(urnOrId, "playlists");
        for (int p = 0; p < playlists.size(); p++) if (playlists.get(p).id == id) return p;
        return -1;
    }

    /** The numeric id of {@code soundcloud:KIND:N} or a bare {@code N}; -1 when it is neither. */
    static long idOf(String urnOrId, String kind) {
        if (urnOrId == null) return -1;
        String s = urnOrId.startsWith("soundcloud:" + kind + ":") ? urnOrId.substring(kind.length() + 12) : urnOrId;
        if (s.isEmpty() || s.length() > 18) return -1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return -1;
        return Long.parseLong(s);
    }

    private int artistIndexOrThrow(String urn) {
        int a = artistIndex(urn);
        if (a < 0) throw new IllegalArgumentException("not a followed artist: " + urn);
        return a;
    }

    private int liveTrackOrThrow(String urn) {
        int t = trackIndexAny(urn);
        if (t < 0) throw new IllegalArgumentException("no such track: " + urn);
        if (tracks[t].deleted()) throw new IllegalArgumentException("track is deleted: " + urn);
        return t;
    }

    private PlaylistState playlistOrThrow(String urn) {
        int p = playlistIndex(urn);
        if (p < 0) throw new IllegalArgumentException("no such playlist: " + urn);
        return playlists.get(p);
    }

    private List<String> urns(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) out.add(tracks[i].urn());
        return out;
    }
}
