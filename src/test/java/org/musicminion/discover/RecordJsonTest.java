package org.musicminion.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.musicminion.discover.ranking.Evaluation;
import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.sandbox.Faults;

/** Records reach the wire one way: camelCase components under {@link Json#WIRE_NAMES}, the same text from both writers. */
class RecordJsonTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            placedBy           | placed_by
            precisionAt20      | precision_at_20
            perDay7d           | per_day_7d
            urn                | urn
            checkIntervalHours | check_interval_hours
            """)
    void componentNamesBecomeSnakeCaseWithDigitsSetApart(String component, String wire) {
        assertEquals(wire, Json.wireName(component));
    }

    record Inner(String placedBy, Double score) {
    }

    @JsonPropertyOrder({"second_one", "first"})
    record Outer(String first, int secondOne, @JsonInclude(JsonInclude.Include.NON_NULL) String maybe, @JsonIgnore String secret,
                 RankingKind ranking, Judgment judgment, @JsonUnwrapped Inner inner, List<Inner> list) {
    }

    @Test
    void theStreamedTextEqualsTheMappersForOrderNullsIgnoredUnwrappedAndEnums() throws Exception {
        List<Object> values = List.of(
                new Outer("a\u0001\"", 2, null, "s", RankingKind.MODEL, Judgment.NOT_QUITE, new Inner("u", null), List.of(new Inner("x", 0.5))),
                new Outer(null, 0, "here", null, null, null, null, List.of()),
                new Evaluation(3, 2, 1, 0.5, new Evaluation.Figures(0.5, 0.25, 0.75, 0.125), null, null, RankingKind.HEURISTIC,
                        List.of(new Evaluation.Decile(0.5, 0.25, 4))),
                new Pick("soundcloud:tracks:1", 0.125, "soundcloud:users:2", List.of("3 reposters")),
                Faults.NONE);
        for (Object v : values) {
            assertTrue(JsonStream.plain(v), v.toString());
            assertEquals(Json.MAPPER.writeValueAsString(v), JsonStream.toString(v, false), v.getClass().getSimpleName());
        }
        String outer = JsonStream.toString(values.get(0), false);
        assertTrue(outer.startsWith("{\"second_one\":2,\"first\":"), outer);
        assertFalse(outer.contains("secret") || outer.contains("maybe") || outer.contains("\"inner\""), outer);
        assertTrue(outer.contains("\"placed_by\":\"u\",\"score\":null"), outer);
    }

    @Test
    void theMapperReadsSnakeCaseIntoCamelCaseComponents() throws Exception {
        Faults f = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(Faults.NONE.withLatency(80, 40)), Faults.class);
        assertEquals(80, f.latencyMs());
        assertTrue(Json.MAPPER.writeValueAsString(f).contains("\"latency_ms\":80"));
    }
}
