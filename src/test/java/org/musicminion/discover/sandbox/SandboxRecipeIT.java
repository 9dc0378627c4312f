package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.JarProcess;

/**
 * README's sandbox recipe works as printed: its command lines, run in order (the port made 0 and the
 * /tmp paths made this test's own), start a sandbox that writes its config, log in through it (this
 * test plays the browser that xdg-open would start) and sync against it. And the mistake the recipe
 * warns of, appending the snippet to the copied example, is still the exit 78 it names.
 */
class SandboxRecipeIT {
    @TempDir
    Path dir;

    /** The command lines of README's sandbox block, each as arguments after `minion-discover`. */
    private List<List<String>> recipe() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("### sandbox\n```sh\n");
        assertTrue(at >= 0, "README has a sandbox block");
        String block = readme.substring(at + "### sandbox\n```sh\n".length(), readme.indexOf("```", at + 15));
        List<List<String>> lines = new ArrayList<>();
        for (String line : block.split("\n")) {
            String cmd = line.replaceAll("\\s+#.*$", "").replaceAll("\\s*&$", "").strip();
            if (!cmd.startsWith("minion-discover ")) continue;
            cmd = cmd.replace("--port 8080", "--port 0").replace("/tmp/sandbox.toml", dir.resolve("sandbox.toml").toString())
                    .replace("/tmp/sandbox-data", dir.resolve("sandbox-data").toString());
            lines.add(Arrays.asList(cmd.substring("minion-discover ".length()).split(" +")));
        }
        return lines;
    }

    @Test
    void theRecipeStartsASandboxLogsInAndSyncsAgainstIt() throws Exception {
        List<List<String>> recipe = recipe();
        assertEquals(3, recipe.size(), "sandbox, auth login, sync: " + recipe);
        assertEquals("sandbox", recipe.get(0).get(0));
        JarProcess.Running sandbox = JarProcess.of(recipe.get(0)).start();
        try {
            Path config = dir.resolve("sandbox.toml");
            for (int i = 0; i < 600 && !Files.exists(config); i++) {
                assertTrue(sandbox.process().isAlive(), sandbox.stderrSoFar());
                Thread.sleep(50);
            }
            assertTrue(Files.exists(config), "the sandbox wrote " + config);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));

            Path bin = Files.createDirectory(dir.resolve("bin"));
            Path opened = dir.resolve("opened.txt");
            Path xdgOpen = bin.resolve("xdg-open");
            Files.writeString(xdgOpen, "#!/bin/sh\nprintf '%s' \"$1\" > '" + opened + ".tmp' && mv '" + opened + ".tmp' '" + opened + "'\n");
            assertTrue(xdgOpen.toFile().setExecutable(true));
            JarProcess.Running login = JarProcess.of(recipe.get(1)).env("PATH", bin + ":" + System.getenv("PATH")).env("DISPLAY", ":99")
                    .javaOpts("-Djava.awt.headless=true").start();
            for (int i = 0; i < 600 && !Files.exists(opened); i++) {
                assertTrue(login.process().isAlive(), login.stderrSoFar());
                Thread.sleep(50);
            }
            // the browser: the sandbox approves at once and sends it back to auth login's loopback listener
            HttpResponse<String> back = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build()
                    .send(HttpRequest.newBuilder(URI.create(Files.readString(opened))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, back.statusCode(), back.body());
            JarProcess.Result loggedIn = login.await();
            assertEquals(0, loggedIn.exitCode(), loggedIn.toString());

            JarProcess.Result sync = JarProcess.of(recipe.get(2)).run();
            assertEquals(0, sync.exitCode(), sync.toString());
            assertTrue(sync.stdout().contains("\"playlist\":{\"urn\":\"soundcloud:playlists:"), sync.stdout());
        } finally {
            sandbox.process().destroy();
            sandbox.process().waitFor();
        }
    }

    @Test
    void appendingTheSnippetToTheCopiedExampleIsTheExit78TheReadmeWarnsOf() throws Exception {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, Files.readString(Path.of("config/config.example.toml"))
                + "\n[soundcloud]\nclient_id = \"sandbox-client\"\n");
        JarProcess.Result r = JarProcess.of("--config", config.toString(), "--data-dir", dir.resolve("d").toString(), "auth", "status").run();
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("soundcloud previously defined"), r.stderr());
        assertTrue(Files.readString(Path.of("README.md")).replaceAll("\\s+", " ").contains("soundcloud previously defined"),
                "README names the message");
    }
}
