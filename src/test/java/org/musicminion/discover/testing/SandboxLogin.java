package org.musicminion.discover.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.SandboxServer;

/**
 * Logs in to a sandbox over HTTP the way a browser and the tool do ({@code /authorize} with PKCE, then
 * the code at {@code /oauth/token}), for tests and benchmarks that need a user's tokens without playing
 * the browser; and takes a grant away by using its single-use refresh token once.
 */
public final class SandboxLogin {
    /** An access token, its refresh token and lifetime in seconds. */
    public record Tokens(String accessToken, String refreshToken, long expiresIn) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String VERIFIER = "sandbox-login-fixture-verifier-0123456789abcdefghijkl";

    private SandboxLogin() {}

    /**
     * Logs in on {@code sandbox} and writes the tokens into {@code data}/tokens.json as the tool saves them (the dir
     * 0700, the file 0600, created new) for the user {@code id} / {@code username}; returns the file.
     */
    public static Path writeUserTokens(SandboxServer sandbox, Path data, long id, String username) throws IOException {
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Tokens t = userTokens(sandbox);
        Path f = data.resolve("tokens.json");
        Files.writeString(f, "{\"access_token\":\"" + t.accessToken() + "\",\"refresh_token\":\"" + t.refreshToken()
                + "\",\"expires_at\":\"" + Instant.now().plusSeconds(t.expiresIn()) + "\",\"scope\":\"\","
                + "\"user\":{\"id\":" + id + ",\"urn\":\"soundcloud:users:" + id + "\",\"username\":\"" + username + "\"}}",
                StandardOpenOption.CREATE_NEW);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    /** The tokens of a completed login on {@code sandbox}. */
    public static Tokens userTokens(SandboxServer sandbox) {
        String redirect = sandbox.options().redirectUri() != null ? sandbox.options().redirectUri() : "http://127.0.0.1:1/callback";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("client_id", sandbox.clientId());
        q.put("redirect_uri", redirect);
        q.put("response_type", "code");
        q.put("code_challenge", challenge(VERIFIER));
        q.put("code_challenge_method", "S256");
        q.put("state", "fixture");
        HttpResponse<String> authorize = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/authorize?" + form(q))).build());
        String location = authorize.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("/authorize answered " + authorize.statusCode() + ": " + authorize.body()));
        String code = URI.create(location).getQuery().replaceAll(".*(?:^|&)code=([^&]*).*", "$1");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("code_verifier", VERIFIER);
        f.put("redirect_uri", redirect);
        return token(sandbox, f);
    }

    /** Uses {@code refreshToken} once: whoever else holds it gets invalid_grant from now on. Returns the new tokens. */
    public static Tokens rotate(SandboxServer sandbox, String refreshToken) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "refresh_token");
        f.put("refresh_token", refreshToken);
        return token(sandbox, f);
    }

    /** A client-credentials (app) token from {@code sandbox}, as a peer client gets one (HTTP Basic). */
    public static String appToken(SandboxServer sandbox) {
        String basic = Base64.getEncoder().encodeToString((sandbox.clientId() + ":" + sandbox.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        if (r.statusCode() != 200) throw new IllegalStateException("/oauth/token answered " + r.statusCode() + ": " + r.body());
        try {
            return Json.MAPPER.readTree(r.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Tokens token(SandboxServer sandbox, Map<String, String> f) {
        f.put("client_id", sandbox.clientId());
        f.put("client_secret", sandbox.clientSecret());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(f))).build());
        if (r.statusCode() != 200) throw new IllegalStateException("/oauth/token answered " + r.statusCode() + ": " + r.body());
        try {
            JsonNode t = Json.MAPPER.readTree(r.body());
            return new Tokens(t.get("access_token").asText(), t.path("refresh_token").asText(null), t.path("expires_in").asLong());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> m) {
        return m.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
