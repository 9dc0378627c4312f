package org.musicminion.discover.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

/**
 * A simulated SoundCloud on 127.0.0.1: the API routes the tool uses, the OAuth endpoints
 * ({@code /authorize}, {@code /oauth/token}) on the same base URL, injected {@link Faults}, and
 * {@link SandboxStats}. Control routes for other processes: {@code GET /_sandbox/stats},
 * {@code POST /_sandbox/stats/reset}, {@code GET|PUT /_sandbox/faults} (PUT takes a partial Faults JSON), and with a
 * listener attached ({@link #attachListener}) {@code POST /_sandbox/listen} (they judge today's Discovery playlist on
 * the account) and {@code POST /_sandbox/day} (a day of new reposts goes by).
 * Each connection has its own thread ({@link SandboxHttpServer}), so latency and hangs never block other clients.
 */
public final class SandboxServer implements AutoCloseable {
    private static final String CONTROL = "/_sandbox/";

    private final SandboxOptions options;
    private final Catalogue catalogue;
    private final SandboxStats stats = new SandboxStats();
    private final FaultInjector faults;
    private final OAuthService oauth;
    private final SandboxHttpServer http;
    private final String baseUrl;
    private final ApiRoutes routes;
    private volatile Listening listening;

    /** The attached simulated listener, the days of their world, and today's number (1 first). */
    private static final class Listening {
        final SimulatedListener listener;
        final WorldDays days;
        int day = 1;

        Listening(SimulatedListener listener, WorldDays days) {
            this.listener = listener;
            this.days = days;
        }
    }

    private SandboxServer(SandboxOptions options, Catalogue catalogue) throws IOException {
        this.options = options;
        this.catalogue = catalogue;
        this.faults = new FaultInjector(options.faults(), options.faultSeed(), stats);
        this.oauth = new OAuthService(options, () -> faults.faults().tokenLifetimeSeconds());
        this.http = SandboxHttpServer.start(options.port(), this::handle);
        this.baseUrl = "http://127.0.0.1:" + http.port();
        this.routes = new ApiRoutes(catalogue, new Views(catalogue, baseUrl), baseUrl);
    }

    /**
     * Generates the catalogue and starts serving.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        return new SandboxServer(options, Catalogue.generate(options.catalogue(), options.feed(), options.world(), options.clock()));
    }

    /** Starts a sandbox with default options (small catalogue, no faults, any port). */
    public static SandboxServer start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    /** {@code http://127.0.0.1:PORT}: the api_url and the auth_url. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return http.port();
    }

    public SandboxOptions options() {
        return options;
    }

    public String clientId() {
        return options.clientId();
    }

    public String clientSecret() {
        return options.clientSecret();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public SandboxStats.Snapshot stats() {
        return stats.snapshot();
    }

    public void resetStats() {
        stats.reset();
    }

    public Faults faults() {
        return faults.faults();
    }

    /** Changes the faults of the running server (takes effect for the next request). */
    public void setFaults(Faults f) {
        faults.set(f);
    }

    /**
     * Lets {@code listener} live in this sandbox for other processes to drive: {@code POST /_sandbox/listen} makes
     * them judge today's Discovery playlist on the account and answers the verdict counts (never their keep chances);
     * {@code POST /_sandbox/day} lets a day of {@code days} go by (new reposts, ring pushes) and answers the new day.
     */
    public void attachListener(SimulatedListener listener, WorldDays days) {
        listening = new Listening(listener, days);
    }

    @Override
    public void close() {
        http.close();
    }

    // ---- request handling ----

    /** One request: control routes, OAuth, or an API route behind the faults; counted in the stats. */
    private Reply handle(Request r) throws IOException {
        if (r.path().startsWith(CONTROL)) return control(r);
        String routeName;
        boolean faulty;
        ApiRoutes.Route route = null;
        Request req = r;
        if (r.method().equals("GET") && r.path().equals("/authorize")) {
            routeName = "GET /authorize";
            faulty = false;
        } else if (r.method().equals("POST") && r.path().equals("/oauth/token")) {
            routeName = "POST /oauth/token";
            faulty = faults.faults().tokenEndpoint();
        } else {
            Optional<Map.Entry<ApiRoutes.Route, Request>> m = routes.match(r);
            if (m.isPresent()) {
                route = m.get().getKey();
                req = m.get().getValue();
                routeName = route.name();
            } else {
                routeName = "other";
            }
            faulty = true;
        }
        stats.begin();
        Reply reply = Reply.DROP;
        try {
            reply = faulty ? faults.apply() : null;
            if (reply == null) reply = answer(routeName, route, req);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Reply.DROP;
        } finally {
            // counted before the answer leaves, so a client that has its answer sees it counted
            stats.end(routeName, reply == null ? "500" : reply == Reply.DROP ? SandboxStats.DROPPED : Integer.toString(reply.status()));
        }
        return reply;
    }

