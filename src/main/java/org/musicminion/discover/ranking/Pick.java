package org.musicminion.discover.ranking;

import java.util.List;

/** One proposed track: its score (higher first), the artist it counts against ({@code placed_by}) and why it is there. */
public record Pick(String urn, double score, String placedBy, List<String> reasons) {
}
