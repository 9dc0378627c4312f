package org.musicminion.discover.judge;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.musicminion.discover.ExitException;

/** What `judge --as` accepts: a judgment value, or {@code clear} to remove one. */
public enum Verdict {
    LIKED("liked"), NOT_INTERESTED("not_interested"), NOT_QUITE("not_quite"), CLEAR("clear");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word users type and JSON carries. */
    public String word() {
        return word;
    }

    /** The stored judgment value, or null for {@code clear}. */
    public String judgment() {
        return this == CLEAR ? null : word;
    }

    /** Parses a user's word; exit 2 listing the valid ones. */
    public static Verdict parse(String s) {
        for (Verdict v : values()) if (v.word.equals(s)) return v;
        throw ExitException.usage("unknown --as value '" + s + "'; valid: "
                + Arrays.stream(values()).map(Verdict::word).collect(Collectors.joining(", ")));
    }
}
