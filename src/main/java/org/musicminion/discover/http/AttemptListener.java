package org.musicminion.discover.http;

/** Hooks around every HTTP attempt, e.g. a shared rate limiter that paces and learns from 429s. */
public interface AttemptListener {
    AttemptListener NONE = new AttemptListener() {};

    /** Called before each attempt; may block (a rate limiter waiting for a slot). */
    default void beforeAttempt() throws InterruptedException {}

    /** Called after each attempt with its classification. */
    default void afterAttempt(Outcome outcome) {}
}
