package org.musicminion.discover.sandbox.zoo;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Judging;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.World;

/**
 * One member of the listener zoo: a generative story of a listener and of the SoundCloud around them. The
 * {@link World} shapes what the followed artists repost and how titles and genres read; the {@link Taste} is the
 * listener's hidden chance of keeping a track; the {@link Judging} how much of what they hear they judge. A new member
 * is one class implementing this and one line in {@link ListenerZoo#ALL}.
 */
public interface ListenerStory {
    /** The name {@code sandbox --listener}, {@code demo --listener} and the bench select it by (lower case, no spaces). */
    String name();

    /** One line: who this listener is. */
    String summary();

    /** The catalogue this listener lives in: SoundCloud as it reads (tags, spellings, curators, two rings) unless a story says otherwise. */
    default World world() {
        return World.SOUNDCLOUD;
    }

    /** The hidden taste, drawn from {@code seed} for {@code catalogue}. */
    Taste taste(Catalogue catalogue, long seed);

    /** How much of what they hear they judge; by default 80 %, every track they do not keep filed. */
    default Judging judging() {
        return Judging.ATTENTIVE;
    }
}
