package org.musicminion.discover.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;

/** A plain java.net.http client for the sandbox tests: never follows redirects, speaks form and JSON. */
final class SandboxHttp {
    static final String REDIRECT = "http://127.0.0.1:9/callback";

    final SandboxServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SandboxHttp(SandboxServer server) {
        this.server = server;
    }

    /** A GET of a path (or a full URL) with an optional {@code OAuth} token. */
    HttpResponse<String> get(String pathOrUrl, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathOrUrl)).timeout(Duration.ofSeconds(20)).GET();
        if (token != null) b.header("Authorization", "OAuth " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "OAuth " + token);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without a body (the control routes). */
    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST /oauth/token with HTTP Basic {@code id:secret} (none when id is null) and a form. */
    HttpResponse<String> token(String id, String secret, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/oauth/token")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (id != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> token(Map<String, String> form) throws IOException, InterruptedException {
        return token(server.clientId(), server.clientSecret(), form);
    }

    /** Plays the browser: GET /authorize with a fresh PKCE pair; returns the code and its verifier. */
    String[] authorize() throws IOException, InterruptedException {
        String verifier = verifier();
        String url = "/authorize?" + form(Map.of("client_id", server.clientId(), "redirect_uri", REDIRECT, "response_type", "code",
                "code_challenge", OAuthService.s256(verifier), "code_challenge_method", "S256", "state", "st-1"));
        HttpResponse<String> r = get(url, null);
        if (r.statusCode() != 302) throw new AssertionError("authorize: " + r.statusCode() + " " + r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return new String[] {query(location).get("code"), verifier};
    }

    /** The whole login: authorize + code exchange; the token answer. */
    JsonNode login() throws IOException, InterruptedException {
        String[] cv = authorize();
        HttpResponse<String> r = token(Map.of("grant_type", "authorization_code", "code", cv[0], "code_verifier", cv[1],
                "redirect_uri", REDIRECT));
        if (r.statusCode() != 200) throw new AssertionError("token: " + r.statusCode() + " " + r.body());
        return json(r);
    }

    static String verifier() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    static Map<String, String> query(String url) {
        return Request.parseForm(URI.create(url).getRawQuery());
    }

    static String form(Map<String, String> m) {
        return m.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : server.baseUrl() + pathOrUrl);
    }
}
