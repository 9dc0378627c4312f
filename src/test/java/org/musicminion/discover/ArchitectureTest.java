package org.musicminion.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package graph, read from the compiled main classes (every class a class file names: fields,
 * signatures, calls, annotations): {@code cli → {auth, resolve, sync, judge, demo} → {soundcloud, store,
 * http, config} → root}, and {@code sandbox} uses nothing of the product but {@code Json}. A new
 * package must be added to {@link #ALLOWED} before it compiles into a green build.
 */
class ArchitectureTest {
    private static final String ROOT = "";
    /**
     * Shared leaves: the root package, {@code text} (safe printing) and {@code files} (data dir check,
     * the lock-file helper, owner-only files), usable from everywhere but the sandbox.
     */
    private static final Set<String> LEAVES = Set.of(ROOT, "text", "files");
    private static final Set<String> BASE = union(LEAVES, "soundcloud", "store", "http", "config", "ranking", "triage", "writes");

    /** Which top-level packages each one may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(ROOT, Set.of("text")), // Json and JsonStream write text.JsonEscapes (issue 22); text uses nothing
            Map.entry("text", Set.of()),
            Map.entry("files", Set.of(ROOT)),
            Map.entry("config", LEAVES),
            Map.entry("http", LEAVES),
            // store reads what the ranking model needs (issue 15), and SoundCloud's URNs and dates through soundcloud
            // (Music Minion's bare ids, a track's created_at as stored): soundcloud uses only http and the leaves, so no cycle
            Map.entry("store", union(LEAVES, "ranking", "soundcloud")),
            Map.entry("ranking", union(LEAVES, "config")), // the ranking: values and rules, its rules read from config.Settings
            Map.entry("soundcloud", union(LEAVES, "http")),
            Map.entry("auth", BASE),
            Map.entry("resolve", BASE),
            Map.entry("sync", BASE),
            Map.entry("judge", union(BASE, "resolve")), // judge resolves URL inputs through resolve
            Map.entry("demo", union(BASE, "auth", "sandbox")), // the demo logs in and runs the sandbox
            Map.entry("doctor", union(BASE, "auth")), // doctor reads the stored tokens
            Map.entry("report", BASE),
            Map.entry("triage", union(LEAVES, "store", "ranking")), // noisy artists, tiers, the ranking as it stands on the index
            Map.entry("writes", union(LEAVES, "soundcloud", "store", "http", "config")), // the write budget and queue (judge, sync)
            Map.entry("export", BASE), // export artist-tiers|likes|tracks
            Map.entry("unfollow", BASE), // unfollow: DELETE /me/followings/{urn}, recorded in the index
            Map.entry("sandbox", Set.of(ROOT)), // and of the root only Json, checked below
            Map.entry("cli", union(BASE, "auth", "resolve", "sync", "judge", "demo", "sandbox", "doctor", "report", "export", "unfollow")));

    private static final Pattern REF = Pattern.compile("org/musicminion/discover/([\\w/$]+)");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var e : references(classesDir()).entrySet()) {
            String from = e.getKey();
            String pkg = topPackage(from);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                wrong.add(from + ": package '" + pkg + "' has no rule in ArchitectureTest.ALLOWED");
                continue;
            }
            for (String to : e.getValue()) {
                String target = topPackage(to);
                if (target.equals(pkg)) continue;
                if (!allowed.contains(target)) wrong.add(from + " -> " + to);
                else if (pkg.equals("sandbox") && !to.equals("Json") && !to.startsWith("Json$")) wrong.add(from + " -> " + to);
            }
        }
        assertEquals(List.of(), wrong, "wrong-way imports (see docs/architecture.md)");
    }

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (var e : references(classesDir()).entrySet()) {
            String from = packageOf(e.getKey());
            for (String to : e.getValue()) {
                String target = packageOf(to);
                if (!target.equals(from)) graph.computeIfAbsent(from, k -> new TreeSet<>()).add(target);
            }
        }
        List<String> cycle = findCycle(graph);
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle.stream().map(p -> p.isEmpty() ? "(root)" : p).toList()));
    }


    @Test
    void sqlStaysInStore() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var e : classFiles().entrySet()) {
            String name = e.getValue();
            if (name.startsWith("store/")) continue;
            for (String utf8 : constantStrings(e.getKey())) {
                if (utf8.contains("java/sql/PreparedStatement") || utf8.contains("java/sql/Statement")
                        || utf8.contains("java/sql/ResultSet")) {
                    wrong.add(name);
                    break;
                }
            }
        }
        assertEquals(List.of(), wrong, "SQL outside store");
    }

    @Test
    void featuresReachTheApiOnlyThroughTheSoundCloudClient() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var e : references(classesDir()).entrySet()) {
            String pkg = topPackage(e.getKey());
            if (!Set.of("sync", "judge", "resolve").contains(pkg)) continue;
            for (String to : e.getValue()) if (to.equals("http/Pages")) wrong.add(e.getKey() + " -> " + to);
        }
        assertEquals(List.of(), wrong, "paging outside soundcloud.SoundCloud");
    }

    /** The one file that turns a {@link SourceKind} into the text {@code track_sources.kind} stores. */
    private static final String SOURCE_KIND_HOME = "store/SourceKinds";
    /** Words that equal a kind's text but mean something else, each with why. */
    private static final Map<String, Set<String>> NOT_A_SOURCE_KIND = Map.of(
            "resolve/InputNormalizer", Set.of("upload")); // soundcloud.com/upload: a reserved URL path, not a link kind

    @Test
    void sourceKindsAreTextOnlyInTheirHome() throws IOException {
        Set<String> words = new TreeSet<>();
        for (SourceKind k : SourceKind.values()) words.add(k.toString());
        List<String> wrong = new ArrayList<>();
        for (var e : classFiles().entrySet()) {
            String name = e.getValue();
            if (name.equals(SOURCE_KIND_HOME) || name.startsWith("sandbox/")) continue; // the sandbox speaks the wire
            for (String literal : stringLiterals(e.getKey())) {
                if (words.contains(literal) && !NOT_A_SOURCE_KIND.getOrDefault(name, Set.of()).contains(literal)) {
                    wrong.add(name + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), wrong, "a source kind as a string outside " + SOURCE_KIND_HOME + " (use SourceKind)");
    }

    /**
     * SoundCloud's shapes as code: a URN literal or pattern ({@code "soundcloud:tracks:"}, a regex on
     * {@code soundcloud:(tracks|...)}, the {@code "soundcloud:"} of {@code "soundcloud:" + kind}: a piece of its own
     * as our classes are compiled, -XDstringConcat=inline, or in an invokedynamic recipe otherwise)
     * and SoundCloud's date pattern ({@code yyyy/MM/dd HH:mm:ss}). A URN in prose (help, messages:
     * text with blanks, {@code "URN (soundcloud:tracks:123)"}) names the shape for people and is no parser.
     */
    private static final Pattern URN_CODE = Pattern.compile("\\S*soundcloud(?::|%3A|\\(|\\[)\\S*", Pattern.CASE_INSENSITIVE);
    /** {@code yyyy/MM/dd HH:mm:ss Z} and its kin (uuuu, a {@code -} for the {@code /}, an xx offset); not a date printed for people. */
    private static final Pattern SOUNDCLOUD_DATE = Pattern.compile("[yu]{4}([/-])MM\\1dd HH:mm:ss [xXZ]");

    @Test
    void soundCloudUrnsAndDatesAreParsedOnlyInSoundcloud() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var e : classFiles().entrySet()) {
            String name = e.getValue();
            if (name.startsWith("soundcloud/") || name.startsWith("sandbox/")) continue; // the sandbox plays the server
            for (String literal : stringLiterals(e.getKey())) {
                if (URN_CODE.matcher(literal).matches() || SOUNDCLOUD_DATE.matcher(literal).find()) {
                    wrong.add(name + ": \"" + literal.replace("\u0001", "{}") + "\"");
                }
            }
        }
        assertEquals(List.of(), wrong, "SoundCloud's URN or date shape outside soundcloud (use soundcloud.Urn, soundcloud.SoundCloudTime)");
    }

    @Test
    void theRulesThemselvesFormADag() {
        assertTrue(findCycle(new TreeMap<>(ALLOWED)).isEmpty());
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    static Path classesDir() {
        String override = System.getProperty("architecture.classes");
        if (override != null) return Path.of(override);
        try {
            return Path.of(ExitCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "a/b/C" (relative to org/musicminion/discover) → "a"; a root class → "". */
    private static String topPackage(String cls) {
        int slash = cls.indexOf('/');
        return slash < 0 ? ROOT : cls.substring(0, slash);
    }

    private static String packageOf(String cls) {
        int slash = cls.lastIndexOf('/');
        return slash < 0 ? ROOT : cls.substring(0, slash);
    }

    /** Each main class file → the name of its (outer) class relative to org/musicminion/discover, e.g. {@code store/IndexStore}. */
    private static Map<Path, String> classFiles() throws IOException {
        Path base = classesDir().resolve("org/musicminion/discover");
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                out.put(f, base.relativize(f).toString().replace('\\', '/').replaceAll("(\\$.*)?\\.class$", ""));
            }
        }
        return out;
    }

    /** Each main class (relative name, no .class) → the product classes its class file names. */
    private static Map<String, Set<String>> references(Path classes) throws IOException {
        Path base = classes.resolve("org/musicminion/discover");
        Map<String, Set<String>> refs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = base.relativize(f).toString().replace('\\', '/');
                name = name.substring(0, name.length() - ".class".length());
                Set<String> to = new TreeSet<>();
                for (String utf8 : constantStrings(f)) {
                    Matcher m = REF.matcher(utf8);
                    while (m.find()) {
                        String ref = m.group(1);
                        int dollar = ref.indexOf('$');
                        to.add(dollar < 0 ? ref : ref.substring(0, dollar)); // nested classes count as their outer class
                    }
                }
                int dollar = name.indexOf('$');
                refs.computeIfAbsent(dollar < 0 ? name : name.substring(0, dollar), k -> new TreeSet<>()).addAll(to);
            }
        }
        assertTrue(refs.size() > 50, "too few classes under " + base + ": " + refs.size());
        return refs;
    }

    /** The UTF-8 entries of a class file's constant pool: class names, descriptors, signatures. */
    private static List<String> constantStrings(Path classFile) throws IOException {
        return List.copyOf(ConstantPool.read(classFile).utf8().values());
    }

    /** The string literals of a class file: the UTF-8 entries its CONSTANT_String entries point at. */
    private static List<String> stringLiterals(Path classFile) throws IOException {
        ConstantPool pool = ConstantPool.read(classFile);
        return pool.strings().stream().map(pool.utf8()::get).toList();
    }

    /** A class file's constant pool: its UTF-8 entries by index, and the indexes its CONSTANT_String entries point at. */
    private record ConstantPool(Map<Integer, String> utf8, List<Integer> strings) {
        static ConstantPool read(Path classFile) throws IOException {
            Map<Integer, String> utf8 = new TreeMap<>();
            List<Integer> strings = new ArrayList<>();
            try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
                if (d.readInt() != 0xCAFEBABE) throw new IOException("not a class file: " + classFile);
                d.readUnsignedShort();
                d.readUnsignedShort();
                int count = d.readUnsignedShort();
                for (int i = 1; i < count; i++) {
                    int tag = d.readUnsignedByte();
                    switch (tag) {
                        case 1 -> utf8.put(i, d.readUTF());
                        case 8 -> strings.add(d.readUnsignedShort());
                        case 3, 4, 9, 10, 11, 12, 17, 18 -> d.readInt();
                        case 5, 6 -> {
                            d.readLong();
                            i++; // takes two slots
                        }
                        case 7, 16, 19, 20 -> d.readUnsignedShort();
                        case 15 -> {
                            d.readUnsignedByte();
                            d.readUnsignedShort();
                        }
                        default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                    }
                }
            }
            return new ConstantPool(utf8, strings);
        }
    }

    /** One cycle of {@code graph} as a path that ends where it starts, or an empty list. */
    private static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> c = dfs(start, graph, state, path);
            if (!c.isEmpty()) return c;
        }
        return List.of();
    }

    private static List<String> dfs(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) return List.of();
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> c = dfs(next, graph, state, path);
            if (!c.isEmpty()) return c;
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }
}
