package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener itself, spoken to with raw sockets: state first, Host check, bounded threads, a head timeout. */
class LoopbackReceiverTest {
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private LoopbackReceiver receiver;

    @BeforeEach
    void start() {
        LoopbackReceiver.Target target = new LoopbackReceiver.Target("127.0.0.1", InetAddress.getLoopbackAddress(), 0, "/callback");
        receiver = LoopbackReceiver.start(target, "good"::equals, notes::add, Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private String host() {
        return "127.0.0.1:" + receiver.port();
    }

    /** Sends one raw request and returns the whole answer (the listener closes every connection). */
    private String send(String head) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private CompletableFuture<String> sendLater(String head) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(head);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void anErrorWithTheWrongStateIs400AndOnlyTheRightStateActs() throws Exception {
        String bad = send("GET /callback?error=access_denied&state=evil HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertTrue(bad.startsWith("HTTP/1.1 400 "), bad);
        String noState = send("GET /callback?code=abc HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertTrue(noState.startsWith("HTTP/1.1 400 "), noState);
        assertEquals(2, notes.size(), notes.toString());

        CompletableFuture<String> good = sendLater("GET /callback?error=access_denied&state=good HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        AuthorizationResponse r = receiver.await(Duration.ofSeconds(5));
        assertEquals("access_denied", r.error(), "the right state acts, error or code");
        receiver.finish(false, "denied");
        assertTrue(good.get(5, TimeUnit.SECONDS).startsWith("HTTP/1.1 400 "));
    }

    @Test
    void aRequestForAnotherHostIsRefusedAndDoesNotAct() throws Exception {
        String rebound = send("GET /callback?code=abc&state=good HTTP/1.1\r\nHost: evil.example:" + receiver.port() + "\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 400 "), rebound);
        String none = send("GET /callback?code=abc&state=good HTTP/1.1\r\n\r\n");
        assertTrue(none.startsWith("HTTP/1.1 400 "), none);

        CompletableFuture<String> ok = sendLater("GET /callback?code=abc&state=good HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertEquals("abc", receiver.await(Duration.ofSeconds(5)).code());
        receiver.finish(true, "ok");
        assertTrue(ok.get(5, TimeUnit.SECONDS).startsWith("HTTP/1.1 200 "));
    }

    @Test
    void halfOpenConnectionsAreDroppedAfterTheHeadTimeoutAndUseAFixedNumberOfThreads() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), receiver.port());
                s.getOutputStream().write("GET /callback HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1)); // and never the rest
                idle.add(s);
            }
            // every connection ends without the test doing anything: the workers' after the head timeout, the rest
            // turned away at once; the socket timeout only keeps a listener that never drops one from hanging the test
            for (Socket s : idle) assertClosedByTheListener(s);
            long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("login-callback")).count();
            assertEquals(LoopbackReceiver.WORKERS, threads, "threads after serving 30 connections");
        } finally {
            for (Socket s : idle) s.close();
        }
        // after the flood the listener still answers
        String answer = send("GET /callback?code=abc&state=other HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    }

    /** The listener closed {@code s}: end of stream, or a reset when it closed with our bytes unread. */
    private static void assertClosedByTheListener(Socket s) throws IOException {
        s.setSoTimeout(30_000);
        try {
            assertEquals(-1, s.getInputStream().read(), "the listener closed the connection");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the listener kept a half-open connection", e);
        } catch (SocketException reset) {
            // closed with the partial head unread: that is a close too
        }
    }
}
