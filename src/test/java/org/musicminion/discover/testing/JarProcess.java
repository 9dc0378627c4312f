package org.musicminion.discover.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;

/**
 * Runs the built jar as a separate process (whole-process tests, *IT classes run by failsafe after
 * `package`). The jar path comes from the system property {@code minion.jar}. The environment is
 * cleared of MINION_DISCOVER_* and XDG_* so a developer's own config never leaks in.
 */
public final class JarProcess {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private byte[] stdin = new byte[0];
    private final List<String> javaOpts = new ArrayList<>();
    private long timeoutSeconds = 60;
    private boolean bareEnvironment;
    private java.io.File stdoutFile;

    private JarProcess(List<String> args) {
        this.args.addAll(args);
    }

    public static JarProcess of(String... args) {
        return new JarProcess(List.of(args));
    }

    public static JarProcess of(List<String> args) {
        return new JarProcess(args);
    }

    public static Path jar() {
        String p = System.getProperty("minion.jar");
        if (p == null) p = "target/minion-discover.jar";
        Path jar = Path.of(p);
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("jar not built: " + jar + " (run mvn package first)");
        return jar;
    }

    public JarProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public JarProcess stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Starts from an empty environment, like {@code env -i} or cron: no LANG, LC_*, PATH; only HOME and {@link #env}. */
    public JarProcess bareEnvironment() {
        this.bareEnvironment = true;
        return this;
    }

    /** stdout goes to this file (e.g. /dev/full) instead of a pipe the test reads. */
    public JarProcess stdoutTo(java.io.File file) {
        this.stdoutFile = file;
        return this;
    }

    /** The command line that runs the jar with the test's JVM: {@code java [opts] -jar JAR ARGS}. */
    public List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-jar", jar().toString()));
        cmd.addAll(cmd.size() - 2, javaOpts);
        cmd.addAll(args);
        return cmd;
    }

    /** Raw bytes for stdin (binary input, or a large input without a String copy). */
    public JarProcess stdin(byte[] bytes) {
        this.stdin = bytes;
        return this;
    }

    /** Extra JVM options for the process (e.g. -Xmx to prove memory stays bounded). */
    public JarProcess javaOpts(String... opts) {
        javaOpts.addAll(List.of(opts));
        return this;
    }

    public JarProcess timeoutSeconds(long s) {
        this.timeoutSeconds = s;
        return this;
    }

    /** Starts the process without waiting (for concurrency tests); call {@link Running#await()}. */
    public Running start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command());
        if (bareEnvironment) pb.environment().clear();
        if (stdoutFile != null) pb.redirectOutput(stdoutFile);
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        pb.environment().put("HOME", System.getProperty("java.io.tmpdir") + "/minion-home-" + ProcessHandle.current().pid());
        pb.environment().putAll(env);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread to = pump(p.getInputStream(), out);
        Thread te = pump(p.getErrorStream(), err);
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException ignored) {
            // the process may exit without reading stdin
        }
        return new Running(p, out, err, to, te, timeoutSeconds);
    }

    public Result run() throws IOException, InterruptedException {
        return start().await();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A started process. */
    public static final class Running {
        private final Process process;
        private final ByteArrayOutputStream out;
        private final ByteArrayOutputStream err;
        private final Thread to;
        private final Thread te;
        private final long timeoutSeconds;

        Running(Process process, ByteArrayOutputStream out, ByteArrayOutputStream err, Thread to, Thread te, long timeoutSeconds) {
            this.process = process;
            this.out = out;
            this.err = err;
            this.to = to;
            this.te = te;
            this.timeoutSeconds = timeoutSeconds;
        }

        public Process process() {
            return process;
        }

        /** What the process printed on stdout so far. */
        public synchronized String stdoutSoFar() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }

        /** What the process printed on stderr so far. */
        public String stderrSoFar() {
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8);
            }
        }

        public Result await() throws InterruptedException {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                to.join(2000);
                te.join(2000);
                throw new AssertionError("process did not finish in " + timeoutSeconds + " s; stderr:\n"
                        + err.toString(StandardCharsets.UTF_8));
            }
            to.join(5000);
            te.join(5000);
            return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Exit code and captured output of a finished process. */
    public record Result(int exitCode, String stdout, String stderr) {
        public List<String> lines() {
            return stdout.isBlank() ? List.of() : List.of(stdout.strip().split("\n"));
        }

        /** stdout's lines, each read as JSON (NDJSON output). */
        public List<JsonNode> json() throws IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String line : lines()) out.add(Json.MAPPER.readTree(line));
            return out;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
