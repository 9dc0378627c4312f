package org.musicminion.discover.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.JsonNumbers;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.http.CallOptions;
import org.musicminion.discover.http.Outcome;
import org.musicminion.discover.http.OutcomeKind;

import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The OAuth token endpoint, {@code POST {auth_url}/oauth/token}: form-encoded, client id+secret
 * as HTTP Basic, through {@link ApiClient#execute} without a token. A grant is not an ordinary
 * request ({@link CallOptions#notIdempotent()}): connect failures, 429 and 5xx are retried per the
 * policy, a 400 is permanent, and after a lost answer (timeout, broken connection, unreadable body;
 * the server may already have rotated a single-use refresh token) it is repeated at most once, at
 * once, and a failure then says the answer was lost. A redirect is never followed: a 3xx is a failure
 * naming where it pointed (a 307/308 would re-post the grant's secrets there). Secrets go only into the form body and
 * the Authorization header; no message this class makes contains one. Thread-safe.
 */
public final class TokenEndpoint {
    /** When the answer carries no expires_in. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** The longest {@code expires_in} taken as said (a year); a longer, fractional or non-numeric one means {@link #DEFAULT_LIFETIME}. */
    static final long MAX_LIFETIME_SECONDS = 365L * 24 * 3600;

    private final ApiClient client;
    private final HttpUrl tokenUrl;
    private final Supplier<String> clientId;
    private final Supplier<String> clientSecret;
    private final Clock clock;

    /**
     * @param client       an ApiClient whose OkHttpClient carries {@link #throttleInterceptor(Clock)}
     * @param authUrl      {@code soundcloud.auth_url}
     * @param clientId     asked only when a grant is made (so a missing secret is exit 78 only then)
     */
    public TokenEndpoint(ApiClient client, String authUrl, Supplier<String> clientId, Supplier<String> clientSecret, Clock clock) {
        HttpUrl base = HttpUrl.parse(authUrl);
        if (base == null) throw ExitException.config("soundcloud.auth_url is not an http(s) URL: " + authUrl);
        this.client = client;
        this.tokenUrl = base.newBuilder().addPathSegments("oauth/token").build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The interceptor the token endpoint's OkHttpClient must carry (see {@link TokenEndpointThrottle}). */
    public static okhttp3.Interceptor throttleInterceptor(Clock clock) {
        return new TokenEndpointThrottle(clock);
    }

    public HttpUrl tokenUrl() {
        return tokenUrl;
    }

    public TokenResponse authorizationCode(String code, String verifier, String redirectUri) {
        return grant("authorization_code", List.of("code", code, "code_verifier", verifier, "redirect_uri", redirectUri));
    }

    public TokenResponse refresh(String refreshToken) {
        return grant("refresh_token", List.of("refresh_token", refreshToken));
    }

    public TokenResponse clientCredentials() {
        return grant("client_credentials", List.of());
    }

    private TokenResponse grant(String grantType, List<String> fields) {
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8).add("grant_type", grantType);
        for (int i = 0; i < fields.size(); i += 2) form.add(fields.get(i), fields.get(i + 1));
        Request request = new Request.Builder()
                .url(tokenUrl)
                .header("Authorization", Credentials.basic(clientId.get(), clientSecret.get(), StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .post(form.build())
                .build();
        ApiResponse r = client.execute(request, CallOptions.json(null).notIdempotent().withoutRedirects());
        if (r.status() >= 300 && r.status() < 400) throw redirected(grantType, r);
        if (r.ok()) return parse(grantType, r);
        throw failure(grantType, r);
    }

    private TokenResponse parse(String grantType, ApiResponse r) {
        JsonNode j = r.json();
        String access = j == null ? null : TokenSet.text(j, "access_token");
        if (access == null) {
            throw ExitException.failed("the token endpoint " + tokenUrl + " answered the " + grantType + " grant without an access_token");
        }
        Long expiresIn = JsonNumbers.whole(j.get("expires_in"), 1, MAX_LIFETIME_SECONDS); // 1e30 is no lifetime, not a wrapped one
        Duration lifetime = expiresIn != null ? Duration.ofSeconds(expiresIn) : DEFAULT_LIFETIME;
        return new TokenResponse(access, TokenSet.text(j, "refresh_token"), clock.instant().plus(lifetime), TokenSet.text(j, "scope"));
    }

    private ExitException failure(String grantType, ApiResponse r) {
        JsonNode j = r.json() != null ? r.json() : TokenEndpointThrottle.parse(r.body());
        String error = j == null ? null : TokenSet.text(j, "error");
        String description = j == null ? null : TokenSet.text(j, "error_description");
        if ("invalid_grant".equals(error)) return new InvalidGrantException(grantType, description, r.answerLost());
        if ("invalid_client".equals(error) || "unauthorized_client".equals(error) || r.status() == 401) {
            return ExitException.config("the token endpoint " + tokenUrl + " refused the app's credentials (" + (error == null ? "HTTP 401" : error)
                    + "): check soundcloud.client_id and soundcloud.client_secret (or MINION_DISCOVER_CLIENT_ID / MINION_DISCOVER_CLIENT_SECRET)");
        }
        if (r.outcome().kind() == OutcomeKind.THROTTLED) return throttled(grantType, r);
        if (Outcome.TOO_LARGE.equals(r.outcome().errorClass())) {
            return ExitException.failed("the token endpoint " + tokenUrl + " answered the " + grantType + " grant with more than "
                    + CallOptions.MAX_BODY_BYTES / (1024 * 1024) + " MiB (HTTP " + r.status() + "), so the answer was not read;"
                    + " check soundcloud.auth_url");
        }
        if (r.answerLost() && r.outcome().kind() == OutcomeKind.TRANSIENT) {
            return ExitException.failed("the token endpoint's answers to the " + grantType + " grant were lost twice ("
                    + r.outcome().errorClass() + "); the server may have acted on it"
                    + ("refresh_token".equals(grantType) ? " and rotated the single-use refresh token, so the stored one may be spent" : "")
                    + "; stored tokens are unchanged: try again, and if the token endpoint then refuses them, run: minion-discover auth login");
        }
        if (r.outcome().kind() == OutcomeKind.TRANSIENT) {
            return ExitException.failed("the token endpoint " + tokenUrl + " did not answer the " + grantType + " grant: "
                    + (r.failure() != null ? r.failure() : r.outcome().errorClass()) + (r.status() > 0 ? " (HTTP " + r.status() + ")" : "") + " after " + r.attempts()
                    + " attempts; stored tokens are unchanged; try again later");
        }
        return ExitException.failed("the token endpoint " + tokenUrl + " refused the " + grantType + " grant: HTTP " + r.status()
                + (error == null ? "" : " " + error) + (description == null ? "" : ": " + description));
    }

    /**
     * A 3xx from the token endpoint: never followed (a 307/308 would re-post the grant's refresh token, code
     * or verifier to wherever the Location names), so the grant failed; the message names the host.
     */
    private ExitException redirected(String grantType, ApiResponse r) {
        HttpUrl target = r.location() == null ? null : tokenUrl.resolve(r.location());
        String where = target == null ? "no readable Location" : ApiClient.origin(target);
        return ExitException.failed("the token endpoint " + tokenUrl + " answered the " + grantType + " grant with a redirect (HTTP "
                + r.status() + ") to " + where + "; redirects from the token endpoint are never followed (the grant's secrets would go"
                + " with it), so nothing was sent there and stored tokens are unchanged; check soundcloud.auth_url");
    }

    private ExitException throttled(String grantType, ApiResponse r) {
        JsonNode body = TokenEndpointThrottle.parse(r.body());
        List<String> parts = new ArrayList<>();
        if (body != null) {
            addIfPresent(parts, body.get("message"));
            JsonNode errors = body.get("errors");
            if (errors != null && errors.isArray()) for (JsonNode e : errors) addIfPresent(parts, e.get("error_message"));
            addIfPresent(parts, body.get("error"));
        }
        String reset = TokenEndpointThrottle.resetTimeText(body);
        String link = body != null && body.hasNonNull("link") ? body.get("link").asText() : null;
        StringBuilder m = new StringBuilder("the token endpoint rate-limited the ").append(grantType).append(" grant (HTTP 429");
        if (!parts.isEmpty()) m.append(": ").append(String.join("; ", parts));
        m.append(")");
        if (reset != null) m.append("; the limit resets at ").append(reset);
        else if (r.outcome().retryAfter() != null && r.outcome().retryAfter().toSeconds() < TokenEndpointThrottle.UNKNOWN_RESET_SECONDS) {
            m.append("; the server asked to wait ").append(r.outcome().retryAfter().toSeconds()).append(" s");
        }
        if (link != null && !link.isBlank()) m.append(" (see ").append(link).append(")");
        m.append("; try again after that");
        if ("client_credentials".equals(grantType)) m.append(" (SoundCloud issues at most 50 app tokens per 12 h per app)");
        return ExitException.failed(m.toString());
    }

    private static void addIfPresent(List<String> parts, JsonNode n) {
        if (n != null && !n.isNull() && !n.asText().isBlank() && !parts.contains(n.asText())) parts.add(n.asText());
    }
}
