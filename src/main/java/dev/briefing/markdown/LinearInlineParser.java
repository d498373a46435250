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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regular-expression helpers made linear.
 *
 * <p>flexmark takes every match through {@code Matcher.toMatchResult()}, which on Java 17 copies
 * the whole text being matched: the whole paragraph, once per link, entity or code span in it. A
 * paragraph of 20,000 links took minutes. Here the match's offsets are read from the matcher
 * itself, which copies nothing; the result is the same.
 */
final class LinearInlineParser extends InlineParserImpl {
    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
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
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
