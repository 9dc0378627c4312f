package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.testing.FakeAuthServer;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

class TokenEndpointTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture();

    @Test
    void codeExchangeSendsClientCredentialsAsBasicAuthAndTheGrantAsAFormBody() throws Exception {
        TokenResponse r = auth.context().auth.endpoint().authorizationCode(FakeAuthServer.CODE, "v".repeat(43), "http://127.0.0.1:8765/callback");

        assertEquals("access-1", r.accessToken());
        assertEquals("refresh-1", r.refreshToken());
        assertEquals(auth.clock.instant().plusSeconds(3600), r.expiresAt());
        RecordedRequest req = auth.fake.tokenRequests.get(0);
        assertEquals("POST", req.getMethod());
        assertEquals("/oauth/token", req.getUrl().encodedPath());
        assertNull(req.getUrl().query(), "nothing in the query string");
        String expectedBasic = "Basic " + Base64.getEncoder()
                .encodeToString((FakeAuthServer.CLIENT_ID + ":" + FakeAuthServer.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertEquals(expectedBasic, req.getHeaders().get("Authorization"));
        assertTrue(req.getHeaders().get("Content-Type").startsWith("application/x-www-form-urlencoded"));
        Map<String, String> form = FakeAuthServer.form(req);
        assertEquals("authorization_code", form.get("grant_type"));
        assertEquals(FakeAuthServer.CODE, form.get("code"));
        assertEquals("v".repeat(43), form.get("code_verifier"));
        assertEquals("http://127.0.0.1:8765/callback", form.get("redirect_uri"));
        assertFalse(req.getBody().utf8().contains(FakeAuthServer.CLIENT_SECRET), "the secret travels only in the Basic header");
        assertFalse(auth.context().stderr().contains(FakeAuthServer.CLIENT_SECRET));
        assertFalse(auth.context().stderr().contains(FakeAuthServer.CODE));
    }

    @Test
    void anExpiresInOutOfRangeMeansTheDefaultLifetimeNotAWrappedOrOverflowingOne() {
        for (String expiresIn : new String[] {"1e30", "1e400", "9223372036854775807", "-5", "0.5"}) {
            auth.fake.tokenOverrides.add(FakeAuthServer.json(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":" + expiresIn + "}"));

            TokenResponse r = auth.context().auth.endpoint().authorizationCode(FakeAuthServer.CODE, "v".repeat(43), "http://127.0.0.1:8765/callback");

            assertEquals(auth.clock.instant().plus(TokenEndpoint.DEFAULT_LIFETIME), r.expiresAt(), expiresIn);
        }
    }

    @Test
    void rateLimitedClientCredentialsGrantIsReportedWithTheResetTimeAndNotRetried() {
        auth.fake.tokenOverrides.add(FakeAuthServer.json(429, "{\"code\":429,\"message\":\"Too many requests\","
                + "\"link\":\"https://developers.soundcloud.com/docs/api/rate-limits\","
                + "\"errors\":[{\"error_message\":\"client_credentials bucket exhausted\"}],\"error\":null,"
                + "\"reset_time\":\"2026-11-25T20:00:00Z\"}"));

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.appTokens().accessToken());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("2026-11-25T20:00:00Z"), e.getMessage());
        assertTrue(e.getMessage().contains("client_credentials bucket exhausted"), e.getMessage());
        assertEquals(1, auth.fake.clientGrants.get(), "a 429 whose reset is hours away is not retried");
        assertTrue(auth.context().sleeps.isEmpty());
        assertFalse(auth.dataDir.resolve(AppTokenStore.FILE).toFile().exists());
    }

    @Test
    void rateLimitedGrantWithoutAnyResetTimeIsNotRetriedBlindly() {
        auth.fake.tokenOverrides.add(FakeAuthServer.json(429, "{\"code\":429,\"message\":\"slow down\"}"));

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.appTokens().accessToken());

        assertTrue(e.getMessage().contains("slow down"), e.getMessage());
        assertEquals(1, auth.fake.clientGrants.get());
        assertTrue(auth.context().sleeps.isEmpty());
    }

    @Test
    void rateLimitedGrantIsRetriedOnceTheShortWaitTheServerAsksHasPassed() {
        auth.fake.tokenOverrides.add(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{}").build());

        assertEquals("app-1", auth.context().auth.appTokens().accessToken());

        assertEquals(java.util.List.of(Duration.ofSeconds(3)), auth.context().sleeps);
        assertEquals(2, auth.fake.clientGrants.get());
    }

    @Test
    void wrongClientSecretIsABadConfigurationNamingTheKeys() {
        AuthTestContext wrong = auth.process(Map.of("soundcloud.client_secret", "not-the-secret"));
        ExitException e = assertThrows(ExitException.class, () -> wrong.auth.appTokens().accessToken());
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("soundcloud.client_secret"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-secret"));
    }

    @Test
    void missingClientSecretIsExit78OnlyWhenAGrantIsNeeded() {
        AuthTestContext noSecret = auth.process(Map.of("soundcloud.client_secret", ""));
        ExitException e = assertThrows(ExitException.class, () -> noSecret.auth.appTokens().accessToken());
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("MINION_DISCOVER_CLIENT_SECRET"), e.getMessage());
        assertEquals(0, auth.server.getRequestCount());
    }

    @Test
    void aTokenAnswerOverTheBodyCapIsAClearFailureNotAnOutOfMemoryError() {
        auth.fake.tokenOverrides.add(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(new okio.Buffer().write(new byte[(int) org.musicminion.discover.http.CallOptions.MAX_BODY_BYTES + 1])).build());

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.appTokens().accessToken());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("more than 16 MiB") && e.getMessage().contains("not read"), e.getMessage());
        assertEquals(1, auth.fake.clientGrants.get(), "not retried");
    }

    @Test
    void aRedirectFromTheTokenEndpointIsNeverFollowedAndNamesTheHost() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            for (int code : new int[] {307, 308, 302}) {
                auth.fake.tokenOverrides.add(new MockResponse.Builder().code(code)
                        .setHeader("Location", elsewhere.url("/oauth/token").toString()).build());
                ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.endpoint().refresh("the-refresh-token"));
                assertEquals(ExitCode.FAILED, e.exitCode());
                assertTrue(e.getMessage().contains("redirect (HTTP " + code + ") to http://" + elsewhere.getHostName() + ":"
                        + elsewhere.getPort()), e.getMessage());
                assertFalse(e.getMessage().contains("the-refresh-token"), e.getMessage());
            }
            assertEquals(0, elsewhere.getRequestCount(), "neither the refresh token nor anything else went to the Location");
            assertEquals(3, auth.server.getRequestCount(), "not retried either");
        }
    }
}
