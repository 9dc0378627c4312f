package org.musicminion.discover.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.auth.TokenSet;
import org.musicminion.discover.auth.TokenStore;
import org.musicminion.discover.config.ConfigLoader;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.http.ServerDate;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.User;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RemoteWrites;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.writes.WriteBudget;

/**
 * {@code doctor}: checks, in order, everything a sync needs — the config, the app's credentials, the API
 * answering, the clock against the server's {@code Date}, the login (tokens present, issued for this server,
 * accepted), the three playlists the tool reads and writes (with {@code fix}: creates the missing ones, after
 * saying so), the last sync's outcome, what waits for the write budget — and ends with the cron line to use. Every problem becomes a failed
 * {@link Check} naming its fix; nothing is thrown for a broken precondition.
 */
public final class Doctor {
    /** A clock further than this from the server's is a failure: tokens are refreshed by the local clock. */
    public static final Duration MAX_SKEW = Duration.ofSeconds(60);

    /**
     * What doctor looks at, each built on demand by the caller (the composition root), since each may fail:
     * {@link #settings()} throws the config's exit 78.
     */
    public interface Subject {
        Settings settings();

        /** Where the config is looked for when none is named ({@code $XDG_CONFIG_HOME/minion-discover/config.toml}). */
        Path defaultConfigFile();

        Path dataDir();

        Path defaultDataDir();

        TokenStore tokenStore();

        /** The user's tokens (refreshing when due). */
        TokenSource userTokens();

        /** A client on api_url that authenticates with {@code tokens} (null: none), recording the server's Date. */
        SoundCloud soundcloud(TokenSource tokens);

        ServerDate serverDate();

        Database database();

        /** The command that runs the tool from cron (an absolute path). */
        String launcher();
    }

    private final Subject subject;
    private final boolean fix;
    private final Messages messages;

    public Doctor(Subject subject, boolean fix, Messages messages) {
        this.subject = subject;
        this.fix = fix;
        this.messages = messages;
    }

    public DoctorReport run() {
        List<Check> checks = new ArrayList<>();
        Settings settings;
        try {
            settings = subject.settings();
        } catch (ExitException e) {
            checks.add(Check.failed("config", e.getMessage(), "correct the config where named (config/config.example.toml lists every key)"));
            for (String later : List.of("credentials", "api", "clock", "tokens", "account", "playlists")) {
                checks.add(Check.skipped(later, "needs a valid config"));
            }
            checks.add(lastSync());
            checks.add(Check.skipped("writes", "needs a valid config"));
            checks.add(Check.skipped("cron", "needs a valid config"));
            return new DoctorReport(checks);
        }
        checks.add(config(settings));
        checks.add(credentials(settings.soundcloud()));
        ApiResponse probe = probe();
        checks.add(api(settings.soundcloud(), probe));
        checks.add(clock(probe));
        TokenCheck tokens = tokens(settings.soundcloud());
        checks.add(tokens.check());
        User me = null;
        if (!tokens.check().holds()) checks.add(Check.skipped("account", "needs tokens"));
        else if (probe.status() == 0) checks.add(Check.skipped("account", "needs the API"));
        else {
            AccountCheck account = account();
            checks.add(account.check());
            me = account.me();
        }
        if (me == null) checks.add(Check.skipped("playlists", "needs a working login"));
        else checks.addAll(playlists(settings));
        checks.add(lastSync());
        checks.add(writes(settings.http().maxWritesPerDay()));
        checks.add(cron(settings));
        return new DoctorReport(checks);
    }

    private Check config(Settings settings) {
        Path file = settings.source();
        if (file != null) return Check.ok("config", file.toString());
        Path lookedAt = settings.soundcloud().configFile() != null ? settings.soundcloud().configFile() : subject.defaultConfigFile();
        if (present(settings.soundcloud().clientId()) && present(settings.soundcloud().clientSecret())) {
            return Check.ok("config", "no file at " + lookedAt + "; defaults and the environment's credentials apply");
        }
        return Check.failed("config", "no config file at " + lookedAt,
                "copy config/config.example.toml to " + lookedAt + " and fill in soundcloud.client_id and client_secret");
    }

    private static Check credentials(Settings.SoundCloud sc) {
        List<String> missing = new ArrayList<>();
        if (!present(sc.clientId())) missing.add("soundcloud.client_id");
        if (!present(sc.clientSecret())) missing.add("soundcloud.client_secret");
        if (missing.isEmpty()) return Check.ok("credentials", "client_id and client_secret set");
        String where = sc.configFile() == null ? "the config file" : sc.configFile().toString();
        return Check.failed("credentials", String.join(" and ", missing) + " not set",
                "set " + String.join(" and ", missing) + " in " + where + " (or $" + ConfigLoader.ENV_CLIENT_ID + " / $"
                        + ConfigLoader.ENV_CLIENT_SECRET + "), from your app at https://soundcloud.com/you/apps");
    }

