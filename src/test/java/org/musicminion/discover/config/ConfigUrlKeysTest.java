package org.musicminion.discover.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/** URL keys are checked like every other key, the token's URLs must be https off loopback, and a secret is never echoed. */
class ConfigUrlKeysTest {
    @TempDir
    Path dir;

    private ExitException refused(String toml) throws Exception {
        Path f = dir.resolve("config.toml");
        Files.writeString(f, toml);
        return assertThrows(ExitException.class, () -> new ConfigLoader(Map.of(), w -> { }).load(f));
    }

    private Settings loaded(String toml) throws Exception {
        Path f = dir.resolve("config.toml");
        Files.writeString(f, toml);
        return new ConfigLoader(Map.of(), w -> { }).load(f);
    }

    @Test
    void aUrlKeyThatIsNotAUrlIsExit78NamingTheKeyAndItsPlace() throws Exception {
        ExitException e = refused("[soundcloud]\napi_url = \"not a url\"\n");
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("config.toml:2:1") && e.getMessage().contains("soundcloud.api_url"), e.getMessage());
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.1:8080", "ftp://api.example.com", "http://127.0.0.1.evil.example",
            "https://", "/relative", " https://api.soundcloud.com"})
    void theApiAndAuthUrlsMustBeHttpsOffLoopback(String url) throws Exception {
        for (String key : new String[] {"api_url", "auth_url"}) {
            ExitException e = refused("[soundcloud]\n" + key + " = \"" + url + "\"\n");
            assertEquals(ExitCode.CONFIG, e.exitCode(), url);
            assertTrue(e.getMessage().contains("soundcloud." + key), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.soundcloud.com", "http://127.0.0.1:8080", "http://127.5.0.9/", "http://localhost:9/x",
            "http://[::1]:8080"})
    void httpsOrLoopbackIsAccepted(String url) throws Exception {
        assertEquals(url, loaded("[soundcloud]\napi_url = \"" + url + "\"\nauth_url = \"" + url + "\"\n").soundcloud().apiUrl());
    }

    @Test
    void theRedirectUriMustBeAnHttpUrl() throws Exception {
        ExitException e = refused("[soundcloud]\nredirect_uri = \"127.0.0.1:8765/callback\"\n");
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("soundcloud.redirect_uri"), e.getMessage());
        assertEquals("https://example.com/cb", loaded("[soundcloud]\nredirect_uri = \"https://example.com/cb\"\n").soundcloud().redirectUri());
    }

    @Test
    void aWronglyTypedClientSecretIsNotEchoed() throws Exception {
        ExitException e = refused("[soundcloud]\nclient_secret = 918273645\n");
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("soundcloud.client_secret") && e.getMessage().contains("an integer"), e.getMessage());
        assertFalse(e.getMessage().contains("918273645"), e.getMessage());
        ExitException t = refused("[soundcloud]\nclient_secret = [\"s3cr3t-value\"]\n");
        assertFalse(t.getMessage().contains("s3cr3t-value"), t.getMessage());
    }
}
