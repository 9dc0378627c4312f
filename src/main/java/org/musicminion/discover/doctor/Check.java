package org.musicminion.discover.doctor;

import java.util.Locale;

/**
 * One line of {@code doctor}: what was checked, whether it holds, what was found, and for a failure the fix
 * (a command to run or a key to set). A check that cannot run because an earlier one failed is skipped.
 */
public record Check(String check, Status status, String detail, String fix) {
    public enum Status {
        OK, FAILED, SKIPPED;

        @com.fasterxml.jackson.annotation.JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Check ok(String check, String detail) {
        return new Check(check, Status.OK, detail, null);
    }

    static Check failed(String check, String detail, String fix) {
        return new Check(check, Status.FAILED, detail, fix);
    }

    static Check skipped(String check, String why) {
        return new Check(check, Status.SKIPPED, why, null);
    }

    public boolean holds() {
        return status == Status.OK;
    }

    /** The line for people: {@code ok   config      /home/me/.config/...}, a failure followed by its fix. */
    public String line() {
        String word = switch (status) {
            case OK -> "ok";
            case FAILED -> "FAIL";
            case SKIPPED -> "skip";
        };
        return String.format(Locale.ROOT, "%-4s  %-12s  %s%s", word, check, detail, fix == null ? "" : " — fix: " + fix);
    }
}
