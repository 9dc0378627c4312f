package org.musicminion.discover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.ReportData;
import org.musicminion.discover.testing.JarProcess;

/**
 * {@code report} on the jar over the index the demo leaves (a sandbox account synced, judged by a
 * simulated listener, its Discovery playlist pushed), loaded in a real browser — Debian's {@code chromium},
 * headless, with no network — whose DOM must show the four parts with the index's own titles, and whose
 * screenshot must not be blank. Chromium missing is a failure, not a skip ({@code .ci/run} installs it); only
 * {@code MINION_DISCOVER_SKIP_BROWSER=1} skips, and says so.
 */
class ReportIT {
    @TempDir
    Path dir;

    @Test
    void theReportOfADemoIndexShowsItsPartsInARealBrowser() throws Exception {
        Path data = dir.resolve("data");
        var demo = JarProcess.of("demo", "--data-dir", data.toString()).timeoutSeconds(120).run();
        assertEquals(0, demo.exitCode(), demo.toString());
        Path html = dir.resolve("report.html");
        var r = JarProcess.of("--data-dir", data.toString(), "report", "--out", html.toString()).run();
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode result = Json.MAPPER.readTree(r.stdout());
        assertEquals(html.toString(), result.get("file").asText());
        String page = Files.readString(html);
        assertEquals(page.getBytes(StandardCharsets.UTF_8).length, result.get("bytes").asInt());

        // self-contained: nothing that loads anything, and a policy that forbids loads anyway
        for (String load : List.of("<script", " src=", "url(", "@import", "<link", "<img", "<iframe")) {
            assertFalse(page.contains(load), "the page loads nothing: found " + load);
        }
        assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""), "a CSP forbids loads");
        assertTrue(page.contains("<svg"), "charts as inline SVG");

        ReportData.LastPush push;
        try (Database db = Database.openIn(data)) {
            push = db.read(ReportData::lastPush);
        }
        assertEquals(100, push.picks().size(), "the demo pushed a full playlist");
        ReportData.Pick first = push.picks().get(0);

        String dom = chromium(List.of("--dump-dom", html.toUri().toString())).stdout;
        for (String part : List.of("Keep rate of pushed tracks, by week", "\u201cDiscovery\u201d now",
                "Artists: tracks surfaced a week against keep rate", "Sync health", "How fresh the stream keeps the index")) {
            assertTrue(dom.contains(part), "the DOM shows " + part);
        }
        assertTrue(dom.contains(HtmlReport.esc(first.title())), "the first pick's title: " + first.title());
        assertTrue(dom.contains(HtmlReport.esc(first.reasons().get(0))), "why it was picked: " + first.reasons());
        assertTrue(dom.contains(HtmlReport.esc(first.surfacedBy().get(0).name())), "who surfaced it");
        assertTrue(dom.matches("(?s).*<td>\\d+</td><td>\\d+</td><td>\\d+</td><td>\\d+</td><td>\\d+ %</td>.*"),
                "a week's pushed, heard, kept, skipped and keep rate");

        Path shot = dir.resolve("report.png");
        chromium(List.of("--window-size=1000,1400", "--screenshot=" + shot, html.toUri().toString()));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1000, image.getWidth());
        int background = image.getRGB(2, image.getHeight() / 2) & 0xffffff;
        Set<Integer> colors = new HashSet<>();
        long inked = 0;
        boolean keptBar = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colors.add(rgb);
                if (rgb != background) inked++;
                keptBar |= rgb == 0x2e7d32;
            }
        }
        long pixels = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(inked > pixels / 10, "the screenshot is not blank: " + inked + " of " + pixels + " sampled pixels drawn");
        assertTrue(colors.size() > 50, "text and charts, not a flat fill: " + colors.size() + " colours");
        assertTrue(keptBar, "the weekly chart's kept bar is drawn");
    }

    @Test
    void openHandsTheWrittenFileToTheDesktopsBrowser() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path opened = dir.resolve("opened.txt");
        Path xdgOpen = bin.resolve("xdg-open");
        Files.writeString(xdgOpen, "#!/bin/sh\nprintf '%s' \"$1\" > '" + opened + "'\n");
        xdgOpen.toFile().setExecutable(true);
        Path html = dir.resolve("out.html");
        var r = JarProcess.of("--data-dir", dir.resolve("data").toString(), "report", "--out", html.toString(), "--open")
                .env("PATH", bin + ":" + System.getenv("PATH")).env("DISPLAY", ":99").javaOpts("-Djava.awt.headless=true").run();
        assertEquals(0, r.exitCode(), r.toString());
        for (int i = 0; i < 100 && !Files.exists(opened); i++) Thread.sleep(50);
        assertEquals(html.toUri().toString(), Files.readString(opened), "the browser got the file's URI");
        assertTrue(Files.readString(html).contains("Nothing pushed yet"), "an empty index is a report that says so");
    }

    private record Run(String stdout, String stderr) {}

    /** Runs Debian's chromium headless on a fresh profile, with no network and none of its background requests. */
    private Run chromium(List<String> args) throws IOException, InterruptedException {
        String binary = chromiumBinary();
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile")));
        cmd.addAll(args);
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(err));
        }
        Run run = new Run(Files.readString(out), Files.readString(err));
        assertEquals(0, p.exitValue(), "chromium failed: " + run.stderr());
        return run;
    }

    private static String chromiumBinary() {
        if ("1".equals(System.getenv("MINION_DISCOVER_SKIP_BROWSER"))) {
            Assumptions.abort("MINION_DISCOVER_SKIP_BROWSER=1: the report is not loaded in a browser");
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                Path candidate = Path.of(d, name);
                if (Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        throw new AssertionError("no chromium on PATH: install it (apt-get install -y chromium; .ci/run does),"
                + " or set MINION_DISCOVER_SKIP_BROWSER=1 to skip this test knowingly");
    }
}