    /** One unauthenticated {@code GET /me}: any HTTP answer shows the API is there (and brings its Date). */
    private ApiResponse probe() {
        try {
            return subject.soundcloud(null).probe();
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
            return new ApiResponse("GET", "/me", null, 0, null, null, null, 1, false, e.getMessage());
        }
    }

    private static Check api(Settings.SoundCloud sc, ApiResponse probe) {
        if (probe.status() == 0) {
            return Check.failed("api", "cannot reach " + sc.apiUrl() + (probe.failure() == null ? "" : ": " + probe.failure()),
                    "check the network (and any proxy), or soundcloud.api_url in the config");
        }
        if (probe.status() >= 500) {
            return Check.failed("api", sc.apiUrl() + " answers HTTP " + probe.status(), "SoundCloud is having trouble: try again later");
        }
        return Check.ok("api", sc.apiUrl() + " answers (HTTP " + probe.status() + ")");
    }

    private Check clock(ApiResponse probe) {
        if (probe.status() == 0) return Check.skipped("clock", "needs the API");
        ServerDate.Reading r = subject.serverDate().last();
        if (r == null) return Check.ok("clock", "the server sent no Date to compare with");
        Duration skew = r.skew();
        String how = seconds(skew.abs()) + (skew.isNegative() ? " behind" : " ahead of") + " the server's (" + r.server() + ")";
        if (skew.abs().compareTo(MAX_SKEW) > 0) {
            return Check.failed("clock", "this machine's clock is " + how,
                    "set the clock right (e.g. sudo timedatectl set-ntp true): tokens are refreshed by it");
        }
        return Check.ok("clock", "within " + seconds(skew.abs()) + " of the server's");
    }

    private record TokenCheck(Check check) {}

    private TokenCheck tokens(Settings.SoundCloud sc) {
        TokenStore store = subject.tokenStore();
        if (!store.exists()) {
            return new TokenCheck(Check.failed("tokens", "not logged in (no " + store.file() + ")", "run: minion-discover auth login"));
        }
        TokenSet set;
        try {
            set = store.read(); // refuses, untouched, tokens recorded for another api_url/auth_url/client_id
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
            return new TokenCheck(Check.failed("tokens", e.getMessage(), "do what the message says; logging in again always works:"
                    + " run: minion-discover auth login"));
        }
        String user = set.user() == null ? "" : " for " + set.user().username();
        return new TokenCheck(Check.ok("tokens", store.file() + user));
    }

    private record AccountCheck(Check check, User me) {}

    private AccountCheck account() {
        try {
            User me = subject.soundcloud(subject.userTokens()).me();
            String name = me == null ? "?" : me.username();
            return new AccountCheck(Check.ok("account", "SoundCloud accepts the login: " + name), me);
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
            String fix = e.exitCode() == ExitCode.NOT_AUTHENTICATED ? "run: minion-discover auth login"
                    : "run: minion-discover -v auth status, to see each attempt";
            return new AccountCheck(Check.failed("account", e.getMessage(), fix), null);
        }
    }

    private List<Check> playlists(Settings settings) {
        SoundCloud sc = subject.soundcloud(subject.userTokens());
        Playlists mine;
        try {
            mine = sc.myPlaylists();
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
            return List.of(Check.failed("playlists", "cannot read your playlists: " + e.getMessage(), "run doctor again later"));
        }
        List<Check> out = new ArrayList<>();
        out.add(playlist(sc, mine, settings.reposts().title(), Settings.Reposts.TITLE_KEY, "the tool fills it"));
        out.add(playlist(sc, mine, settings.judgments().notInterestedPlaylist(), Settings.Judgments.NOT_INTERESTED_KEY,
                "what you move there is imported as not_interested"));
        out.add(playlist(sc, mine, settings.judgments().notQuitePlaylist(), Settings.Judgments.NOT_QUITE_KEY,
                "what you move there is imported as not_quite"));
        return out;
    }

    private Check playlist(SoundCloud sc, Playlists mine, String title, String key, String role) {
        String name = "\"" + title + "\" (" + key + ")";
        Playlist p = mine.byTitle(title);
        if (p != null) return Check.ok("playlist", name + ": " + p.urn() + ", " + p.trackCount() + " tracks");
        if (!fix) {
            return Check.failed("playlist", name + " is not on your account (" + role + ")",
                    "run: minion-discover doctor --fix (creates it, private), or set " + key + " to one you have");
        }
        messages.prompt("doctor: creating the private playlist " + name + " on your SoundCloud account");
        try {
            Playlist created = sc.createPlaylist(title);
            return Check.ok("playlist", name + ": created" + (created.urn() == null ? "" : ", " + created.urn()));
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
            return Check.failed("playlist", name + " could not be created: " + e.getMessage(),
                    "create it on soundcloud.com, or set " + key + " to one you have");
        }
    }

