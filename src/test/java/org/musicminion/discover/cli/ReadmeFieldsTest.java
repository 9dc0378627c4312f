package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.judge.JudgeLine;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.TestTerminal;

/**
 * README's field list of each command equals the fields the command prints, in
 * order, so the documentation cannot drift from the output. Each list is the first {@code {...}}
 * after an anchor text in README.md; its top-level names are compared with a real output line.
 */
class ReadmeFieldsTest {
    @TempDir
    Path dir;

    private Path data;
    private String readme;

    @BeforeEach
    void index() throws Exception {
        readme = Files.readString(Path.of("README.md"));
        data = Files.createDirectory(dir.resolve("data"));
        try (Database db = Database.openIn(data)) {
            new DiscoveryIndex(db).artist(1, true, 1).track(10, 200, 1).source(10, 1, "repost", 1).judge(10, "liked");
            db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, 1, 2L, SyncRuns.Outcome.OK, 3, 1, "{\"artists\":1}", null)));
        }
    }

    /** The top-level field names of the first JSON-ish object after {@code anchor} in README.md. */
    private List<String> documented(String anchor) {
        int at = readme.indexOf(anchor);
        assertTrue(at >= 0, "README.md has no '" + anchor + "'");
        int start = readme.indexOf('{', at + anchor.length() - 1);
        List<String> names = new ArrayList<>();
        int depth = 0;
        char before = 0;
        for (int i = start; i < readme.length(); i++) {
            char c = readme.charAt(i);
            if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']') {
                if (--depth == 0) break;
            } else if (c == '"') {
                int end = readme.indexOf('"', i + 1);
                if (depth == 1 && (before == '{' || before == ',')) names.add(readme.substring(i + 1, end));
                i = end;
                before = '"';
                continue;
            }
            if (!Character.isWhitespace(c)) before = c;
        }
        return names;
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private JsonNode firstLine(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        var r = new TestTerminal().run(all.toArray(String[]::new));
        assertTrue(!r.lines().isEmpty(), r.toString());
        return Json.MAPPER.readTree(r.lines().get(0));
    }

    @Test
    void tracks() throws Exception {
        assertEquals(fields(firstLine("tracks")), documented("One line per track: `{"));
    }

    @Test
    void artists() throws Exception {
        assertEquals(fields(firstLine("artists")), documented("`artists`: one line per followed artist"));
    }

    @Test
    void history() throws Exception {
        assertEquals(fields(firstLine("history")), documented("`history`: one line per sync run"));
    }

    @Test
    void judge() throws Exception {
        assertEquals(fields(firstLine("judge", "--as", "liked", "10")), documented("per track without `--remote`: `{"));
        JudgeLine remote = new JudgeLine("10", "soundcloud:tracks:10", org.musicminion.discover.Judgment.LIKED, null, true, JudgeLine.Remote.OK, null, null, null);
        assertEquals(fields(Json.MAPPER.valueToTree(remote)), documented("with `--remote`: `{"));
    }

    @Test
    void resolve() throws Exception {
        assertEquals(fields(firstLine("resolve", "not a url")), documented("One line per input, in input order"));
    }

    @Test
    void authStatus() throws Exception {
        var r = new TestTerminal().run("--data-dir", data.toString(), "auth", "status");
        assertEquals(fields(Json.MAPPER.readTree(r.stdout())), documented("minion-discover auth status  "));
    }
}
