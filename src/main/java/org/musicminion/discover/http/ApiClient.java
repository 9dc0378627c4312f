package org.musicminion.discover.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.Sleeper;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Every HTTP call of the tool goes through {@link #execute}: it adds {@code Authorization: OAuth},
 * classifies each attempt ({@link Outcome}), retries per the {@link RetryPolicy} with the injected
 * clock and sleeper, refreshes the token once on a 401, and counts requests. Thread-safe.
 *
 * <p>The token goes only to the origin (scheme, host, port) of the client's base URL: a request to
 * any other origin is sent without {@code Authorization}, and its 401 never triggers a refresh.
 * Redirects are followed only onto that same origin (see {@link #attempt}); one elsewhere fails the call.
 * A response body larger than {@link CallOptions#maxBodyBytes()} is a permanent failure
 * ({@code response_too_large}), read no further than the cap; and the bodies of all concurrent calls together keep to
 * one {@link BodyBudget}.
 */
public final class ApiClient {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient noRedirects;
    private final HttpUrl apiBase;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final TokenSource defaultTokens;
    private final Consumer<String> log;
    private final AttemptListener pacing;
    private final Pages.Limits listLimits;
    private final BodyBudget bodyBudget;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    public ApiClient(OkHttpClient http, String apiBase, RetryPolicy policy, Clock clock, Sleeper sleeper,
                     Duration timeout, TokenSource defaultTokens, Consumer<String> log) {
        this(http, apiBase, policy, clock, sleeper, timeout, defaultTokens, log, AttemptListener.NONE, Pages.Limits.DEFAULT);
    }

    /** As below, with the process's {@link BodyBudget#PROCESS}. */
    public ApiClient(OkHttpClient http, String apiBase, RetryPolicy policy, Clock clock, Sleeper sleeper,
                     Duration timeout, TokenSource defaultTokens, Consumer<String> log, AttemptListener pacing,
                     Pages.Limits listLimits) {
        this(http, apiBase, policy, clock, sleeper, timeout, defaultTokens, log, pacing, listLimits, BodyBudget.PROCESS);
    }

    /**
     * @param pacing     hooks around every attempt of every call, before the call's own: the process's
     *                   shared {@link AdaptiveRateLimiter}
     * @param listLimits the bounds of every {@link Pages} read through this client
     * @param bodyBudget the bytes of bodies in flight at once, shared by the process's clients ({@link BodyBudget#PROCESS})
     */
    public ApiClient(OkHttpClient http, String apiBase, RetryPolicy policy, Clock clock, Sleeper sleeper,
                     Duration timeout, TokenSource defaultTokens, Consumer<String> log, AttemptListener pacing,
                     Pages.Limits listLimits, BodyBudget bodyBudget) {
        this.noRedirects = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.apiBase = HttpUrl.get(apiBase.endsWith("/") ? apiBase : apiBase + "/");
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.defaultTokens = defaultTokens;
        this.log = log; // null: no per-attempt log lines are even built
        this.pacing = pacing;
        this.listLimits = listLimits;
        this.bodyBudget = bodyBudget;
    }

    /** api_url, ending in a slash. */
    public HttpUrl baseUrl() {
        return apiBase;
    }

    /** The bounds of a list read through this client. */
    public Pages.Limits listLimits() {
        return listLimits;
    }

    /** A detail line for -v (dropped without -v). */
    void log(String line) {
        if (log != null) log.accept(line);
    }

    public RetryPolicy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }

    public TokenSource defaultTokens() {
        return defaultTokens;
    }

    /** HTTP requests sent so far by this client (every attempt counts). */
    public long requestCount() {
        return requests.get();
    }

    /** An absolute URL: {@code pathOrUrl} as given when absolute, else relative to api_url. */
    public HttpUrl url(String pathOrUrl) {
        if (isAbsolute(pathOrUrl)) { // checked first: HttpUrl.parse throws (and catches) an exception on a path
            HttpUrl abs = HttpUrl.parse(pathOrUrl);
            if (abs == null) throw new IllegalArgumentException("bad API URL: " + Redact.url(pathOrUrl));
            return abs;
        }
        String p = pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl;
        HttpUrl u = apiBase.resolve(p);
        if (u == null) throw new IllegalArgumentException("bad API path: " + pathOrUrl);
        return u;
    }

    private static boolean isAbsolute(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }

    /** GET a JSON resource with the default token source; throws {@link ApiException} unless it succeeds. */
    public JsonNode getJson(String pathOrUrl) {
        return execute(new Request.Builder().url(url(pathOrUrl)).get().build(), CallOptions.json(defaultTokens))
                .orThrow().json();
    }

    /** PUT a JSON body with the default token source; throws {@link ApiException} unless it succeeds. */
    public ApiResponse putJson(String pathOrUrl, Object body) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Request r = new Request.Builder().url(url(pathOrUrl)).put(RequestBody.create(bytes, JSON)).build();
        return execute(r, CallOptions.json(defaultTokens).withExpectJson(false)).orThrow();
    }

    /**
     * Sends {@code request} until it succeeds or the policy gives up, and returns the last answer
     * (check {@link ApiResponse#ok()} or call {@link ApiResponse#orThrow()}).
     */
    public ApiResponse execute(Request request, CallOptions options) {
        boolean ours = sameOrigin(request.url());
        if (!ours) {
            if (log != null && (options.tokens() != null || request.header("Authorization") != null)) {
                log.accept("not sending credentials to " + Redact.url(request.url().toString()) + ": not the origin of " + apiBase);
            }
            request = request.newBuilder().removeHeader("Authorization").build();
        }
        TokenSource tokens = ours ? options.tokens() : null;
        String token = tokens == null ? null : tokens.accessToken();
        boolean refreshed = false;
        boolean lost = false;
        int retries = 0;
        int attempts = 0;
        while (true) {
            try {
                pacing.beforeAttempt();
                options.listener().beforeAttempt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ExitException.interrupted();
            }
            Request.Builder rb = request.newBuilder();
            if (token != null) rb.header("Authorization", "OAuth " + token);
            ApiResponse answer = attempt(rb.build(), options, ++attempts);
            options.listener().afterAttempt(answer.outcome());
            pacing.afterAttempt(answer.outcome());
            if (lost) answer = answer.withAnswerLost();
            if (answer.ok()) return answer;
            if (!options.idempotent() && answer.answerLost()) {
                if (lost) return answer; // the one repeat after a lost answer is spent
                lost = true;
                if (log != null) log.accept("repeating " + request.method() + " " + Redact.url(request.url().toString()) + " once, at once: its answer was lost ("
                        + answer.outcome().errorClass() + ")");
                continue;
            }
            if (answer.outcome().kind() == OutcomeKind.AUTH && tokens != null && !refreshed) {
                token = tokens.refreshAfterRejection(token);
                refreshed = true;
                continue;
            }
            RetryPolicy.Decision d = policy.decide(answer.outcome(), retries);
            if (!d.retry()) return answer;
            if (log != null) log.accept("retrying " + request.method() + " " + Redact.url(request.url().toString()) + " after "
                    + answer.outcome().errorClass() + " in " + d.delay().toMillis() + " ms");
            try {
                sleeper.sleep(d.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ExitException.interrupted();
            }
            retries++;
        }
    }

    /**
     * One attempt, following redirects itself when the call allows them: only to api_url's origin (same
     * scheme, host and port, so never https to http), at most {@link #MAX_REDIRECTS} hops; a redirect
     * anywhere else is not followed and the attempt fails as {@link Outcome#REDIRECTED_ELSEWHERE}, naming
     * the host. OkHttp itself never follows one: it would re-post a body (a grant's secrets) to any host.
     */
    private ApiResponse attempt(Request request, CallOptions options, int attempts) {
        Request current = request;
        for (int hop = 0; ; hop++) {
            ApiResponse answer = attemptOnce(current, options, attempts);
            if (!options.followRedirects() || !isRedirect(answer.status()) || answer.location() == null) return answer;
            HttpUrl target = current.url().resolve(answer.location());
            String from = current.method() + " " + Redact.url(current.url().toString());
            if (target == null || !sameOrigin(target)) {
                String where = target == null ? "an unreadable Location" : origin(target);
                if (log != null) log.accept(from + " -> " + answer.status() + " redirect to " + where + ": not followed (not the origin of api_url "
                        + origin(apiBase) + ")");
                return new ApiResponse(current.method(), current.url().toString(), Outcome.redirectedElsewhere(answer.status()),
                        answer.status(), answer.location(), new byte[0], null, attempts, false,
                        "redirected to " + where + ", not the origin of api_url (" + origin(apiBase) + "); not followed");
            }
            if (hop >= MAX_REDIRECTS) {
                return new ApiResponse(current.method(), current.url().toString(), Outcome.redirectedElsewhere(answer.status()),
                        answer.status(), answer.location(), new byte[0], null, attempts, false, "more than " + MAX_REDIRECTS + " redirects");
            }
            boolean keepsBody = answer.status() == 307 || answer.status() == 308;
            Request.Builder next = current.newBuilder().url(target);
            if (!keepsBody && !"GET".equals(current.method()) && !"HEAD".equals(current.method())) next.get();
            current = next.build();
        }
    }

    /** The most redirects one attempt follows (all on api_url's origin). */
    static final int MAX_REDIRECTS = 5;

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** {@code scheme://host:port}, as messages name an origin. */
    public static String origin(HttpUrl u) {
        return u.scheme() + "://" + u.host() + ":" + u.port();
    }

    private ApiResponse attemptOnce(Request request, CallOptions options, int attempts) {
        requests.incrementAndGet();
        String url = request.url().toString();
        Call call = noRedirects.newCall(request);
        Duration t = options.listener().attemptTimeout(attempts, options.timeout() != null ? options.timeout() : timeout);
        call.timeout().timeout(t.toMillis(), TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try (Response res = call.execute(); BodyBudget.Grant grant = bodyBudget.open(t)) {
            byte[] body = readCapped(res.body(), options.maxBodyBytes(), grant);
            if (body == null) {
                if (log != null) log.accept(request.method() + " " + Redact.url(url) + " -> " + res.code() + ", body over "
                        + options.maxBodyBytes() + " bytes: not read");
                return new ApiResponse(request.method(), url, Outcome.tooLarge(res.code()), res.code(),
                        res.header("Location"), new byte[0], null, attempts);
            }
            Outcome outcome = Outcome.ofStatus(res.code(), res.header("Retry-After"), clock.instant());
            JsonNode json = null;
            if (options.expectJson() && outcome.success() && res.code() < 300) {
                json = parseOrNull(body);
                if (json == null) outcome = Outcome.badResponse(); // truncated or not JSON: transient
            } else if (body.length > 0 && isJson(res)) {
                json = parseOrNull(body);
            }
            if (log != null) log.accept(request.method() + " " + Redact.url(url) + " -> " + res.code() + " ("
                    + (System.nanoTime() - started) / 1_000_000 + " ms)");
            boolean unreadable = outcome.kind() == OutcomeKind.TRANSIENT && res.code() < 300; // the server acted; its answer is lost
            return new ApiResponse(request.method(), url, outcome, res.code(), res.header("Location"), body, json, attempts, unreadable);
        } catch (IOException e) {
            Outcome outcome = Outcome.ofException(e);
            String failure = failure(e, request.url());
            if (log != null) log.accept(request.method() + " " + Redact.url(url) + " -> " + (failure != null ? failure : outcome.errorClass())
                    + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
            return new ApiResponse(request.method(), url, outcome, 0, null, new byte[0], null, attempts, !neverSent(e), failure);
        }
    }

    /** Why no answer came, naming the cause and the address ("connection refused to 127.0.0.1:8080"); null: the error class says it. */
    static String failure(IOException e, HttpUrl url) {
        String where = url.host() + ":" + url.port();
        if (e instanceof UnknownHostException) return "unknown host " + url.host();
        if (e instanceof NoRouteToHostException) return "no route to " + where;
        if (e instanceof ConnectException) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("refused")) {
                    return "connection refused to " + where;
                }
            }
            return "cannot connect to " + where;
        }
        return null; // a timeout, a reset: the error class says it
    }

    /** Failures before the request could reach the server: refused, no route, unknown host, connect timeout. */
    private static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || (e instanceof SocketTimeoutException && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect"));
    }

    /** True when {@code url} has the scheme, host and port of the base URL: only there may the token go. */
    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(apiBase.scheme()) && url.host().equals(apiBase.host()) && url.port() == apiBase.port();
    }

    /**
     * The whole body, or null when it is longer than {@code cap} bytes (then at most cap + 1 bytes were read); every
     * byte buffered is taken from {@code grant} first (all of a declared length at once, else as it arrives).
     */
    static byte[] readCapped(ResponseBody rb, long cap, BodyBudget.Grant grant) throws IOException {
        if (rb == null) return new byte[0];
        long length = rb.contentLength();
        if (length > cap) return null;
        grant.take(length >= 0 ? length + 1 : BODY_STEP);
        BufferedSource source = rb.source();
        okio.Buffer buffer = source.getBuffer();
        while (source.request(buffer.size() + 1)) { // one more segment arrived (or was there)
            if (buffer.size() > cap) return null;
            if (buffer.size() >= grant.held()) grant.take(buffer.size() - grant.held() + BODY_STEP);
        }
        return source.readByteArray();
    }

    /** How much more room a body of unknown length takes each time it outgrows what it holds. */
    static final long BODY_STEP = 256 * 1024;

    private static JsonNode parseOrNull(byte[] body) {
        if (body.length == 0) return null;
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isJson(Response res) {
        String ct = res.header("Content-Type");
        return ct == null || ct.contains("json");
    }
}
