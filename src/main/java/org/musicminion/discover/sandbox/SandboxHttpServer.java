package org.musicminion.discover.sandbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's HTTP/1.1 transport on 127.0.0.1: one thread per connection reads a request,
 * asks the handler and writes the whole answer (status line, headers, body) in one write, then
 * reads the next request on the same connection (keep-alive) until the client closes it. No
 * hand-off between threads, so a simulated latency of 50 ms costs the client ~50.7 ms, not the
 * ~52 ms of the JDK's {@code HttpServer} (dispatcher thread, then a pool thread, then back).
 * Bodies need a Content-Length (chunked requests get 411). {@link Reply#DROP} closes the
 * connection without an answer.
 */
final class SandboxHttpServer implements AutoCloseable {
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    /** Answers one request; {@link Reply#DROP} to close the connection instead. */
    interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private final ServerSocket server;
    private final Handler handler;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private SandboxHttpServer(ServerSocket server, Handler handler) {
        this.server = server;
        this.handler = handler;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and serves until {@link #close()}. */
    static SandboxHttpServer start(int port, Handler handler) throws IOException {
        ServerSocket s = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
        SandboxHttpServer http = new SandboxHttpServer(s, handler);
        http.threads.execute(http::acceptLoop);
        return http;
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                open.add(s);
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                if (closed) return; // close() closed the server socket
            }
        }
    }

    /** Requests on one connection, one after the other, until either side closes it. */
    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (!closed) {
                Head head = readHead(in);
                if (head == null) return; // the client closed the connection
                if (head.error != 0) {
                    write(out, Reply.error(head.error, head.errorMessage), false);
                    return;
                }
                Request request = head.request(in);
                if (request == null) {
                    write(out, Reply.error(400, "the body ended before its Content-Length"), false);
                    return;
                }
                Reply reply;
                try {
                    reply = handler.handle(request);
                } catch (RuntimeException e) { // a bug in the sandbox must not kill the connection silently
                    reply = Reply.error(500, "sandbox error: " + e.getClass().getSimpleName());
                }
                if (reply == null) reply = Reply.error(500, "sandbox error: no answer");
                if (reply == Reply.DROP) return;
                write(out, reply, head.keepAlive);
                if (!head.keepAlive) return;
            }
        } catch (IOException e) {
            // the client went away (e.g. it timed out a hung request)
        } finally {
            open.remove(s);
        }
    }

    private static void write(OutputStream out, Reply reply, boolean keepAlive) throws IOException {
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(reply.status()).append(' ').append(Reply.reason(reply.status())).append("\r\n");
        reply.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        h.append("Content-Length: ").append(reply.body().length).append("\r\n");
        if (!keepAlive) h.append("Connection: close\r\n");
        h.append("\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + reply.body().length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(reply.body(), 0, all, head.length, reply.body().length);
        out.write(all);
        out.flush();
    }

    /** Reads the request line and headers; null at a clean end of the stream before a request. */
    private static Head readHead(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) return null;
        if (requestLine.isEmpty()) requestLine = readLine(in); // a stray CRLF between requests
        if (requestLine == null) return null;
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int size = requestLine.length();
        while (true) {
            String line = readLine(in);
            if (line == null) return Head.error(400, "the request ended inside its headers");
            if (line.isEmpty()) break;
            size += line.length();
            if (size > MAX_HEAD) return Head.error(431, "request headers too large");
            int colon = line.indexOf(':');
            if (colon <= 0) return Head.error(400, "malformed header line");
            headers.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) return Head.error(400, "malformed request line");
        URI uri;
        try {
            uri = URI.create(parts[1]);
        } catch (IllegalArgumentException e) {
            return Head.error(400, "malformed request target");
        }
        if (headers.containsKey("Transfer-Encoding")) return Head.error(411, "send the body with a Content-Length");
        int length;
        try {
            length = Integer.parseInt(headers.getOrDefault("Content-Length", "0").trim());
        } catch (NumberFormatException e) {
            return Head.error(400, "malformed Content-Length");
        }
        if (length < 0) return Head.error(400, "malformed Content-Length");
        if (length > MAX_BODY) return Head.error(413, "request body too large");
        String connection = headers.getOrDefault("Connection", "").toLowerCase(Locale.ROOT);
        boolean keepAlive = parts[2].equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
        return new Head(parts[0], uri, headers, length, keepAlive, 0, null);
    }

    /** One line ended by CRLF (or LF), ISO-8859-1; null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int c = in.read();
            if (c < 0) return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            if (c == '\n') break;
            if (line.size() > MAX_HEAD) throw new IOException("line too long");
            line.write(c);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow(); // wakes handlers that sleep (latency, hangs)
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request's line and headers, or the error to answer instead. */
    private record Head(String method, URI uri, Map<String, String> headers, int length, boolean keepAlive, int error,
                        String errorMessage) {
        static Head error(int status, String message) {
            return new Head(null, null, Map.of(), 0, false, status, message);
        }

        /** Reads the body and builds the request; null when the stream ended early. */
        Request request(InputStream in) throws IOException {
            byte[] body = in.readNBytes(length);
            if (body.length < length) return null;
            return new Request(method, uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath(),
                    Request.parseForm(uri.getRawQuery()), headers.get("Authorization"), headers.get("Content-Type"), body, null);
        }
    }
}
