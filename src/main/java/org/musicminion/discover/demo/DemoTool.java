package org.musicminion.discover.demo;

import java.nio.file.Path;

import org.musicminion.discover.auth.BrowserLauncher;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.store.Database;

import okhttp3.OkHttpClient;

/**
 * The tool as the demo drives it: one process's worth of commands pointed at the sandbox by
 * {@code settings}, in {@code dataDir}. The command layer implements it, so each step is the real command.
 */
public interface DemoTool extends AutoCloseable {
    /** Opens the tool on {@code settings} (the sandbox's endpoints and app) and {@code dataDir}. */
    @FunctionalInterface
    interface Factory {
        DemoTool open(Settings settings, Path dataDir);
    }

    /** Runs one command line, exactly as typed after {@code minion-discover}; returns its exit code. */
    int run(String... args);

    /** {@code auth login} through the real loopback flow with {@code browser}, printing its result as the command does. */
    void login(BrowserLauncher browser);

    /** The tool's database in the data dir. */
    Database database();

    /** The tool's one HTTP client (the demo's browser shares its pool). */
    OkHttpClient http();

    @Override
    void close();
}
