package org.musicminion.discover.cli;

/**
 * What `tracks`, `artists` and `history` say on stderr when they print nothing because the index
 * holds nothing yet: a new user's first `tracks` would otherwise be silent. Not a failure (exit 0,
 * stdout stays empty); quiet with -q.
 */
final class EmptyIndexHint {
    private EmptyIndexHint() {}

    static void say(Output out, String command, String what) {
        out.info(command + ": the index is empty (no " + what + " yet); `minion-discover sync` fills it"
                + " (after `minion-discover auth login`)");
    }
}