    private Check lastSync() {
        List<SyncRuns.SyncRun> runs;
        try {
            runs = readIndex(c -> SyncRuns.recent(c, 1), List.of());
        } catch (ExitException e) {
            return unreadable("last sync", e);
        }
        if (runs.isEmpty()) return Check.ok("last sync", "none yet: run minion-discover sync --push-playlist");
        SyncRuns.SyncRun r = runs.get(0);
        String when = Instant.ofEpochMilli(r.startedAt()).toString();
        String what = "the run of " + when + ": " + (r.outcome() == null ? "unfinished" : r.outcome().word())
                + (r.error() == null ? "" : " (" + r.error() + ")");
        if (r.outcome() == null) return Check.failed("last sync", what, "run minion-discover -v sync to see why, then fix what it names");
        return switch (r.outcome()) {
            case OK -> Check.ok("last sync", what + ", " + (r.tracksNew() == null ? 0 : r.tracksNew()) + " new tracks, "
                    + r.requests() + " requests");
            case PARTIAL -> Check.failed("last sync", what + "; some lists were not read completely",
                    "run minion-discover sync again (minion-discover history shows which lists)");
            case INTERRUPTED -> Check.failed("last sync", what, "run minion-discover sync again; nothing half-written was kept");
            default -> Check.failed("last sync", what, "run minion-discover -v sync to see why, then fix what it names");
        };
    }

    /**
     * What waits for the write budget ({@code http.max_writes_per_day}): verdicts to send to SoundCloud and deferred
     * playlist pushes. Waiting is normal (the next syncs send them); with a budget of 0 nothing ever goes out, a failure.
     */
    private Check writes(int perDay) {
        int verdicts;
        int pushes;
        try {
            int[] waiting = readIndex(c -> new int[] {RemoteWrites.count(c), RemoteWrites.deferredPushes(c).size()}, new int[2]);
            verdicts = waiting[0];
            pushes = waiting[1];
        } catch (ExitException e) {
            return unreadable("writes", e);
        }
        if (verdicts == 0 && pushes == 0) return Check.ok("writes", "nothing waits (" + WriteBudget.KEY + " = " + perDay + ")");
        String what = verdicts + " verdict" + (verdicts == 1 ? "" : "s") + " and " + pushes + " playlist push" + (pushes == 1 ? "" : "es")
                + " wait for the write budget (" + WriteBudget.KEY + " = " + perDay + ")";
        if (perDay == 0) {
            return Check.failed("writes", what + ": with 0 nothing is ever sent",
                    "set " + WriteBudget.KEY + " above 0 in the config (100 is the default); the next sync sends what waits");
        }
        return Check.ok("writes", what + "; the next syncs send them, " + perDay + " writes in any 24 hours");
    }

    /** {@code work} on the index, or {@code none} when there is none yet: doctor never creates it. */
    private <T> T readIndex(Database.SqlWork<T> work, T none) {
        if (!Files.isRegularFile(subject.dataDir().resolve(Database.FILE_NAME))) return none;
        return subject.database().read(work);
    }

    /** The failed {@code check} for an index that cannot be read (an interrupt still ends the run). */
    private Check unreadable(String check, ExitException e) {
        if (e.exitCode() == ExitCode.INTERRUPTED) throw e;
        return Check.failed(check, "cannot read the index: " + e.getMessage(), "see the message; the data dir is " + subject.dataDir());
    }

    private Check cron(Settings settings) {
        StringBuilder line = new StringBuilder("0 * * * * ").append(subject.launcher()).append(" -q");
        Path config = settings.source();
        if (config != null && !config.toAbsolutePath().equals(subject.defaultConfigFile().toAbsolutePath())) {
            line.append(" --config ").append(quote(config.toAbsolutePath().toString()));
        }
        Path data = subject.dataDir().toAbsolutePath();
        if (!data.equals(subject.defaultDataDir().toAbsolutePath())) line.append(" --data-dir ").append(quote(data.toString()));
        line.append(" sync");
        if (!settings.reposts().autoSync()) line.append(" --push-playlist");
        String note = settings.source() == null ? " (cron has none of your environment: put the credentials in the config file)" : "";
        return Check.ok("cron", "crontab -e, then: " + line + note);
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
