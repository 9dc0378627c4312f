package org.musicminion.discover.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.musicminion.discover.ExitException;

import okhttp3.HttpUrl;

/**
 * The login callback listener: a JDK HttpServer bound only to the loopback host:port of
 * {@code redirect_uri}, serving its path. The first callback that carries a code or an error is
 * handed to the login flow; the browser's request is held open until the flow says how it ended
 * ({@link #finish}), so the page tells the user the outcome.
 */
final class LoopbackReceiver implements AutoCloseable {
    private static final Duration PAGE_WAIT = Duration.ofMinutes(2);

    /** Where the listener binds, from redirect_uri. */
    record Target(String host, InetAddress address, int port, String path) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final Target target;
    private final CompletableFuture<AuthorizationResponse> received = new CompletableFuture<>();
    private final CompletableFuture<Page> page = new CompletableFuture<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    private record Page(boolean success, String message) {}

    private LoopbackReceiver(HttpServer server, ExecutorService executor, Target target) {
        this.server = server;
        this.executor = executor;
        this.target = target;
    }

    /**
     * The loopback target of {@code redirectUri}; exit 2 when it is not plain http on a loopback
     * address (this machine could not receive the callback there: use --paste).
     */
    static Target target(String redirectUri) {
        HttpUrl url = HttpUrl.parse(redirectUri);
        if (url == null) {
            throw ExitException.config("soundcloud.redirect_uri is not an http URL: " + redirectUri);
        }
        String host = url.host();
        InetAddress address = loopbackAddress(host);
        if (!url.scheme().equals("http") || address == null) {
            throw ExitException.usage("soundcloud.redirect_uri (" + redirectUri + ") is not http on a loopback address (127.0.0.1, ::1 or localhost),"
                    + " so this machine cannot receive the login callback; run: minion-discover auth login --paste");
        }
        return new Target(host, address, url.port(), url.encodedPath());
    }

    private static InetAddress loopbackAddress(String host) {
        boolean literal = host.equalsIgnoreCase("localhost") || host.matches("[0-9.]+") || host.contains(":");
        if (!literal) return null; // no DNS lookups: a name could point anywhere
        try {
            InetAddress a = InetAddress.getByName(host);
            return a.isLoopbackAddress() ? a : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Starts listening; exit 1 naming the port when it is taken. */
    static LoopbackReceiver start(Target target) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(target.address(), target.port()), 8);
        } catch (BindException e) {
            throw ExitException.failed("cannot listen for the login callback on " + target.host() + ":" + target.port()
                    + " (" + e.getMessage() + "): another program uses that port; stop it, or change soundcloud.redirect_uri"
                    + " (it must match the redirect URI registered for the app), or run: minion-discover auth login --paste");
        } catch (IOException e) {
            throw ExitException.failed("cannot listen for the login callback on " + target.host() + ":" + target.port() + ": " + e.getMessage());
        }
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "login-callback");
            t.setDaemon(true);
            return t;
        });
        LoopbackReceiver receiver = new LoopbackReceiver(server, executor, target);
        server.createContext("/", receiver::handle);
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    /** The port actually bound (differs from the target only when it asked for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    /** Waits for the callback; exit 1 when none comes in time. */
    AuthorizationResponse await(Duration timeout) {
        try {
            return received.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw ExitException.failed("no login callback arrived within " + timeout.toSeconds() + " s (auth.login_timeout_seconds);"
                    + " run: minion-discover auth login again, or auth login --paste");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExitException.interrupted();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Tells the waiting browser how the login ended. */
    void finish(boolean success, String message) {
        page.complete(new Page(success, message));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!target.path().equals(path)) {
                respond(exchange, 404, "Not found", "This is the minion-discover login listener; nothing is here.");
                return;
            }
            HttpUrl url = HttpUrl.parse("http://localhost" + exchange.getRequestURI().toString());
            AuthorizationResponse r = url == null ? null : AuthorizationResponse.fromQuery(url);
            if (r == null || (r.code() == null && r.error() == null)) {
                respond(exchange, 400, "Missing code", "This callback carries no authorization code. Return to the terminal.");
                return;
            }
            if (!received.complete(r)) {
                respond(exchange, 409, "Already done", "This login has already finished. You can close this tab.");
                return;
            }
            Page p;
            try {
                p = page.get(PAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p = new Page(false, "Still working; see the terminal for the result.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p = new Page(false, "Interrupted; see the terminal.");
            }
            try {
                respond(exchange, p.success() ? 200 : 400, p.success() ? "Logged in" : "Login failed", p.message());
            } finally {
                answered.complete(null);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String title, String message) throws IOException {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>minion-discover: " + escape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + escape(title) + "</h1><p>" + escape(message)
                + "</p></body></html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        page.complete(new Page(false, "The login was abandoned; see the terminal."));
        if (received.isDone()) {
            try {
                answered.get(2, TimeUnit.SECONDS); // let the browser get its page before the server goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException ignored) {
                // the browser went away
            }
        }
        server.stop(0); // Java 17's stop(n) always waits n seconds
        executor.shutdownNow();
    }
}
