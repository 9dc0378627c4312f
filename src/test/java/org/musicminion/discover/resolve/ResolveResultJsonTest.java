package org.musicminion.discover.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Json;
import org.musicminion.discover.JsonStream;
import org.musicminion.discover.soundcloud.Urn;

/** The streamed NDJSON line of an answer is exactly what the databind mapper writes (field order, nulls, escapes). */
class ResolveResultJsonTest {
    private static String streamed(ResolveResult r) throws Exception {
        return JsonStream.toString(r, false);
    }

    @Test
    void everyKindOfAnswerIsWrittenExactlyAsTheMapperWritesIt() throws Exception {
        List<ResolveResult> answers = List.of(
                ResolveResult.resolved("https://soundcloud.com/a/b", Urn.track(123), 1, false),
                ResolveResult.resolved("a/b", Urn.user(Long.MAX_VALUE), 0, true),
                ResolveResult.notFound("gone/track", 1, false),
                ResolveResult.failed("x/y", "server_error_503", org.musicminion.discover.http.OutcomeKind.TRANSIENT, 4),
                ResolveResult.invalid("\"quoted\" \\ tab\t ünïcødé ♪ \u0001"));
        for (ResolveResult r : answers) assertEquals(Json.MAPPER.writeValueAsString(r), streamed(r));
    }

    @Test
    void theLineHasEveryFieldInThePrintedOrder() throws Exception {
        assertEquals("{\"input\":\"gone/track\",\"status\":\"not_found\",\"kind\":null,\"id\":null,\"urn\":null,"
                + "\"error\":null,\"attempts\":1,\"cached\":false}", streamed(ResolveResult.notFound("gone/track", 1, false)));
    }
}
