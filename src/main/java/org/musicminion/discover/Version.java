package org.musicminion.discover;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version: the jar manifest's Implementation-Version, else (classes, not a jar) the resource Maven filters at build time. */
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
        // the jar's manifest (Implementation-Version), which the class loader has already read: picocli asks every
        // command line for the version, and a resource lookup costs a start-up a second pass over the jar
        String manifest = Version.class.getPackage().getImplementationVersion();
        if (manifest != null) return manifest;
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
