package org.musicminion.discover.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A SoundCloud list read one page at a time: {@code {"collection":[...],"next_href":url|null}}.
 * Follows {@code next_href} exactly as given and stops on null, on a next_href seen before, on a bare
 * JSON array (the old shape) and on an empty page. Pages are fetched lazily, so a caller can stop
 * early. A failed page throws {@link ApiException} (after the client's retries). Not thread-safe.
 */
public final class Pages implements Iterator<List<JsonNode>> {
    private final ApiClient api;
    private final CallOptions options;
    private final Set<String> seen = new HashSet<>();
    private String next;
    private int requests;

    private Pages(ApiClient api, String firstUrl, CallOptions options) {
        this.api = api;
        this.options = options;
        this.next = firstUrl;
    }

    /**
     * The pages of {@code path} (relative to api_url, or absolute) asked with {@code limit} items a page
     * and {@code linked_partitioning=true}, with the client's default tokens.
     */
    public static Pages of(ApiClient api, String path, int limit) {
        return of(api, path, limit, CallOptions.json(api.defaultTokens()));
    }

    public static Pages of(ApiClient api, String path, int limit, CallOptions options) {
        HttpUrl url = api.url(path).newBuilder()
                .setQueryParameter("limit", Integer.toString(limit))
                .setQueryParameter("linked_partitioning", "true")
                .build();
        return new Pages(api, url.toString(), options);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    /** Fetches and returns the next page's items (possibly empty: then it was the last). */
    @Override
    public List<JsonNode> next() {
        if (next == null) throw new NoSuchElementException();
        String url = next;
        next = null;
        seen.add(url);
        requests++;
        JsonNode body = api.execute(new Request.Builder().url(api.url(url)).get().build(), options).orThrow().json();
        List<JsonNode> items = new ArrayList<>();
        if (body == null) return items;
        if (body.isArray()) { // old shape: the whole list, no paging
            body.forEach(items::add);
            return items;
        }
        JsonNode collection = body.path("collection");
        if (collection.isArray()) collection.forEach(items::add);
        JsonNode href = body.get("next_href");
        if (!items.isEmpty() && href != null && href.isTextual() && !href.asText().isBlank()
                && !seen.contains(href.asText())) {
            next = href.asText();
        }
        return items;
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
}
