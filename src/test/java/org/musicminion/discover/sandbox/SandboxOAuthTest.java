package org.musicminion.discover.sandbox;

import org.musicminion.discover.testing.ManualClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxOAuthTest {
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    SandboxServer server;
    SandboxHttp http;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(3).perArtist(10).pool(100).clock(clock)
                .clientCredentialsCap(3, Duration.ofHours(1)).faults(Faults.NONE.withTokenLifetimeSeconds(600)).build());
        http = new SandboxHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void authorizeRedirectsToTheRedirectUriWithACodeAndTheState() throws Exception {
        String challenge = OAuthService.s256(SandboxHttp.verifier());
        var r = http.get("/authorize?" + SandboxHttp.form(SandboxHttp.map("client_id", "sandbox-client", "redirect_uri", SandboxHttp.REDIRECT,
                "response_type", "code", "code_challenge", challenge, "code_challenge_method", "S256", "state", "abc 1")), null);
        assertEquals(302, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(SandboxHttp.REDIRECT + "?"), location);
        assertEquals("abc 1", SandboxHttp.query(location).get("state"));
        assertNotNull(SandboxHttp.query(location).get("code"));
    }

    @Test
    void authorizeRefusesAPlainChallengeMethodAndAnUnknownClient() throws Exception {
        var plain = http.get("/authorize?" + SandboxHttp.form(SandboxHttp.map("client_id", "sandbox-client", "redirect_uri", SandboxHttp.REDIRECT,
                "response_type", "code", "code_challenge", SandboxHttp.verifier(), "code_challenge_method", "plain", "state", "s")), null);
        assertEquals(302, plain.statusCode());
        Map<String, String> q = SandboxHttp.query(plain.headers().firstValue("Location").orElseThrow());
        assertEquals("invalid_request", q.get("error"));
        assertFalse(q.containsKey("code"));

        var unknown = http.get("/authorize?client_id=someone-else&redirect_uri=" + SandboxHttp.REDIRECT
                + "&response_type=code&code_challenge_method=S256&state=s", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Location").isEmpty(), "never redirects for an unknown client");

        var remote = http.get("/authorize?client_id=sandbox-client&redirect_uri=http://evil.example/cb"
                + "&response_type=code&code_challenge_method=S256&state=s", null);
        assertEquals(400, remote.statusCode(), "only loopback redirect URIs are registered");
    }

    @Test
    void theCodeExchangeGivesTokensThatOpenTheApi() throws Exception {
        JsonNode t = http.login();
        assertEquals("bearer", t.get("token_type").asText());
        assertEquals(600, t.get("expires_in").asLong());
        assertTrue(t.hasNonNull("refresh_token") && t.hasNonNull("scope"));
        var me = http.get("/me", t.get("access_token").asText());
        assertEquals(200, me.statusCode());
        assertEquals("soundcloud:users:7", SandboxHttp.json(me).get("urn").asText());
    }

    @Test
    void aVerifierThatDoesNotMatchTheChallengeIsInvalidGrant() throws Exception {
        String[] cv = http.authorize();
        var r = http.token(SandboxHttp.map("grant_type", "authorization_code", "code", cv[0], "code_verifier", SandboxHttp.verifier(),
                "redirect_uri", SandboxHttp.REDIRECT));
        assertEquals(400, r.statusCode());
        assertEquals("invalid_grant", SandboxHttp.json(r).get("error").asText());
    }

    @Test
    void aCodeWorksOnceAndOnlyWithItsRedirectUri() throws Exception {
        String[] cv = http.authorize();
        Map<String, String> form = SandboxHttp.map("grant_type", "authorization_code", "code", cv[0], "code_verifier", cv[1],
                "redirect_uri", SandboxHttp.REDIRECT);
        assertEquals(200, http.token(form).statusCode());
        var again = http.token(form);
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", SandboxHttp.json(again).get("error").asText());

        String[] other = http.authorize();
        var wrongUri = http.token(SandboxHttp.map("grant_type", "authorization_code", "code", other[0], "code_verifier", other[1],
                "redirect_uri", "http://127.0.0.1:10/other"));
        assertEquals("invalid_grant", SandboxHttp.json(wrongUri).get("error").asText());
    }

    @Test
    void anExpiredCodeIsInvalidGrant() throws Exception {
        String[] cv = http.authorize();
        clock.advance(OAuthService.CODE_LIFETIME.plusSeconds(1));
        var r = http.token(SandboxHttp.map("grant_type", "authorization_code", "code", cv[0], "code_verifier", cv[1],
                "redirect_uri", SandboxHttp.REDIRECT));
        assertEquals("invalid_grant", SandboxHttp.json(r).get("error").asText());
    }

    @Test
    void wrongClientCredentialsAre401InvalidClient() throws Exception {
        var wrong = http.token("sandbox-client", "not-the-secret", SandboxHttp.map("grant_type", "client_credentials"));
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", SandboxHttp.json(wrong).get("error").asText());
        var none = http.token(null, null, SandboxHttp.map("grant_type", "client_credentials"));
        assertEquals(401, none.statusCode());
        var formCreds = http.token(null, null, SandboxHttp.map("grant_type", "client_credentials",
                "client_id", "sandbox-client", "client_secret", "sandbox-secret"));
        assertEquals(200, formCreds.statusCode(), "client_id/client_secret form fields are accepted too");
    }

    @Test
    void everyRefreshRotatesAndAReusedRefreshTokenIsInvalidGrant() throws Exception {
        JsonNode first = http.login();
        String r1 = first.get("refresh_token").asText();
        var second = http.token(SandboxHttp.map("grant_type", "refresh_token", "refresh_token", r1));
        assertEquals(200, second.statusCode());
        String r2 = SandboxHttp.json(second).get("refresh_token").asText();
        assertNotEquals(r1, r2);
        assertEquals(200, http.get("/me", SandboxHttp.json(second).get("access_token").asText()).statusCode());

        var reused = http.token(SandboxHttp.map("grant_type", "refresh_token", "refresh_token", r1));
        assertEquals(400, reused.statusCode());
        assertEquals("invalid_grant", SandboxHttp.json(reused).get("error").asText());
        assertEquals(200, http.token(SandboxHttp.map("grant_type", "refresh_token", "refresh_token", r2)).statusCode());
    }

    @Test
    void accessTokensExpireAfterTheirLifetime() throws Exception {
        String token = http.login().get("access_token").asText();
        assertEquals(200, http.get("/me", token).statusCode());
        clock.advance(Duration.ofSeconds(600));
        var r = http.get("/me", token);
        assertEquals(401, r.statusCode());
        assertEquals(401, SandboxHttp.json(r).get("code").asInt());
    }

    @Test
    void apiCallsWithoutAValidOAuthHeaderAre401() throws Exception {
        assertEquals(401, http.get("/me", null).statusCode());
        assertEquals(401, http.get("/me", "made-up").statusCode());
        String token = http.login().get("access_token").asText();
        var bearer = http.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/me"))
                .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bearer.statusCode(), "the scheme is OAuth, as SoundCloud documents");
    }

    @Test
    void clientCredentialsGrantsAreCappedWith429NamingTheResetTime() throws Exception {
        for (int i = 0; i < 3; i++) {
            var ok = http.token(SandboxHttp.map("grant_type", "client_credentials"));
            assertEquals(200, ok.statusCode());
            assertFalse(SandboxHttp.json(ok).has("refresh_token"));
        }
        var capped = http.token(SandboxHttp.map("grant_type", "client_credentials"));
        assertEquals(429, capped.statusCode());
        assertEquals("2026/11/25 11:00:00 +0000", SandboxHttp.json(capped).get("reset_time").asText());
        assertTrue(capped.body().contains("\"reset_time\""));
        clock.advance(Duration.ofHours(1));
        assertEquals(200, http.token(SandboxHttp.map("grant_type", "client_credentials")).statusCode(), "the window slides");
    }

    @Test
    void anAppTokenReadsPublicRoutesButNotTheUsersOwn() throws Exception {
        String app = SandboxHttp.json(http.token(SandboxHttp.map("grant_type", "client_credentials"))).get("access_token").asText();
        assertEquals(200, http.get("/tracks/" + server.catalogue().repostsOf("soundcloud:users:100000").get(0), app).statusCode());
        assertEquals(403, http.get("/me", app).statusCode());
    }
}
