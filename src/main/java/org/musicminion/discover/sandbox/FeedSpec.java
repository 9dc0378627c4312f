package org.musicminion.discover.sandbox;

/**
 * How the sandbox's stream ({@code /me/feed/tracks}) behaves. SoundCloud thins the stream for
 * prolific accounts (measured on a real account, Sep 2026: ~20 % of their reposts and ~50 % of their
 * uploads reached it), so a share {@code prolificShare} of the followed artists is prolific, and each
 * of their reposts reaches the stream with probability {@code prolificRepostKeep}, each upload with
 * {@code prolificUploadKeep}; the other artists' activity always does. Which artist is prolific and
 * which item is dropped is a fixed function of the catalogue seed, so runs are repeatable.
 * {@code uploadsPerArtist} tracks by each followed artist are generated (uploaded within the 60 days
 * before the catalogue's start), and the artists' generated reposts are dated back from the start
 * at a pace drawn per artist.
 */
public record FeedSpec(double prolificShare, double prolificRepostKeep, double prolificUploadKeep, int uploadsPerArtist) {
    /** Defaults: a quarter of the artists prolific, thinned as measured; one upload per artist. */
    public static final FeedSpec DEFAULT = new FeedSpec(0.25, 0.20, 0.50, 1);
    /** Every item reaches the stream; no uploads. */
    public static final FeedSpec UNTHINNED = new FeedSpec(0, 1, 1, 0);

    public FeedSpec {
        if (!(prolificShare >= 0 && prolificShare <= 1)) throw new IllegalArgumentException("prolific share must be in [0, 1]");
        if (!(prolificRepostKeep >= 0 && prolificRepostKeep <= 1)) throw new IllegalArgumentException("repost keep share must be in [0, 1]");
        if (!(prolificUploadKeep >= 0 && prolificUploadKeep <= 1)) throw new IllegalArgumentException("upload keep share must be in [0, 1]");
        if (uploadsPerArtist < 0 || uploadsPerArtist > 100) throw new IllegalArgumentException("uploads per artist must be 0..100");
    }

    public FeedSpec withThinning(double share, double repostKeep, double uploadKeep) {
        return new FeedSpec(share, repostKeep, uploadKeep, uploadsPerArtist);
    }

    public FeedSpec withUploadsPerArtist(int n) {
        return new FeedSpec(prolificShare, prolificRepostKeep, prolificUploadKeep, n);
    }

    /** True when the artist (index) counts as prolific for a catalogue with this seed. */
    boolean prolific(long seed, int artist) {
        return unit(seed, artist, 0, 1) < prolificShare;
    }

    /** True when the artist's repost ({@code repost}) or upload of {@code track} reaches the stream. */
    boolean carries(long seed, int artist, int track, boolean repost) {
        if (!prolific(seed, artist)) return true;
        return unit(seed, artist, track, repost ? 2 : 3) < (repost ? prolificRepostKeep : prolificUploadKeep);
    }

    /** A stable value in [0, 1) for the inputs (SplitMix64 finaliser). */
    private static double unit(long seed, long a, long b, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL + salt * 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
