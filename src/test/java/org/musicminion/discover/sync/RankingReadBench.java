package org.musicminion.discover.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.RankingData;

/**
 * What the ranking reads before it ranks ({@code RankingData.read}: every candidate with its links, every verdict),
 * on {@link MergeBench}'s index (400 000 links of 50 000 tracks), six times in a row. No HTTP, no ranking.
 */
public final class RankingReadBench {
    public static void main(String[] args) throws Exception {
        IndexStore.MergeInput in = MergeBench.input();
        Path dir = Files.createTempDirectory("ranking-read-bench");
        try (Database db = Database.openIn(dir)) {
            db.write(c -> IndexStore.merge(c, in, 1_000_000L));
            for (int round = 1; round <= 6; round++) {
                long t0 = System.nanoTime();
                RankingData.Inputs read = db.read(c -> RankingData.read(c, Set.of()));
                System.out.printf("read %d: %.2f s (%d candidates, %d verdicts)%n", round, (System.nanoTime() - t0) / 1e9,
                        read.candidates().size(), read.verdicts().size());
            }
        }
    }
}
