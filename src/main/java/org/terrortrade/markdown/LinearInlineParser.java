package org.terrortrade.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with its two regular-expression matches and its link-closing step made linear. flexmark 0.62.2 reads each match
 * through {@link Matcher#toMatchResult()}, which on JDK 17 takes a {@code String} copy of
 * the whole input: once per code span, inline HTML tag, entity or autolink, that is a copy of the whole paragraph,
 * so one paragraph of a megabyte with many backticks never finished. These overrides read the same positions from the
 * matcher itself. And each closed link processes the emphasis delimiters inside it ({@link #processDelimiters}), first
 * walking back from the newest delimiter to the one before the link: when there is none inside, flexmark walks the
 * whole stack (every unmatched or not yet processed {@code *} of the paragraph) to find that out, once per link. What
 * the parser produces is unchanged (a test parses the same text with both and compares the trees).
 */
final class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && getLastDelimiter() == stackBottom) {
            return; // nothing above the bottom: flexmark's walk would find no closer and remove nothing
        }
        super.processDelimiters(stackBottom);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }
}
