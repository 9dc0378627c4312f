package org.musicminion.discover.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The sandbox's OAuth 2.1 authorization server: {@code /authorize} (PKCE S256, approves at once)
 * and {@code /oauth/token} (authorization_code, refresh_token with single-use rotation,
 * client_credentials with a grant cap). It also checks the access tokens of API calls. Thread-safe.
 */
final class OAuthService {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /** An issued access token: for the user (authorization_code / refresh) or for the app (client_credentials). */
    record Access(boolean user, Instant expiresAt) {}

    private record Code(String redirectUri, String challenge, Instant expiresAt) {}

    /** Tokens issued together by one grant. */
    record Grant(String accessToken, String refreshToken, long expiresIn) {}

    private final SandboxOptions options;
    private final LongSupplier lifetimeSeconds;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    /** Refresh token → still usable. */
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();
    private final Deque<Instant> clientGrants = new ArrayDeque<>();

    OAuthService(SandboxOptions options, LongSupplier lifetimeSeconds) {
        this.options = options;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    private Instant now() {
        return options.clock().instant();
    }

    // ---- GET /authorize ----

    Reply authorize(Map<String, String> q) {
        String clientId = q.get("client_id");
        if (clientId == null || !clientId.equals(options.clientId())) {
            return Reply.oauthError(400, "invalid_client", "unknown client_id");
        }
        String redirectUri = q.get("redirect_uri");
        if (redirectUri == null || !redirectAllowed(redirectUri)) {
            return Reply.oauthError(400, "invalid_request", "redirect_uri is missing or not registered for this app");
        }
        String state = q.get("state");
        String problem = null;
        if (!"code".equals(q.get("response_type"))) problem = "response_type must be code";
        else if (!"S256".equals(q.get("code_challenge_method"))) problem = "code_challenge_method must be S256";
        else if (q.get("code_challenge") == null || !q.get("code_challenge").matches("[A-Za-z0-9_-]{43}")) problem = "code_challenge must be a base64url SHA-256";
        else if (state == null || state.isEmpty()) problem = "state is required";
        if (problem != null) {
            return Reply.redirect(redirectUri + sep(redirectUri) + "error=invalid_request&error_description=" + enc(problem)
                    + (state == null ? "" : "&state=" + enc(state)));
        }
        String code = randomToken();
        codes.put(code, new Code(redirectUri, q.get("code_challenge"), now().plus(CODE_LIFETIME)));
        return Reply.redirect(redirectUri + sep(redirectUri) + "code=" + enc(code) + "&state=" + enc(state));
    }

    private boolean redirectAllowed(String uri) {
        if (options.redirectUri() != null) return options.redirectUri().equals(uri);
        try {
            URI u = new URI(uri);
            return "http".equals(u.getScheme()) && u.getHost() != null && LOOPBACK.contains(u.getHost()) && u.getFragment() == null;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- POST /oauth/token ----

    Reply token(String authorization, Map<String, String> form) {
        String[] creds = clientCredentials(authorization, form);
        if (creds == null) return Reply.oauthError(401, "invalid_client", "client authentication failed").withHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
        if (!same(creds[0], options.clientId()) || !same(creds[1], options.clientSecret())) {
            return Reply.oauthError(401, "invalid_client", "client authentication failed").withHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
        }
        String grant = form.get("grant_type");
        if (grant == null) return Reply.oauthError(400, "invalid_request", "grant_type is required");
        return switch (grant) {
            case "authorization_code" -> authorizationCode(form);
            case "refresh_token" -> refresh(form);
            case "client_credentials" -> clientCredentialsGrant();
            default -> Reply.oauthError(400, "unsupported_grant_type", "grant_type " + grant + " is not supported");
        };
    }

    private static String[] clientCredentials(String authorization, Map<String, String> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) return null;
                return new String[] {
                        java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (form.get("client_id") != null && form.get("client_secret") != null) {
            return new String[] {form.get("client_id"), form.get("client_secret")};
        }
        return null;
    }

    private Reply authorizationCode(Map<String, String> form) {
        String codeValue = form.get("code");
        String verifier = form.get("code_verifier");
        String redirectUri = form.get("redirect_uri");
        if (codeValue == null || verifier == null || redirectUri == null) {
            return Reply.oauthError(400, "invalid_request", "code, code_verifier and redirect_uri are required");
        }
        Code code = codes.remove(codeValue); // single use, whatever happens next
        if (code == null) return Reply.oauthError(400, "invalid_grant", "the authorization code is unknown or already used");
        if (!now().isBefore(code.expiresAt())) return Reply.oauthError(400, "invalid_grant", "the authorization code expired");
        if (!code.redirectUri().equals(redirectUri)) return Reply.oauthError(400, "invalid_grant", "redirect_uri does not match the authorization request");
        if (!verifier.matches("[A-Za-z0-9._~-]{43,128}") || !same(s256(verifier), code.challenge())) {
            return Reply.oauthError(400, "invalid_grant", "code_verifier does not match the code_challenge");
        }
        return tokens(issue(true));
    }

    private Reply refresh(Map<String, String> form) {
        String token = form.get("refresh_token");
        if (token == null) return Reply.oauthError(400, "invalid_request", "refresh_token is required");
        Boolean live = refreshTokens.replace(token, false);
        if (live == null || !live) return Reply.oauthError(400, "invalid_grant", "the refresh token is invalid or was already used");
        return tokens(issue(true));
    }

    private Reply clientCredentialsGrant() {
        Instant now = now();
        synchronized (clientGrants) {
            while (!clientGrants.isEmpty() && !clientGrants.peekFirst().plus(options.clientCredentialsWindow()).isAfter(now)) {
                clientGrants.removeFirst();
            }
            if (clientGrants.size() >= options.clientCredentialsCap()) {
                Instant reset = clientGrants.peekFirst().plus(options.clientCredentialsWindow());
                return Reply.json(429, g -> {
                    g.writeStartObject();
                    g.writeNumberField("code", 429);
                    g.writeStringField("message", "Too Many Requests");
                    g.writeArrayFieldStart("errors");
                    g.writeStartObject();
                    g.writeObjectFieldStart("meta");
                    g.writeObjectFieldStart("rate_limit");
                    g.writeStringField("bucket", "by-client");
                    g.writeNumberField("max_nr_of_requests", options.clientCredentialsCap());
                    g.writeStringField("time_window", options.clientCredentialsWindow().toString());
                    g.writeStringField("name", "plan-rate-limit-client-credentials-token");
                    g.writeEndObject();
                    g.writeNumberField("remaining_requests", 0);
                    g.writeStringField("reset_time", Views.time(reset));
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeStringField("reset_time", Views.time(reset));
                    g.writeEndObject();
                });
            }
            clientGrants.addLast(now);
        }
        return tokens(issue(false));
    }

    /** Mints tokens as a successful grant would (user tokens carry a refresh token). */
    Grant issue(boolean user) {
        long lifetime = lifetimeSeconds.getAsLong();
        String access = randomToken();
        accessTokens.put(access, new Access(user, now().plusSeconds(lifetime)));
        String refresh = null;
        if (user) {
            refresh = randomToken();
            refreshTokens.put(refresh, true);
        }
        return new Grant(access, refresh, lifetime);
    }

    private static Reply tokens(Grant g) {
        return Reply.json(200, gen -> {
            gen.writeStartObject();
            gen.writeStringField("access_token", g.accessToken());
            if (g.refreshToken() != null) gen.writeStringField("refresh_token", g.refreshToken());
            gen.writeNumberField("expires_in", g.expiresIn());
            gen.writeStringField("scope", "*");
            gen.writeStringField("token_type", "bearer");
            gen.writeEndObject();
        }).withHeader("Cache-Control", "no-store");
    }

    // ---- API calls ----

    /** The live access token named by an {@code Authorization: OAuth <token>} header, or null. */
    Access check(String authorization) {
        if (authorization == null || !authorization.startsWith("OAuth ")) return null;
        Access a = accessTokens.get(authorization.substring(6).trim());
        if (a == null || !now().isBefore(a.expiresAt())) return null;
        return a;
    }

    private String randomToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String sep(String uri) {
        return uri.contains("?") ? "&" : "?";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
