package org.musicminion.discover.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.musicminion.discover.auth.Pkce;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A fake SoundCloud token endpoint and {@code /me} for auth tests: checks HTTP Basic client
 * credentials and PKCE, rotates single-use refresh tokens (a reused one gets invalid_grant),
 * issues client-credentials tokens, and accepts on {@code /me} only tokens it issued.
 */
public final class FakeAuthServer extends Dispatcher {
    public static final String CLIENT_ID = "test-client";
    public static final String CLIENT_SECRET = "s3cret-client-value";
    public static final String CODE = "auth-code-123";

    public final AtomicInteger codeGrants = new AtomicInteger();
    public final AtomicInteger refreshGrants = new AtomicInteger();
    public final AtomicInteger clientGrants = new AtomicInteger();
    public final AtomicInteger issued = new AtomicInteger();
    public final Set<String> validAccess = ConcurrentHashMap.newKeySet();
    public final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    /** Scripted answers for the token endpoint, used before the normal behaviour. */
    public final Deque<MockResponse> tokenOverrides = new ConcurrentLinkedDeque<>();
    public volatile String currentRefresh = "r1";
    public volatile String expectedChallenge;
    public volatile long expiresIn = 3600;
    /** Runs when a refresh grant arrives, before it is answered (e.g. "another process rotates the file now"). */
    public volatile Consumer<String> onRefresh = rt -> {};
    /**
     * Faults applied, one each, to the next refresh answers the server really issues (the refresh
     * token is rotated, then the answer is e.g. held back past the timeout or cut off).
     */
    public final Deque<java.util.function.UnaryOperator<MockResponse.Builder>> refreshAnswerFaults = new ConcurrentLinkedDeque<>();
    /** Runs when /me is answered with a token (e.g. to look at the token file at that moment). */
    public volatile Consumer<String> onMe = t -> {};

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/oauth/token")) return token(request);
        if (path.equals("/me")) return me(request);
        return json(404, "{\"code\":404,\"message\":\"not found\"}");
    }

    private MockResponse token(RecordedRequest request) {
        tokenRequests.add(request);
        MockResponse scripted = tokenOverrides.poll();
        if (scripted != null) {
            countGrant(form(request).get("grant_type"));
            return scripted;
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(request.getHeaders().get("Authorization"))) return json(401, "{\"error\":\"invalid_client\"}");
        Map<String, String> form = form(request);
        String grant = form.get("grant_type");
        countGrant(grant);
        switch (grant == null ? "" : grant) {
            case "authorization_code": {
                if (!CODE.equals(form.get("code"))) return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad code\"}");
                if (expectedChallenge != null && !expectedChallenge.equals(Pkce.challengeOf(form.get("code_verifier")))) {
                    return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}");
                }
                return issue(true);
            }
            case "refresh_token": {
                String rt = form.get("refresh_token");
                onRefresh.accept(rt);
                synchronized (this) {
                    if (rt == null || !rt.equals(currentRefresh)) {
                        return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token is invalid\"}");
                    }
                    MockResponse answer = issue(true);
                    var fault = refreshAnswerFaults.poll();
                    return fault == null ? answer : fault.apply(answer.newBuilder()).build();
                }
            }
            case "client_credentials":
                return issue(false);
            default:
                return json(400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void countGrant(String grant) {
        if ("authorization_code".equals(grant)) codeGrants.incrementAndGet();
        if ("refresh_token".equals(grant)) refreshGrants.incrementAndGet();
        if ("client_credentials".equals(grant)) clientGrants.incrementAndGet();
    }

    private synchronized MockResponse issue(boolean withRefresh) {
        int n = issued.incrementAndGet();
        String access = (withRefresh ? "access-" : "app-") + n;
        validAccess.add(access);
        String body = "{\"access_token\":\"" + access + "\",\"expires_in\":" + expiresIn + ",\"scope\":\"non-expiring\"";
        if (withRefresh) {
            currentRefresh = "refresh-" + n;
            body += ",\"refresh_token\":\"" + currentRefresh + "\"";
        }
        return json(200, body + "}");
    }

    private MockResponse me(RecordedRequest request) {
        String auth = request.getHeaders().get("Authorization");
        String token = auth != null && auth.startsWith("OAuth ") ? auth.substring(6) : null;
        if (token == null || !validAccess.contains(token)) return json(401, "{\"code\":401,\"message\":\"invalid token\"}");
        onMe.accept(token);
        return json(200, "{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\",\"kind\":\"user\"}");
    }

    public static Map<String, String> form(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        HttpUrl parsed = HttpUrl.get("http://x/?" + body);
        Map<String, String> m = new HashMap<>();
        for (String name : parsed.queryParameterNames()) m.put(name, parsed.queryParameter(name));
        return Collections.unmodifiableMap(m);
    }

    public static MockResponse json(int status, String body) {
        return Responses.json(status, body);
    }
}
