package org.musicminion.discover.doctor;

import java.util.List;

/** The checks of one {@code doctor} run, in order; {@link #ok()} only when every one holds. */
public record DoctorReport(boolean ok, List<Check> checks) {
    public DoctorReport(List<Check> checks) {
        this(checks.stream().allMatch(Check::holds), List.copyOf(checks));
    }

    /** The names of the checks that did not hold (failed or skipped), in order. */
    public List<String> notHolding() {
        return checks.stream().filter(c -> !c.holds()).map(Check::check).distinct().toList();
    }
}
