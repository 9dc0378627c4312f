/**
 * The simulated SoundCloud: {@link org.musicminion.discover.sandbox.SandboxServer} serves the API
 * subset the tool uses and the OAuth endpoints on one loopback base URL, answering from a
 * deterministic {@link org.musicminion.discover.sandbox.Catalogue}, with injectable
 * {@link org.musicminion.discover.sandbox.Faults} and request {@link org.musicminion.discover.sandbox.SandboxStats}.
 * Used by {@code demo}, the {@code sandbox} command, end-to-end tests and benchmarks.
 *
 * <pre>{@code
 * try (SandboxServer sc = SandboxServer.start(SandboxOptions.builder().artists(20).perArtist(50).build())) {
 *     String base = sc.baseUrl();                 // api_url and auth_url
 *     Catalogue truth = sc.catalogue();           // what a client should find
 *     sc.setFaults(Faults.NONE.withErrorRate(0.1));
 *     SandboxStats.Snapshot s = sc.stats();       // s.count("GET /users/{urn}/reposts/tracks", 200)
 * }
 * }</pre>
 */
package org.musicminion.discover.sandbox;
