package org.musicminion.discover.cli;

import java.util.Iterator;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.sandbox.zoo.ListenerStory;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;

/** {@code --listener NAME} of {@code sandbox} and {@code demo}: the zoo's names for completion, and the lookup (exit 2 naming them). */
final class ListenerNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ListenerZoo.names().iterator();
    }

    static ListenerStory story(String name) {
        return ListenerZoo.byName(name).orElseThrow(() -> ExitException.usage("--listener '" + name + "' is not a simulated listener;"
                + " one of: " + String.join(", ", ListenerZoo.names())));
    }
}
