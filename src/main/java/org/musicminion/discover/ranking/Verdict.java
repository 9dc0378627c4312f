package org.musicminion.discover.ranking;

/**
 * The listener's verdict on a track: kept ({@code liked}) or not ({@code not_interested}, {@code not_quite}),
 * with the time it was recorded (epoch millis) and the track as the index knows it.
 */
public record Verdict(TrackFacts track, boolean kept, long judgedAt) {
}
