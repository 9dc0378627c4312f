package org.musicminion.discover.sandbox.zoo;

import java.util.List;
import java.util.Optional;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SimulatedListener;

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

    /** The story's listener on {@code catalogue}: its taste and its draws both fixed by {@code seed}. */
    public static SimulatedListener listener(ListenerStory story, Catalogue catalogue, long seed, int listensPerDay) {
        return new SimulatedListener(catalogue, story.taste(catalogue, seed), story.judging(), listensPerDay, seed);
    }
}
