package org.musicminion.discover.judge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.musicminion.discover.resolve.ResolveResult;
import org.musicminion.discover.soundcloud.Urn;
import org.musicminion.discover.writes.VerdictWrites;

/**
 * One batch of a `judge` call (the command feeds it bounded batches of its input): identifies every
 * input (id, URN, or URL/slug through resolve), records the batch's verdicts locally in one transaction,
 * optionally writes them to SoundCloud, and returns one line per input in input order.
 */
public final class JudgeRun {
    private final LocalJudgments local;
    private final Function<List<String>, Map<String, ResolveResult>> resolver;

    /**
     * @param resolver answers URL/slug inputs (through resolve's cache and resolver); called once,
     *                 only when some input needs it
     */
    public JudgeRun(LocalJudgments local, Function<List<String>, Map<String, ResolveResult>> resolver) {
        this.local = local;
        this.resolver = resolver;
    }

    /**
     * Judges {@code inputs}; with {@code remote} (null: local only) the verdicts are queued for SoundCloud in the local
     * commit and then written as far as the budget allows.
     */
    public List<JudgeLine> run(List<String> inputs, Verdict verdict, Instant now, VerdictWrites remote) {
        List<TrackRef> refs = inputs.stream().map(TrackRef::parse).toList();
        List<String> toResolve = new ArrayList<>(new LinkedHashSet<>(
                refs.stream().filter(TrackRef::needsResolving).map(TrackRef::input).toList()));
        Map<String, ResolveResult> answers = toResolve.isEmpty() ? Map.of() : resolver.apply(toResolve);

        List<String> urns = new ArrayList<>();
        List<JudgeLine> failures = new ArrayList<>();
        for (TrackRef ref : refs) {
            String urn = ref.urn();
            JudgeLine failure = null;
            if (ref.invalid()) {
                failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.INVALID);
            } else if (urn == null) {
                ResolveResult r = answers.get(ref.input());
                if (r == null) {
                    failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.FAILED);
                } else {
                    switch (r.status()) {
                        case RESOLVED -> {
                            if (r.kind() == Urn.Kind.TRACK) urn = r.urn();
                            else failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.NOT_A_TRACK);
                        }
                        case FAILED -> failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.FAILED, "failed: " + r.error(),
                                r.failure());
                        case NOT_FOUND -> failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.NOT_FOUND);
                        case INVALID -> failure = JudgeLine.failed(ref.input(), JudgeLine.Problem.INVALID);
                    }
                }
            }
            urns.add(urn);
            failures.add(failure);
        }

        List<String> known = urns.stream().filter(u -> u != null).toList();
        List<LocalJudgments.Change> changes = local.apply(known, verdict, now, remote != null);
        Map<String, VerdictWrites.Result> written = remote == null || known.isEmpty() ? Map.of()
                : remote.send(new ArrayList<>(new LinkedHashSet<>(known)));

        List<JudgeLine> lines = new ArrayList<>(refs.size());
        int next = 0;
        for (int i = 0; i < refs.size(); i++) {
            if (urns.get(i) == null) {
                lines.add(failures.get(i));
                continue;
            }
            LocalJudgments.Change c = changes.get(next++);
            VerdictWrites.Result w = remote == null ? null : written.get(c.urn());
            lines.add(JudgeLine.judged(refs.get(i).input(), c.urn(), c.judgment(), c.previous(), c.inIndex(),
                    remote == null ? null : JudgeLine.Remote.of(w), w == null ? null : w.error()));
        }
        return lines;
    }

    /**
     * What the stderr summary counts: lines judged (locally and, with --remote, on SoundCloud), not judged,
     * judged locally but not written to SoundCloud, judged ones the index does not know yet, and with --remote those
     * written to SoundCloud and those queued for the write budget.
     */
    public record Tally(int judged, int failed, int remoteFailed, int notInIndex, int remoteSent, int remoteQueued) {
        public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

        /** This tally and {@code o} together (one per batch of a long input). */
        public Tally plus(Tally o) {
            return new Tally(judged + o.judged, failed + o.failed, remoteFailed + o.remoteFailed, notInIndex + o.notInIndex,
                    remoteSent + o.remoteSent, remoteQueued + o.remoteQueued);
        }

        public static Tally of(List<JudgeLine> lines) {
            int judged = 0;
            int failed = 0;
            int remoteFailed = 0;
            int notInIndex = 0;
            int sent = 0;
            int queued = 0;
            for (JudgeLine l : lines) {
                if (l.remote() == JudgeLine.Remote.OK) sent++;
                if (l.remote() == JudgeLine.Remote.QUEUED) queued++;
                if (l.failedLocally()) failed++;
                else if (l.error() != null) remoteFailed++;
                else judged++;
                if (!l.failedLocally() && Boolean.FALSE.equals(l.inIndex())) notInIndex++;
            }
            return new Tally(judged, failed, remoteFailed, notInIndex, sent, queued);
        }
    }
}
