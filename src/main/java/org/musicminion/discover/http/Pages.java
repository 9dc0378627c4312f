package org.musicminion.discover.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A SoundCloud list read one page at a time: {@code {"collection":[...],"next_href":url|null}}, asked
 * with {@code linked_partitioning=true} and {@code limit}. SoundCloud's next_href is known to misbehave
 * (its API issues #12, #40, #55, #58, #309, #368, #505), so every next_href is sanitised before it is
 * followed: on another origin it is rebuilt onto api_url with the same path and query (an {@code http://}
 * one for an https API is upgraded; the token never goes elsewhere), and query parameters of the first
 * request it lost ({@code linked_partitioning}, {@code limit}, ...) are re-added. Empty or short pages
 * do not end the list. The list ends normally on a null next_href, on a page or cursor seen before, or
 * after {@link Limits#maxEmptyPagesInARow} pages in a row that brought nothing new. Items are
 * de-duplicated by the key the caller names (soundcloud.Urn#keyOf: http knows no SoundCloud URN). A list that cannot be read to its end throws {@link ListIncompleteException}:
 * a page or item cap, a full page answered as a bare array, a malformed page, a page (the first too)
 * redirected off api_url's origin (the same rule as for next_href), a page not asked because the run's
 * {@link RunDeadline} passed, or a page after the
 * first that failed after the client's retries (the first page's failure is the client's
 * {@link ApiException}). Pages are fetched lazily, so a caller can stop early. Not thread-safe.
 */
public final class Pages implements Iterator<List<JsonNode>> {
    /** Bounds of one list read: pages, items, and empty pages in a row that end it. Checked at construction. */
    public record Limits(int maxPages, int maxItems, int maxEmptyPagesInARow) {
        public static final Limits DEFAULT = new Limits(2_000, 200_000, 5);

        public Limits {
            if (maxPages < 1 || maxItems < 1 || maxEmptyPagesInARow < 1) {
                throw new IllegalArgumentException("list limits must be >= 1: " + maxPages + ", " + maxItems + ", " + maxEmptyPagesInARow);
            }
        }
    }

    private final ApiClient api;
    private final CallOptions options;
    private final HttpUrl first;
    private final String list;
    private final int limit;
    private final Limits limits;
    private final Function<JsonNode, String> itemKey;
    private final Set<String> seenPages = new HashSet<>();
    private final Set<String> seenItems = new HashSet<>();
    private HttpUrl next;
    private int requests;
    private int items;
    private int emptyInARow;

    private Pages(ApiClient api, HttpUrl first, int limit, CallOptions options, Function<JsonNode, String> itemKey) {
        this.api = api;
        this.itemKey = itemKey;
        this.options = options;
        this.first = first;
        this.list = first.encodedPath();
        this.limit = limit;
        this.limits = api.listLimits();
        this.next = first;
    }

    /**
     * The pages of {@code path} (relative to api_url, or absolute) asked with {@code limit} items a page
     * and {@code linked_partitioning=true}, with the client's default tokens; an item whose
     * {@code itemKey} was seen before in this list is dropped (a null key is always kept).
     */
    public static Pages of(ApiClient api, String path, int limit, Function<JsonNode, String> itemKey) {
        HttpUrl url = api.url(path).newBuilder()
                .setQueryParameter("limit", Integer.toString(limit))
                .setQueryParameter("linked_partitioning", "true")
                .build();
        return new Pages(api, url, limit, CallOptions.json(api.defaultTokens()), itemKey);
    }

    /** The list's path (no query), as messages name it. */
    public String list() {
        return list;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    /**
     * Fetches and returns the next page's items not seen before in this list (possibly none). Throws
     * {@link ListIncompleteException} when the list cannot be read further though it goes on.
     */
    @Override
    public List<JsonNode> next() {
        if (next == null) throw new NoSuchElementException();
        if (requests >= limits.maxPages()) {
            throw incomplete(ListIncompleteException.Why.PAGE_CAP, requests + " pages read", null);
        }
        if (items >= limits.maxItems()) {
            throw incomplete(ListIncompleteException.Why.ITEM_CAP, items + " items read", null);
        }
        HttpUrl url = next;
        next = null;
        seenPages.add(pageKey(url));
        requests++;
        JsonNode body;
        try {
            body = api.execute(new Request.Builder().url(url).get().build(), options).orThrow().json();
        } catch (RunDeadline.Exceeded e) {
            throw incomplete(ListIncompleteException.Why.DEADLINE, e.getMessage(), null);
        } catch (ApiException e) {
            if (Outcome.REDIRECTED_ELSEWHERE.equals(e.outcome().errorClass())) {
                throw incomplete(ListIncompleteException.Why.REDIRECTED, "page " + requests + ": " + e.getMessage(), e);
            }
            if (requests == 1 || e.outcome().kind() == OutcomeKind.AUTH) throw e;
            throw incomplete(ListIncompleteException.Why.ERROR, e.getMessage(), e);
        }
        List<JsonNode> fresh = new ArrayList<>();
        if (body != null && body.isArray()) { // the old shape: no paging; a full page of it hides the rest
            body.forEach(item -> keepIfNew(item, fresh));
            items += fresh.size();
            if (body.size() >= limit) {
                throw incomplete(ListIncompleteException.Why.UNPAGED, body.size() + " items on page " + requests, null);
            }
            return fresh;
        }
        JsonNode collection = body == null ? null : body.get("collection");
        if (collection == null || !collection.isArray()) {
            throw incomplete(ListIncompleteException.Why.MALFORMED, "page " + requests + " has no collection array", null);
        }
        collection.forEach(item -> keepIfNew(item, fresh));
        items += fresh.size();
        emptyInARow = fresh.isEmpty() ? emptyInARow + 1 : 0;
        JsonNode href = body.get("next_href");
        if (href == null || href.isNull() || (href.isTextual() && href.asText().isBlank())) return fresh;
        if (!href.isTextual()) throw incomplete(ListIncompleteException.Why.MALFORMED, "next_href is not a string", null);
        HttpUrl following = sanitise(href.asText());
        if (seenPages.contains(pageKey(following))) {
            api.log("next_href of " + list + " names a page already read; the list ends");
        } else if (emptyInARow >= limits.maxEmptyPagesInARow()) {
            api.log(emptyInARow + " pages in a row of " + list + " brought nothing new; the list ends");
        } else {
            next = following;
        }
        return fresh;
    }

    /** Pages fetched so far. */
    public int requests() {
        return requests;
    }

    /** Every item of every page (for lists that are read whole). */
    public List<JsonNode> all() {
        List<JsonNode> all = new ArrayList<>();
        while (hasNext()) all.addAll(next());
        return all;
    }

    /**
     * {@code href} made safe to follow: on api_url's origin (scheme, host and port; another origin is
     * rebuilt onto it with the same path and query, said with -v), without user info, and with every
     * query parameter of the first request it lacks.
     */
    private HttpUrl sanitise(String href) {
        HttpUrl u = HttpUrl.parse(href);
        if (u == null) {
            try {
                u = api.url(href); // a relative next_href
            } catch (IllegalArgumentException e) {
                throw incomplete(ListIncompleteException.Why.MALFORMED, "next_href is not a URL: " + Redact.url(href), null);
            }
        }
        HttpUrl base = api.baseUrl();
        HttpUrl.Builder b = u.newBuilder().username("").password("");
        if (!u.scheme().equals(base.scheme()) || !u.host().equals(base.host()) || u.port() != base.port()) {
            b.scheme(base.scheme()).host(base.host()).port(base.port());
            boolean upgrade = u.host().equals(base.host()) && u.scheme().equals("http") && base.scheme().equals("https");
            api.log(upgrade ? "next_href of " + list + " is plain http://; upgraded to " + base.scheme() + "://"
                    : "next_href of " + list + " names another host (" + u.host() + ":" + u.port() + "); rebuilt onto api_url "
                    + base.host() + ":" + base.port());
        }
        for (String name : first.queryParameterNames()) {
            if (u.queryParameter(name) == null) {
                for (String value : first.queryParameterValues(name)) b.addQueryParameter(name, value);
            }
        }
        return b.build();
    }

    /** The page's identity: its URL, or its cursor when it has one (a cursor seen before is a loop). */
    private static String pageKey(HttpUrl url) {
        String cursor = url.queryParameter("cursor");
        return cursor != null ? "cursor=" + cursor : url.toString();
    }

    private void keepIfNew(JsonNode item, List<JsonNode> out) {
        if (item == null || item.isNull()) return;
        String key = itemKey.apply(item);
        if (key == null || seenItems.add(key)) out.add(item);
    }

    private ListIncompleteException incomplete(ListIncompleteException.Why why, String detail, Throwable cause) {
        return new ListIncompleteException(list, why, detail, cause);
    }
}
