package org.musicminion.discover.sandbox;

/**
 * Fixed random draws of a simulated listener: a value per (seed, track, salt) that is the same on every call,
 * so the same listener judges the same track the same way on twin worlds, whatever was shown before it.
 */
public final class Draws {
    private final long seed;

    public Draws(long seed) {
        this.seed = seed;
    }

    /** A uniform draw in [0, 1) fixed by the seed, the track and {@code salt}. */
    public double uniform(long trackId, long salt) {
        return (mix(seed ^ mix(trackId * 31 + salt)) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal draw fixed by the seed, the track and {@code salt}. */
    public double gaussian(long trackId, long salt) {
        double u1 = Math.max(1e-12, uniform(trackId, salt * 2 + 100));
        double u2 = uniform(trackId, salt * 2 + 101);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static long mix(long z) { // SplitMix64's finaliser
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
