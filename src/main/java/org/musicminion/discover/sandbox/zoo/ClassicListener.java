package org.musicminion.discover.sandbox.zoo;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.ListenerTaste;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.World;

/**
 * "classic": the listener before the zoo, in the plain world. Keeps by genre, by which followed artist surfaced the
 * track, by uploader and by duration, plus per-track noise ({@link ListenerTaste}): exactly the quantities the
 * ranking's features measure, so it is the easy case.
 */
final class ClassicListener implements ListenerStory {
    @Override
    public String name() {
        return "classic";
    }

    @Override
    public String summary() {
        return "keeps by genre, by which followed artist surfaced it, by uploader and duration (the ranking's own features); plain world";
    }

    @Override
    public World world() {
        return World.PLAIN;
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        return new ListenerTaste(catalogue, seed, TasteParts.BASE_RATE);
    }
}
