package org.musicminion.discover.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The sandbox's HTTP transport on 127.0.0.1: the JDK's {@link HttpServer} (keep-alive, chunked and
 * fixed-length bodies), each exchange handled on its own thread of an unbounded pool, so latency and
 * hangs never block other clients. The handler's {@link Reply#DROP} closes the connection without an
 * answer; a handler that throws is answered 500. TCP_NODELAY is on (the JDK's default is off, which
 * would delay small answers by the peer's delayed ACK).
 */
final class SandboxHttpServer implements AutoCloseable {
    private static final int MAX_BODY = 4 * 1024 * 1024;

    static {
        // read once when the JDK's server configuration loads; must precede the first HttpServer
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Answers one request; {@link Reply#DROP} to close the connection instead. */
    interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private SandboxHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and serves until {@link #close()}. */
    static SandboxHttpServer start(int port, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> serve(exchange, handler));
        server.start();
        return new SandboxHttpServer(server, threads);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            Reply reply;
            if (body.length > MAX_BODY) {
                reply = Reply.error(413, "request body too large");
            } else {
                URI uri = exchange.getRequestURI();
                var h = exchange.getRequestHeaders();
                Request request = new Request(exchange.getRequestMethod(), uri.getPath() == null || uri.getPath().isEmpty() ? "/"
                        : uri.getPath(), Request.parseForm(uri.getRawQuery()), h.getFirst("Authorization"), h.getFirst("Content-Type"),
                        body, null);
                try {
                    reply = handler.handle(request);
                } catch (RuntimeException e) { // a bug in the sandbox must not kill the connection silently
                    reply = Reply.error(500, "sandbox error: " + e.getClass().getSimpleName());
                }
                if (reply == null) reply = Reply.error(500, "sandbox error: no answer");
            }
            if (reply == Reply.DROP) return; // closing an exchange that sent no headers closes its connection
            for (Map.Entry<String, String> e : reply.headers().entrySet()) exchange.getResponseHeaders().set(e.getKey(), e.getValue());
            byte[] out = reply.body();
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow(); // wakes handlers that sleep (latency, hangs)
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
