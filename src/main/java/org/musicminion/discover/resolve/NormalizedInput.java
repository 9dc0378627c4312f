package org.musicminion.discover.resolve;

/**
 * One input line after normalization: the text the user gave, and the canonical URL that is sent
 * to {@code /resolve} and used as the cache key ({@code null} when the input is not a SoundCloud
 * URL or slug).
 */
public record NormalizedInput(String input, String url) {

    public boolean valid() {
        return url != null;
    }

    /** True for an {@code on.soundcloud.com} short link (resolved as given, never cached under another key). */
    public boolean shortLink() {
        return url != null && url.startsWith(InputNormalizer.SHORT_LINK_BASE);
    }
}
