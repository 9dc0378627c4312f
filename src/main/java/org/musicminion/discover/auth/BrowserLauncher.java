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

    /** Never opens anything ({@code --no-browser}). */
    BrowserLauncher NONE = uri -> false;
}
