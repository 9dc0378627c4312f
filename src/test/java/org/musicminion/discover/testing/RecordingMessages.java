package org.musicminion.discover.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.musicminion.discover.Messages;

/** Messages kept in lists, for tests that check what a feature told the user. */
public final class RecordingMessages implements Messages {
    public final List<String> info = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    public final List<String> verbose = new CopyOnWriteArrayList<>();
    public final List<String> prompts = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        info.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void verbose(String message) {
        verbose.add(message);
    }

    @Override
    public void prompt(String line) {
        prompts.add(line);
    }
}
