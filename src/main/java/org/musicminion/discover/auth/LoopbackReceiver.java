package org.musicminion.discover.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.musicminion.discover.ExitException;

import okhttp3.HttpUrl;

/**
 * The login callback listener, bound only to the loopback host:port of {@code redirect_uri} and
 * serving its path. A callback acts only when its {@code state} is this login's: one with a wrong
 * or missing state (a forged code, or an {@code error=} from any local page) is answered 400 and
 * the listener keeps listening. The browser's request with the right state is held open until the
 * flow says how it ended ({@link #finish}), so the page tells the user the outcome.
 *
 * <p>Hardened against local mischief: a small fixed pool of {@value #WORKERS} workers with a short
 * queue (more connections are closed at once), a read timeout on the request head, a cap on its
 * size, and a {@code Host} check (only the redirect URI's loopback host:port, so a web page cannot
 * reach the listener through DNS rebinding). It is a plain socket server, not the JDK HttpServer,
 * because that one has no per-server header read timeout (only a JVM-wide system property).
 */
final class LoopbackReceiver implements AutoCloseable {
    static final int WORKERS = 4;
    private static final int QUEUE = 8;
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PAGE_WAIT = Duration.ofMinutes(2);

    /** Where the listener binds, from redirect_uri. */
    record Target(String host, InetAddress address, int port, String path) {}

    private final ServerSocket socket;
    private final ThreadPoolExecutor workers;
    private final Target target;
    private final Predicate<String> stateMatches;
    private final Consumer<String> notes;
    private final Duration headTimeout;
    private final CompletableFuture<AuthorizationResponse> received = new CompletableFuture<>();
    private final CompletableFuture<Page> page = new CompletableFuture<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    private record Page(boolean success, String message) {}

    private LoopbackReceiver(ServerSocket socket, Target target, Predicate<String> stateMatches, Consumer<String> notes,
                             Duration headTimeout) {
        this.socket = socket;
        this.target = target;
        this.stateMatches = stateMatches;
        this.notes = notes;
        this.headTimeout = headTimeout;
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "login-callback");
            t.setDaemon(true);
            return t;
        });
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

    /**
     * Starts listening; exit 1 naming the port when it is taken. Only a callback whose state passes
     * {@code stateMatches} acts; {@code notes} hears (in fixed words) about the callbacks turned away.
     */
    static LoopbackReceiver start(Target target, Predicate<String> stateMatches, Consumer<String> notes) {
        return start(target, stateMatches, notes, HEAD_TIMEOUT);
    }

    static LoopbackReceiver start(Target target, Predicate<String> stateMatches, Consumer<String> notes, Duration headTimeout) {
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(target.address(), target.port()), 16);
        } catch (BindException e) {
            throw ExitException.failed("cannot listen for the login callback on " + target.host() + ":" + target.port()
                    + " (" + e.getMessage() + "): another program uses that port; stop it, or change soundcloud.redirect_uri"
                    + " (it must match the redirect URI registered for the app), or run: minion-discover auth login --paste");
        } catch (IOException e) {
            throw ExitException.failed("cannot listen for the login callback on " + target.host() + ":" + target.port() + ": " + e.getMessage());
        }
        LoopbackReceiver receiver = new LoopbackReceiver(server, target, stateMatches, notes, headTimeout);
        Thread acceptor = new Thread(receiver::acceptLoop, "login-callback-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return receiver;
    }

    /** The port actually bound (differs from the target only when it asked for port 0). */
    int port() {
        return socket.getLocalPort();
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

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket s;
            try {
                s = socket.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                workers.execute(() -> serve(s));
            } catch (RejectedExecutionException e) {
                closeQuietly(s); // every worker busy and the queue full: no thread per connection
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout((int) headTimeout.toMillis());
            Head head = readHead(new java.io.BufferedInputStream(s.getInputStream(), 1024));
            if (head == null) {
                respond(s, 400, "Bad request", "This is the minion-discover login listener.");
                return;
            }
            handle(s, head);
        } catch (SocketTimeoutException e) {
            // the request head did not arrive in time: the connection is dropped
        } catch (IOException e) {
            // the browser went away
        }
    }

    private record Head(String method, String target, String host) {}

    /** The request line and Host header, or null when it is not a well-formed HTTP/1.x head within the cap. */
    private static Head readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) return null;
            if (buf.size() >= MAX_HEAD_BYTES) return null;
            buf.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
        }
        String[] lines = buf.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] request = lines[0].split(" ");
        if (request.length != 3 || !request[2].startsWith("HTTP/1.")) return null;
        String host = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("host")) {
                if (host != null) return null; // two Host headers
                host = lines[i].substring(colon + 1).trim();
            }
        }
        return new Head(request[0], request[1], host);
    }

    private void handle(Socket s, Head head) throws IOException {
        if (head.host() == null || !allowedHost(head.host())) {
            respond(s, 400, "Wrong host", "This listener answers only requests for " + hostHeader() + ".");
            return;
        }
        if (!head.method().equals("GET")) {
            respond(s, 405, "Method not allowed", "The login callback is a GET.");
            return;
        }
        HttpUrl url = head.target().startsWith("/") ? HttpUrl.parse("http://localhost" + head.target()) : null;
        if (url == null || !target.path().equals(url.encodedPath())) {
            respond(s, 404, "Not found", "This is the minion-discover login listener; nothing is here.");
            return;
        }
        AuthorizationResponse r = AuthorizationResponse.fromQuery(url);
        if (!stateMatches.test(r.state())) { // checked first: only this login's callback may act, even with error=
            notes.accept("ignored a login callback that does not belong to this login (" + (r.state() == null ? "no state" : "another state")
                    + "); still waiting for the browser");
            respond(s, 400, "Not this login", "This callback does not belong to the login in progress. Return to the terminal.");
            return;
        }
        if (r.code() == null && r.error() == null) {
            respond(s, 400, "Missing code", "This callback carries no authorization code. Return to the terminal.");
            return;
        }
        if (!received.complete(r)) {
            respond(s, 409, "Already done", "This login has already finished. You can close this tab.");
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
            respond(s, p.success() ? 200 : 400, p.success() ? "Logged in" : "Login failed", p.message());
        } finally {
            answered.complete(null);
        }
    }

    /** The Host header a browser sends for redirect_uri: host (bracketed when IPv6) and port. */
    private String hostHeader() {
        String h = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        return h + ":" + port();
    }

    private boolean allowedHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        String expected = hostHeader().toLowerCase(Locale.ROOT);
        return h.equals(expected) || (port() == 80 && h.equals(expected.substring(0, expected.lastIndexOf(':'))));
    }

    private static void respond(Socket s, int status, String title, String message) throws IOException {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>minion-discover: " + escape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + escape(title) + "</h1><p>" + escape(message)
                + "</p></body></html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + title + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        page.complete(new Page(false, "The login was abandoned; see the terminal."));
        if (received.isDone()) {
            try {
                answered.get(2, TimeUnit.SECONDS); // let the browser get its page before the listener goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException ignored) {
                // the browser went away
            }
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
