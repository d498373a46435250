package dev.briefing.sitemodel;

import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.Mention;
import dev.briefing.markdown.MentionSpan;
import dev.briefing.model.SitePaths;
import java.util.List;

/**
 * A line of plain text (a title, a standfirst) as HTML with its mentions marked as the body marks
 * them: escaped as the templates escape text, so a line without mentions reads exactly as before.
 */
final class InlineHtml {
    private InlineHtml() {}

    static String of(String text, List<MentionSpan> mentions) {
        StringBuilder out = new StringBuilder(text.length() + mentions.size() * 120);
        int at = 0;
        for (MentionSpan span : mentions) {
            escape(text, at, span.start(), out);
            Mention m = span.mention();
            String tag = m.linked() ? "a" : "span";
            out.append('<').append(tag).append(" id=\"").append(m.anchorId()).append("\" class=\"mention\" data-person=\"")
                    .append(m.personId()).append('"');
            if (m.linked()) {
                out.append(" href=\"").append(BodyLinks.SCHEME).append(SitePaths.person(m.personId())).append('"');
            }
            out.append('>');
            escape(text, span.start(), span.end(), out);
            out.append("</").append(tag).append('>');
            at = span.end();
        }
        escape(text, at, text.length(), out);
        return out.toString();
    }

    /** As FreeMarker's HTML output format escapes text. */
    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
