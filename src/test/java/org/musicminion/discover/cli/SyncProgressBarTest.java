package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The sync progress bar on a terminal: colour only where wanted, and gone once sync is done. */
class SyncProgressBarTest {
    private static String draw(Map<String, String> env) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SyncCommand.Bar bar = new SyncCommand.Bar(new PrintStream(bytes, true, StandardCharsets.UTF_8), SyncCommand.Bar.style(env));
        bar.started(3);
        for (int i = 0; i < 3; i++) bar.artistDone(10L * i);
        bar.close();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noColourWithNoColorOrADumbTerminal() {
        assertTrue(draw(Map.of("TERM", "xterm-256color")).contains("\u001b["), "colour by default");
        assertFalse(draw(Map.of("TERM", "xterm-256color", "NO_COLOR", "1")).contains("\u001b["));
        String dumb = draw(Map.of("TERM", "dumb"));
        assertFalse(dumb.contains("\u001b["), dumb);
        assertTrue(dumb.chars().allMatch(c -> c < 0x80), "plain ASCII on a dumb terminal: " + dumb);
    }

    @Test
    void theLastFrameIsClearedAtTheEnd() {
        String drawn = draw(Map.of("NO_COLOR", "1"));
        String last = drawn.substring(drawn.lastIndexOf('\r', drawn.length() - 2) + 1);
        assertTrue(drawn.endsWith("\r"), "ends at the start of the line: " + drawn.replace("\r", "\\r"));
        assertTrue(last.isBlank(), "the last frame was overwritten with blanks: [" + last.replace("\r", "\\r") + "]");
    }
}