    private Reply answer(String routeName, ApiRoutes.Route route, Request r) throws IOException {
        switch (routeName) {
            case "GET /authorize":
                return oauth.authorize(r.query());
            case "POST /oauth/token":
                if (r.contentType() == null || !r.contentType().startsWith("application/x-www-form-urlencoded")) {
                    return Reply.oauthError(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
                }
                return oauth.token(r.authorization(), Request.parseForm(new String(r.body(), StandardCharsets.UTF_8)));
            case "other":
                return routes.knowsPath(r) ? Reply.error(405, "method not allowed") : Reply.error(404, "not found");
            default:
                break;
        }
        OAuthService.Access access = oauth.check(r.authorization());
        if (access == null) return Reply.error(401, "invalid_token: missing, unknown or expired access token");
        if (route.needsUser() && !access.user()) return Reply.error(403, "this endpoint needs a user's token (authorization_code)");
        return route.handler().handle(r);
    }

    private Reply control(Request r) throws IOException {
        String p = r.path();
        if (p.equals(CONTROL + "stats") && r.method().equals("GET")) {
            return Reply.json(200, Json.MAPPER.writeValueAsBytes(stats.snapshot()));
        }
        if (p.equals(CONTROL + "stats/reset") && r.method().equals("POST")) {
            stats.reset();
            return Reply.json(200, Json.MAPPER.writeValueAsBytes(stats.snapshot()));
        }
        if (p.equals(CONTROL + "faults") && r.method().equals("GET")) {
            return Reply.json(200, Json.MAPPER.writeValueAsBytes(faults.faults()));
        }
        if (p.equals(CONTROL + "faults") && r.method().equals("PUT")) {
            try {
                ObjectNode merged = Json.MAPPER.valueToTree(faults.faults());
                JsonNode patch = Json.MAPPER.readTree(r.body());
                if (patch == null || !patch.isObject()) return Reply.error(400, "expected a JSON object of fault fields");
                merged.setAll((ObjectNode) patch);
                Faults next = Json.MAPPER.treeToValue(merged, Faults.class);
                faults.set(next);
                return Reply.json(200, Json.MAPPER.writeValueAsBytes(next));
            } catch (IOException | IllegalArgumentException e) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                return Reply.error(400, "invalid faults: " + root.getMessage());
            }
        }
        if ((p.equals(CONTROL + "listen") || p.equals(CONTROL + "day")) && r.method().equals("POST")) {
            Listening l = listening;
            if (l == null) return Reply.error(404, "no simulated listener in this sandbox (sandbox --listener NAME attaches one)");
            return Reply.json(200, Json.MAPPER.writeValueAsBytes(p.endsWith("listen") ? listen(l) : nextDay(l)));
        }
        return Reply.error(404, "not found");
    }

    private static Map<String, Object> listen(Listening l) {
        synchronized (l) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            Map<SimulatedListener.Verdict, Integer> counts = new java.util.EnumMap<>(SimulatedListener.Verdict.class);
            for (SimulatedListener.Verdict v : SimulatedListener.Verdict.values()) counts.put(v, 0);
            java.util.List<SimulatedListener.Judged> judged = l.listener.listen(l.day);
            for (SimulatedListener.Judged j : judged) counts.merge(j.verdict(), 1, Integer::sum);
            out.put("day", l.day);
            out.put("heard", judged.size());
            for (var e : counts.entrySet()) out.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
            return out;
        }
    }

    private static Map<String, Object> nextDay(Listening l) {
        synchronized (l) {
            l.days.next();
            l.day++;
            return Map.of("day", l.day);
        }
    }
}
