package org.musicminion.discover.auth;

import java.io.IOException;
import java.net.URI;

/**
 * Opens the authorize URL for the user. Injectable so the demo can play the browser in-process
 * (GET the authorize URL and follow the redirect to the loopback listener). Called on its own
 * thread, so an implementation may block until its "browser" is done.
 */
@FunctionalInterface
public interface BrowserLauncher {
    /** Opens {@code authorizeUri}; false when there is no way to open a browser here. */
    boolean open(URI authorizeUri) throws IOException;

    /** False when no person is needed to finish the login (the demo's in-process browser): then -q hides the URL block. */
    default boolean needsAPerson() {
        return true;
    }

    /** Never opens anything ({@code --no-browser}). */
    BrowserLauncher NONE = uri -> false;
}
