package org.musicminion.discover.sandbox.zoo;

import java.util.List;
import java.util.Optional;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SimulatedListener;
import org.musicminion.discover.sandbox.WorldDays;

/** Every simulated listener the demo, {@code sandbox --listener} and the keep-rate bench can run, by name. */
public final class ListenerZoo {
    /** The members; a new one is one line here. */
    public static final List<ListenerStory> ALL = List.of(
            new ClassicListener(),
            new CuratorListener(),
            new PromoFloodListener(),
            new TagDiggerListener(),
            new DriftingListener(),
            new LightJudgeListener(),
            new CrateDiggerListener(),
            new FriendsListener());

    /** The default member: the listener of the demo and the bench before the zoo. */
    public static final String DEFAULT = "classic";

    private ListenerZoo() {}

    public static Optional<ListenerStory> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(ListenerStory::name).toList();
    }

    /** What a listener living in a sandbox hears of the Discovery playlist a day, and how fast their world grows (as the keep-rate bench). */
    public static final int LISTENS_PER_DAY = 30;
    public static final double NEW_REPOSTS_PER_ARTIST_DAY = 1.5;

    /**
     * Lets the story's listener live in {@code server} ({@code sandbox --listener}): taste and draws from
     * {@code seed * 31 + 7}, the world's days from {@code seed + 1}, as the keep-rate bench derives them from a world seed.
     */
    public static void attach(SandboxServer server, ListenerStory story, long seed) {
        server.attachListener(listener(story, server.catalogue(), seed * 31 + 7, LISTENS_PER_DAY),
                new WorldDays(server.catalogue(), seed + 1, NEW_REPOSTS_PER_ARTIST_DAY));
    }

    /** The story's listener on {@code catalogue}: its taste and its draws both fixed by {@code seed}. */
    public static SimulatedListener listener(ListenerStory story, Catalogue catalogue, long seed, int listensPerDay) {
        return new SimulatedListener(catalogue, story.taste(catalogue, seed), story.judging(), listensPerDay, seed);
    }
}
