package org.musicminion.discover.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the built jar like {@link JarProcess}, but lets the test read stderr while the process
 * runs (for {@code auth login}: the test plays the browser with the URL the process prints).
 */
public final class AuthJarProcess {
    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread to;
    private final Thread te;

    private AuthJarProcess(Process process) {
        this.process = process;
        this.to = pump(process.getInputStream(), out);
        this.te = pump(process.getErrorStream(), err);
    }

    public static AuthJarProcess start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", JarProcess.jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_") || k.equals("DISPLAY")
                || k.equals("WAYLAND_DISPLAY"));
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir") + "/minion-home-" + ProcessHandle.current().pid());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        return new AuthJarProcess(p);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try (in) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    public String stderrSoFar() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until stderr matches {@code pattern} and returns the first group (or the whole match). */
    public String awaitStderr(Pattern pattern, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(stderrSoFar());
            if (m.find()) return m.groupCount() > 0 ? m.group(1) : m.group();
            if (!process.isAlive()) break;
            Thread.sleep(20);
        }
        throw new AssertionError("stderr never matched " + pattern + "; stderr so far:\n" + stderrSoFar());
    }

    public JarProcess.Result await(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("process did not finish in " + timeoutSeconds + " s; stderr:\n" + stderrSoFar());
        }
        to.join(5000);
        te.join(5000);
        synchronized (out) {
            return new JarProcess.Result(process.exitValue(), out.toString(StandardCharsets.UTF_8), stderrSoFar());
        }
    }
}
