package org.musicminion.discover.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.judge.Verdict;
import org.musicminion.discover.store.ArtistStats;
import org.musicminion.discover.store.TrackQuery;

import picocli.CommandLine;

/**
 * The closed sets of option values, typed as enums whose {@code toString()} is the word users type and
 * JSON prints: picocli offers those words for completion, and this converter accepts them (any case)
 * and names them when a value is wrong, so the command line and the output speak the same words.
 */
final class WordEnums {
    private WordEnums() {}

    /** Every enum an option takes. */
    static final List<Class<? extends Enum<?>>> ALL = List.of(Judgment.class, Verdict.class, TrackQuery.Sort.class,
            SourceKind.class, ArtistStats.Sort.class, TracksCommand.Format.class);

    static void register(CommandLine cl) {
        for (Class<? extends Enum<?>> type : ALL) register(cl, type);
    }

    private static <E extends Enum<?>> void register(CommandLine cl, Class<E> type) {
        cl.registerConverter(type, value -> convert(type, value));
    }

    private static <E extends Enum<?>> E convert(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.toString().equalsIgnoreCase(value) || e.name().equalsIgnoreCase(value)) return e;
        }
        throw new CommandLine.TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Object::toString).collect(Collectors.joining(", ")) + " but was '" + value + "'");
    }
}
