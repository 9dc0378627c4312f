package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's HTTP/1.1 transport (the JDK's HttpServer) on the wire: keep-alive, decoding, DROP, 500. */
class SandboxHttpServerTest {
    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private SandboxHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = SandboxHttpServer.start(0, r -> {
            seen.add(r);
            if (r.path().equals("/drop")) return Reply.DROP;
            if (r.path().equals("/boom")) throw new IllegalStateException("bug");
            return Reply.json(200, ("{\"path\":\"" + r.path() + "\",\"body\":" + r.body().length + "}").getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends raw bytes on one connection and reads until the server closes it. */
    private String exchange(String raw) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            StringBuilder all = new StringBuilder();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            char[] buf = new char[4096];
            for (int n; (n = in.read(buf)) >= 0; ) all.append(buf, 0, n);
            return all.toString();
        }
    }

    @Test
    void twoRequestsOnOneConnectionGetTwoAnswersWithBodiesAndDecodedPathsAndQueries() throws Exception {
        String answers = exchange("GET /a%20b?url=https%3A%2F%2Fsoundcloud.com%2Fx HTTP/1.1\r\nHost: x\r\nAuthorization: OAuth t\r\n\r\n"
                + "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n"
                + "Connection: close\r\n\r\na=1");

        assertTrue(answers.startsWith("HTTP/1.1 200 OK\r\n"), answers);
        assertTrue(answers.contains("{\"path\":\"/a b\",\"body\":0}HTTP/1.1 200 OK\r\n"), answers);
        assertTrue(answers.endsWith("\r\n\r\n{\"path\":\"/form\",\"body\":3}"), answers);
        assertEquals("https://soundcloud.com/x", seen.get(0).query().get("url"));
        assertEquals("OAuth t", seen.get(0).authorization());
        assertEquals("application/x-www-form-urlencoded", seen.get(1).contentType());
    }

    @Test
    void aChunkedBodyIsReadWhole() throws Exception {
        String answer = exchange("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n0\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.endsWith("{\"path\":\"/x\",\"body\":3}"), answer);
    }

    @Test
    void aMalformedRequestIsAnswered400() throws Exception {
        assertTrue(exchange("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(exchange("GET /x HTTP/1.1\r\nno colon here\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(seen.isEmpty());
    }

    @Test
    void dropClosesWithoutAnAnswerAndABugInAHandlerIsA500() throws Exception {
        assertEquals("", exchange("GET /drop HTTP/1.1\r\nHost: x\r\n\r\n"));
        String answer = exchange("GET /boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 500 "), answer);
        assertTrue(answer.contains("sandbox error: IllegalStateException"), answer);
    }
}
