package dev.briefing.markdown;

/**
 * Where a mention is: characters {@code [start, end)} of the body document, or of the title or
 * summary string it was found in.
 */
public record MentionSpan(int start, int end, Mention mention) {}
