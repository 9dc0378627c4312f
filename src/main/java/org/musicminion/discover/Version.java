package org.musicminion.discover;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the resource Maven filters at build time. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    public static String get() {
        return VERSION;
    }

    public static String userAgent() {
        return "minion-discover/" + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/minion-discover.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
