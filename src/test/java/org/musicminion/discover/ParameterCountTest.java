package org.musicminion.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No record or constructor in {@code sync} or {@code store} takes more than {@value #MAX} parameters: a longer list is
 * grouped into small named records (issue 25), so a new field is added to one of them, not threaded positionally
 * through every call. Read from the compiled main classes, as {@link ArchitectureTest} reads them.
 */
class ParameterCountTest {
    static final int MAX = 10;
    private static final List<String> PACKAGES = List.of("sync", "store");

    @Test
    void noRecordOrConstructorInSyncOrStoreTakesMoreThanTen() throws Exception {
        List<String> tooLong = new ArrayList<>();
        int looked = 0;
        for (Class<?> type : classes()) {
            looked++;
            if (type.isRecord() && type.getRecordComponents().length > MAX) {
                tooLong.add(type.getName() + ": record of " + type.getRecordComponents().length + " components");
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.isSynthetic()) continue;
                if (c.getParameterCount() > MAX) tooLong.add(c + ": " + c.getParameterCount() + " parameters");
            }
        }
        assertTrue(looked > 40, "too few classes read: " + looked);
        assertEquals(List.of(), tooLong, "group these into small named records (at most " + MAX + " each)");
    }

    /** The main classes of {@link #PACKAGES}, nested ones too (lambdas and anonymous classes aside). */
    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        Path base = ArchitectureTest.classesDir().resolve("org/musicminion/discover");
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(base.resolve(pkg))) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    String name = base.relativize(f).toString().replace('/', '.');
                    name = "org.musicminion.discover." + name.substring(0, name.length() - ".class".length());
                    Class<?> type = Class.forName(name, false, ParameterCountTest.class.getClassLoader());
                    if (type.isSynthetic() || type.isAnonymousClass()) continue;
                    out.add(type);
                }
            }
        }
        return out;
    }
}
