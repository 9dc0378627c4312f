package org.musicminion.discover.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code GET /me/feed/tracks} and {@code GET /me/feed}: the listener's stream in the shape of the
 * official spec's {@code Activities}: {@code {"collection":[{"type","created_at","origin",
 * "reposter"?}],"next_href","future_href"}}, newest first, {@code limit} 1..200 (default 50), an
 * opaque {@code cursor} in next_href and a {@code future} mark in future_href (items newer than the
 * first page). {@code reposter} (the reposting user's URN) only on {@code track:repost} items. The
 * sandbox has no playlist posts, so both routes carry the same items.
 */
final class FeedRoutes {
    private static final String CURSOR_PREFIX = "sbxf:";

    private final Catalogue catalogue;
    private final Views views;
    private final String base;

    FeedRoutes(Catalogue catalogue, Views views, String base) {
        this.catalogue = catalogue;
        this.views = views;
        this.base = base;
    }

    Reply feed(Request r) {
        int limit = ApiRoutes.requestedLimit(r);
        if (limit < 0) return ApiRoutes.badLimit();
        FeedLog.Mark before = null;
        FeedLog.Mark after = null;
        if (r.query().containsKey("cursor") && (before = decode(r.query().get("cursor"))) == null) return Reply.error(400, "invalid cursor");
        if (r.query().containsKey("future") && (after = decode(r.query().get("future"))) == null) return Reply.error(400, "invalid cursor");
        FeedLog.Page page = catalogue.feedLog().page(before, after, limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.events().size() * 1000 + 300);
        write(out, "{\"collection\":[");
        for (int i = 0; i < page.events().size(); i++) {
            FeedLog.Event e = page.events().get(i);
            if (i > 0) out.write(',');
            write(out, "{\"type\":\"" + (e.repost() ? "track:repost" : "track") + "\",\"created_at\":\""
                    + Views.time(java.time.Instant.ofEpochMilli(e.at())) + "\",\"origin\":");
            out.writeBytes(views.trackBytes(e.track()));
            if (e.repost()) write(out, ",\"reposter\":\"" + catalogue.artistAt(e.artist()).urn() + "\"");
            out.write('}');
        }
        write(out, "],\"next_href\":");
        if (page.more() && !page.events().isEmpty()) {
            FeedLog.Event last = page.events().get(page.events().size() - 1);
            String href = href(r, limit, "cursor", encode(last.at(), last.seq()), after);
            write(out, Reply.quote(href));
        } else {
            write(out, "null");
        }
        // future_href: items newer than the newest one shown so far (or than the mark already asked)
        FeedLog.Mark newest = after;
        if (before == null && !page.events().isEmpty()) newest = new FeedLog.Mark(page.events().get(0).at(), page.events().get(0).seq());
        write(out, ",\"future_href\":" + (newest == null ? "null" : Reply.quote(base + r.path() + "?limit=" + limit + "&future="
                + encode(newest.at(), newest.seq()))));
        out.write('}');
        return Reply.json(200, out.toByteArray());
    }

    private String href(Request r, int limit, String param, String value, FeedLog.Mark after) {
        StringBuilder sb = new StringBuilder(base).append(r.path()).append("?limit=").append(limit);
        if (after != null) sb.append("&future=").append(encode(after.at(), after.seq()));
        return sb.append('&').append(param).append('=').append(value).toString();
    }

    static String encode(long at, long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + at + ":" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    static FeedLog.Mark decode(String c) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(c), StandardCharsets.US_ASCII);
            if (!s.startsWith(CURSOR_PREFIX)) return null;
            String[] parts = s.substring(CURSOR_PREFIX.length()).split(":");
            if (parts.length != 2) return null;
            return new FeedLog.Mark(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
