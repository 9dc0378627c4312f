package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

import okhttp3.HttpUrl;

class PkceTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void challengeMatchesTheRfc7636AppendixBVector() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void generatedVerifiersAreUnreservedCharactersOfValidLengthAndNeverRepeat() {
        Pkce a = Pkce.generate(random);
        Pkce b = Pkce.generate(random);
        assertTrue(a.verifier().matches("[A-Za-z0-9\\-._~]{43,128}"), a.verifier());
        assertEquals(Pkce.challengeOf(a.verifier()), a.challenge());
        assertNotEquals(a.verifier(), b.verifier());
        assertFalse(a.toString().contains(a.verifier()));
    }

    @Test
    void authorizeUrlCarriesChallengeStateAndRedirectButNeverTheVerifier() {
        AuthorizationRequest r = AuthorizationRequest.create("cid", "http://127.0.0.1:8765/callback", random);
        HttpUrl url = HttpUrl.get(r.authorizeUri("https://secure.example.com").toString());
        assertEquals("/authorize", url.encodedPath());
        assertEquals("cid", url.queryParameter("client_id"));
        assertEquals("code", url.queryParameter("response_type"));
        assertEquals("S256", url.queryParameter("code_challenge_method"));
        assertEquals(r.pkce().challenge(), url.queryParameter("code_challenge"));
        assertEquals(r.state(), url.queryParameter("state"));
        assertEquals("http://127.0.0.1:8765/callback", url.queryParameter("redirect_uri"));
        assertFalse(url.toString().contains(r.pkce().verifier()));
    }

    @Test
    void stateCheckAcceptsOnlyThisLoginsState() {
        AuthorizationRequest r = AuthorizationRequest.create("cid", "http://127.0.0.1:8765/callback", random);
        r.checkState(r.state());
        ExitException wrong = assertThrows(ExitException.class, () -> r.checkState(r.state() + "x"));
        assertEquals(ExitCode.FAILED, wrong.exitCode());
        assertTrue(wrong.getMessage().contains("state"), wrong.getMessage());
        assertEquals(ExitCode.FAILED, assertThrows(ExitException.class, () -> r.checkState(null)).exitCode());
        AuthorizationRequest other = AuthorizationRequest.create("cid", "http://127.0.0.1:8765/callback", random);
        assertFalse(r.stateMatches(other.state()));
    }

    @Test
    void pastedTextIsReadAsRedirectUrlQueryOrBareCode() {
        AuthorizationResponse url = AuthorizationResponse.fromPasted(" http://127.0.0.1:8765/callback?code=abc&state=xyz \n");
        assertEquals("abc", url.code());
        assertEquals("xyz", url.state());
        AuthorizationResponse query = AuthorizationResponse.fromPasted("?code=abc&state=xyz");
        assertEquals("abc", query.code());
        AuthorizationResponse bare = AuthorizationResponse.fromPasted("abc-DEF_123");
        assertEquals("abc-DEF_123", bare.code());
        assertNull(bare.state());
        AuthorizationResponse denied = AuthorizationResponse.fromPasted("http://127.0.0.1:8765/callback?error=access_denied&state=xyz");
        assertTrue(denied.denied());
        assertTrue(denied.errorException().getMessage().contains("denied"));
        assertEquals(ExitCode.USAGE, assertThrows(ExitException.class, () -> AuthorizationResponse.fromPasted("")).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(ExitException.class, () -> AuthorizationResponse.fromPasted("not a code!")).exitCode());
        assertEquals(ExitCode.USAGE,
                assertThrows(ExitException.class, () -> AuthorizationResponse.fromPasted("http://127.0.0.1:8765/callback?state=x")).exitCode());
    }
}
