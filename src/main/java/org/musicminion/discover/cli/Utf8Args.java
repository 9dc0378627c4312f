package org.musicminion.discover.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line arguments as typed, in UTF-8. Without a UTF-8 locale (cron, {@code env -i},
 * LANG=C) Java 17 decodes argv as ASCII and turns every other byte into U+FFFD, so
 * {@code resolve café/日本} would be lost before main runs; on Linux the raw bytes are still in
 * /proc/self/cmdline, whose last entries are the program's arguments.
 */
final class Utf8Args {
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8Args() {}

    static String[] of(String[] args) {
        return of(args, Path.of("/proc/self/cmdline"));
    }

    static String[] of(String[] args, Path cmdline) {
        if (!damaged(args)) return args;
        try {
            List<String> raw = split(Files.readAllBytes(cmdline));
            if (raw.size() < args.length) return args;
            String[] recovered = raw.subList(raw.size() - args.length, raw.size()).toArray(String[]::new);
            for (int i = 0; i < args.length; i++) {
                if (!ascii(recovered[i]).equals(ascii(args[i]))) return args; // not the same arguments: keep what we have
            }
            return recovered;
        } catch (IOException | RuntimeException e) {
            return args; // not Linux, or /proc not mounted
        }
    }

    private static boolean damaged(String[] args) {
        for (String a : args) {
            if (a.indexOf(REPLACEMENT) >= 0) return true;
        }
        return false;
    }

    private static List<String> split(byte[] cmdline) {
        List<String> out = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        for (byte b : cmdline) {
            if (b == 0) {
                out.add(cur.toString(StandardCharsets.UTF_8));
                cur.reset();
            } else {
                cur.write(b);
            }
        }
        if (cur.size() > 0) out.add(cur.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** The ASCII characters of {@code s}: what both decodings agree on. */
    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) sb.append(c);
        }
        return sb.toString();
    }
}
