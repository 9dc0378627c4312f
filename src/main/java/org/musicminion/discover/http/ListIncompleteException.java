package org.musicminion.discover.http;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * A list ({@link Pages}) that could not be read to its end: a cap was hit, the server's paging broke,
 * or a page kept failing after the retries. Never a silent short read: as an {@link ExitException} it
 * ends a command with exit 5 (partial) naming the list and why, unless the caller records it and goes on.
 */
public final class ListIncompleteException extends ExitException {
    /** Why a list could not be read completely. */
    public enum Why {
        /** {@code http.max_pages_per_list} pages read and the server still names a next page. */
        PAGE_CAP("page cap reached (http.max_pages_per_list)"),
        /** {@code http.max_items_per_list} items read and the server still names a next page. */
        ITEM_CAP("item cap reached (http.max_items_per_list)"),
        /** A bare JSON array of a full page: the server ignored paging, so the rest cannot be read. */
        UNPAGED("the server answered a full page as a bare array without next_href"),
        /** A page that is not {@code {"collection":[...]}} or a next_href that is not a URL. */
        MALFORMED("the server answered a page that cannot be read"),
        /** A page the server redirected to another origin than api_url's (or http:// for https): not followed. */
        REDIRECTED("the server redirected a page away from api_url's origin, which is not followed"),
        /** A page not asked because the run's deadline passed ({@code sync.max_run_minutes}). */
        DEADLINE("the run's deadline passed"),
        /** A page that still failed after the retries. */
        ERROR("a page failed after the retries");

        private final String text;

        Why(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final String list;
    private final Why why;

    public ListIncompleteException(String list, Why why, String detail, Throwable cause) {
        super(ExitCode.PARTIAL, "list " + list + " incomplete: " + why.text() + (detail == null ? "" : ": " + detail)
                + "; rerun to read it again", cause);
        this.list = list;
        this.why = why;
    }

    /** The list's path (no query), e.g. {@code /me/followings}. */
    public String list() {
        return list;
    }

    public Why why() {
        return why;
    }
}
