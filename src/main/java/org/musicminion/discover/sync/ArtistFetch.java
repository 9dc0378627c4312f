package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.http.ApiException;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.soundcloud.TrackPages;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.TrackInfo;

/**
 * Fetches the chosen lists of many artists, {@code concurrency} artists at once. A 404 on one list
 * skips that list with a warning (counted). A list that cannot be read completely (a cap, broken
 * paging, errors left after the retries) is dropped with a warning naming it and why, and its artist is
 * reported so the run does not mark them checked; a 401 after the refresh ends the fetch (exit 4). After
 * {@link #GIVE_UP_AFTER} lists in a row failed, the remaining ones are reported incomplete without a request.
 */
final class ArtistFetch {
    /** Lists failing in a row (after their retries) with none read in between: the server is down; the rest are not asked. */
    static final int GIVE_UP_AFTER = 8;

    /** Where the fetch reads which sources are already known (the index, under its own lock). */
    interface KnownSources {
        Set<String> known(String artistUrn, SourceKind kind);
    }

    /**
     * The fetched lists, how many lists were skipped (404), the lists that could not be read completely
     * and the artists they belong to.
     */
    record Result(List<IndexStore.ListItems> lists, int skipped, List<IncompleteList> incomplete, Set<String> incompleteArtists) {
        static final Result NONE = new Result(List.of(), 0, List.of(), Set.of());

        /** This fetch's and {@code other}'s together. */
        Result and(Result other) {
            List<IndexStore.ListItems> l = new ArrayList<>(lists);
            l.addAll(other.lists);
            List<IncompleteList> i = new ArrayList<>(incomplete);
            i.addAll(other.incomplete);
            Set<String> a = new java.util.HashSet<>(incompleteArtists);
            a.addAll(other.incompleteArtists);
            return new Result(l, skipped + other.skipped, i, a);
        }
    }

    private final SoundCloud soundcloud;
    private final ListFetcher lists = new ListFetcher();
    private final int concurrency;
    private final KnownSources known;
    private final Consumer<String> warn;
    private final SyncProgress progress;

    ArtistFetch(SoundCloud soundcloud, int concurrency, KnownSources known, Consumer<String> warn, SyncProgress progress) {
        this.soundcloud = soundcloud;
        this.concurrency = concurrency;
        this.known = known;
        this.warn = warn;
        this.progress = progress;
    }

    Result fetch(List<ArtistInfo> artists, List<SourceKind> kinds, boolean full) {
        AtomicInteger skipped = new AtomicInteger();
        List<IncompleteList> incomplete = new CopyOnWriteArrayList<>();
        Set<String> incompleteArtists = ConcurrentHashMap.newKeySet();
        AtomicInteger failingInARow = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean deadlineSaid = new java.util.concurrent.atomic.AtomicBoolean();
        long requestsBefore = soundcloud.requestCount();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, Math.max(1, artists.size()))), r -> {
            Thread t = new Thread(r, "sync-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<IndexStore.ListItems>>> futures = new ArrayList<>();
            for (ArtistInfo a : artists) {
                futures.add(pool.submit(() -> {
                    List<IndexStore.ListItems> mine = new ArrayList<>();
                    for (SourceKind kind : kinds) {
                        TrackPages pages = list(kind, a.urn());
                        ListIncompleteException failed;
                        try {
                            if (failingInARow.get() >= GIVE_UP_AFTER) {
                                throw new ListIncompleteException(pages.list(), ListIncompleteException.Why.ERROR, "not asked: "
                                        + GIVE_UP_AFTER + " lists in a row failed after the retries, the server keeps failing", null);
                            }
                            Set<String> k = full ? Set.of() : known.known(a.urn(), kind);
                            mine.add(new IndexStore.ListItems(a.urn(), kind, lists.fetch(pages, k, full)));
                            failingInARow.set(0);
                            continue;
                        } catch (ListIncompleteException e) {
                            failed = e;
                            if (e.why() == ListIncompleteException.Why.ERROR) failingInARow.incrementAndGet();
                        } catch (ApiException e) {
                            failed = IncompleteList.from(pages.list(), e);
                            if (failed == null && !e.notFound()) throw e;
                            if (failed != null) failingInARow.incrementAndGet();
                            if (failed == null) {
                                skipped.incrementAndGet();
                                warn.accept("warning: " + kind + "s of " + describe(a) + " not found (404); skipped");
                                continue;
                            }
                        }
                        incomplete.add(IncompleteList.of(failed));
                        incompleteArtists.add(a.urn());
                        if (failed.why() == ListIncompleteException.Why.DEADLINE && deadlineSaid.getAndSet(true)) continue; // said once
                        warn.accept("warning: " + kind + "s of " + describe(a) + ": " + failed.getMessage());
                    }
                    progress.artistDone(soundcloud.requestCount() - requestsBefore);
                    return mine;
                }));
            }
            List<IndexStore.ListItems> all = new ArrayList<>();
            for (Future<List<IndexStore.ListItems>> f : futures) all.addAll(f.get());
            return new Result(all, skipped.get(), List.copyOf(incomplete), Set.copyOf(incompleteArtists));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExitException.interrupted();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw ExitException.failed("fetch failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The artist's list of {@code kind}, page by page. */
    private TrackPages list(SourceKind kind, String artistUrn) {
        return switch (kind) {
            case REPOST -> soundcloud.reposts(artistUrn);
            case LIKE -> soundcloud.likes(artistUrn);
            default -> throw new IllegalArgumentException("no per-artist list of " + kind);
        };
    }

    private static String describe(ArtistInfo a) {
        return a.username() == null ? a.urn() : a.username() + " (" + a.urn() + ")";
    }
}
