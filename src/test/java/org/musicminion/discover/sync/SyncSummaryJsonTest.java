package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.musicminion.discover.Json;
import org.musicminion.discover.JsonStream;

/**
 * Scripts read sync's summary by its flat names: the summary built from the sources' parts prints byte for byte
 * what the flat record printed before the sources had parts (the expected text is that record's output, the
 * same values, captured from main before the change).
 */
class SyncSummaryJsonTest {
    static final String BEFORE_THE_PARTS = "{\"artists\":1,\"artists_due\":2,\"artists_fetched\":3,\"artists_skipped\":4,"
            + "\"artists_reposts_swept\":23,\"requests\":5,\"tracks_new\":6,\"tracks_updated\":7,\"reposts\":8,\"likes\":9,"
            + "\"feed\":{\"pages\":18,\"items\":19,\"reposts\":20,\"uploads\":21,\"skipped\":22,\"checkpoint\":\"cp\",\"capped\":true,"
            + "\"error\":null},\"judgments\":{\"liked\":10,\"not_interested\":11,\"not_quite\":12,\"unchanged\":13,\"music_minion\":null},"
            + "\"playlist\":{\"urn\":\"u\",\"tracks\":14},\"mixes\":{\"urn\":\"m\",\"tracks\":15},\"lists_skipped\":16,"
            + "\"incomplete_lists\":[{\"list\":\"/l\",\"reason\":\"r\"}],\"dry_run\":true,\"duration_ms\":17}";

    @Test
    void theSummaryOfPartsPrintsTheFlatNamesInTheirOrder() throws Exception {
        SyncSummary.Parts parts = new SyncSummary.Parts();
        parts.sweep(new SweepSummary(1, 2, 3, 4, 23, 16));
        parts.put("feed", new FeedSummary(18, 19, 20, 21, 22, "cp", true, null));
        SyncSummary s = parts.summary(new SyncSummary.Merged(6, 7, 8, 9), new JudgmentCounts(10, 11, 12, 13),
                List.of(new IncompleteList("/l", "r")), true, new SyncSummary.Cost(0, 0))
                .withPlaylists(new SyncSummary.Pushed(new PlaylistResult("u", 14), new PlaylistResult("m", 15)), new SyncSummary.Cost(5, 17));
        assertEquals(BEFORE_THE_PARTS, Json.MAPPER.writeValueAsString(s));
        assertEquals(BEFORE_THE_PARTS, JsonStream.toString(s, false), "the streaming writer prints the same");
    }

    @Test
    void eachSourcesPartIsATopLevelFieldInTheOrderTheSourcesRanBeforeTheJudgments() throws Exception {
        SyncSummary.Parts parts = new SyncSummary.Parts();
        parts.put("feed", null);
        parts.put("related", new RelatedSource.Summary(3, 7));
        SyncSummary s = parts.summary(new SyncSummary.Merged(0, 0, 0, 0), new JudgmentCounts(0, 0, 0, 0), List.of(), false,
                new SyncSummary.Cost(0, 0));
        String json = Json.MAPPER.writeValueAsString(s);
        assertTrue(json.contains("\"likes\":0,\"feed\":null,\"related\":{\"seeds\":3,\"links\":7},\"judgments\":"), json);
        assertEquals(json, JsonStream.toString(s, false), "the streaming writer prints the same");
        assertEquals(new RelatedSource.Summary(3, 7), s.part(RelatedSource.Summary.class));
        assertNull(s.feed());
        assertThrows(IllegalStateException.class, () -> parts.put("related", null), "one part per name");
    }
}
