package org.musicminion.discover.auth;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The desktop's browser: {@code java.awt.Desktop} when the JVM has a display and supports
 * browsing, else {@code xdg-open} when $DISPLAY or $WAYLAND_DISPLAY is set ({@code open} on macOS);
 * otherwise nothing (a server, an ssh session): the user opens the printed URL.
 */
public final class SystemBrowser implements BrowserLauncher {
    private final Map<String, String> env;

    public SystemBrowser(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public boolean open(URI uri) throws IOException {
        if (desktopCanBrowse()) {
            java.awt.Desktop.getDesktop().browse(uri);
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("mac")) return launch("open", uri);
        if (set("DISPLAY") || set("WAYLAND_DISPLAY")) return launch("xdg-open", uri);
        return false;
    }

    private boolean set(String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }

    private static boolean desktopCanBrowse() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean launch(String command, URI uri) {
        try {
            new ProcessBuilder(command, uri.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false; // no such command here
        }
    }
}
