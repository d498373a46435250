package dev.briefing.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regular-expression helpers made linear and bounded.
 *
 * <p>flexmark takes every match through {@code Matcher.toMatchResult()}, which on Java 17 copies
 * the whole text being matched: the whole paragraph, once per link, entity or code span in it. A
 * paragraph of 20,000 links took minutes. Here the match's offsets are read from the matcher
 * itself, which copies nothing; the result is the same.
 *
 * <p>Some of flexmark's patterns repeat a group once per character (a link title, a destination in
 * angle brackets, an HTML tag's attributes, an email domain's labels), and Java's regular
 * expressions recurse once per repetition: a link title left open in a long paragraph overflowed
 * the stack. Those patterns look at no more than {@link #MAX_TOKEN} characters; a longer title or
 * tag is read as text, which is how the site shows raw HTML anyway.
 */
final class LinearInlineParser extends InlineParserImpl {
    /** Far longer than any real link title or tag; far shorter than the stack needs. */
    static final int MAX_TOKEN = 500;

    /** The patterns that recurse per character, compared by identity. */
    private final Set<Pattern> bounded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        bounded.addAll(List.of(myParsing.LINK_TITLE, myParsing.LINK_DESTINATION_ANGLES, myParsing.LINK_DESTINATION,
                myParsing.LINK_DESTINATION_MATCHED_PARENS, myParsing.LINK_DESTINATION_MATCHED_PARENS_NOSP,
                myParsing.LINK_LABEL, myParsing.HTML_TAG, myParsing.EMAIL_AUTOLINK, myParsing.AUTOLINK,
                myParsing.WWW_AUTOLINK));
    }

    /** Registers the parser with a flexmark {@link Parser.Builder}. */
    static Parser.ParserExtension extension() {
        return new Parser.ParserExtension() {
            @Override
            public void parserOptions(MutableDataHolder options) {}

            @Override
            public void extend(Parser.Builder builder) {
                builder.customInlineParserFactory(LinearInlineParser::new);
                // flexmark adds reference definitions only with its own inline parser: add them back.
                builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
            }
        };
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** Finds {@code re} from the current index and moves past it, as flexmark's own helpers do. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, bounded.contains(re) ? Math.min(input.length(), index + MAX_TOKEN) : input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
