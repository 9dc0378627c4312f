package org.musicminion.discover.sync;

import org.musicminion.discover.http.ApiException;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.http.OutcomeKind;

/**
 * A list a sync could not read to its end, as its summary lists it under {@code incomplete_lists}: the
 * list's path and why (a cap, broken paging, or a page that kept failing). What it held is not merged
 * and its artist is not marked checked, so the next run reads it again.
 */
public record IncompleteList(String list, String reason) {

    static IncompleteList of(ListIncompleteException e) {
        return new IncompleteList(e.list(), e.getMessage());
    }

    /**
     * A list read that failed with {@code e}, as an incomplete list; null when the failure is not one
     * a partial run can absorb (401 after the refresh: exit 4; 404 of the whole list: skipped as before).
     */
    static ListIncompleteException from(String path, ApiException e) {
        if (e.notFound() || e.outcome().kind() == OutcomeKind.AUTH) return null;
        return new ListIncompleteException(path, ListIncompleteException.Why.ERROR, e.getMessage(), e);
    }
}
