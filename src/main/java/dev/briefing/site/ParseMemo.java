package dev.briefing.site;

import dev.briefing.check.PeopleChecks;
import dev.briefing.errors.Problem;
import dev.briefing.errors.Problems;
import dev.briefing.markdown.ArticleParser;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed articles kept between builds of one process: an article whose file gave the same record
 * is not parsed again while the people registry stays the same (mentions depend on it), and the
 * problems its parse found are reported again. Empty for a single build.
 */
final class ParseMemo {
    private record Parsed(ParsedArticle article, List<Problem> problems) {}

    private final boolean keep;
    private final Map<Article, Parsed> byArticle = new ConcurrentHashMap<>();
    private List<Person> people;
    private boolean linkEveryMention;
    private ArticleParser parser;

    ParseMemo(boolean keep) {
        this.keep = keep;
    }

    /** The parser for this registry; a changed registry forgets every parsed article. */
    synchronized ArticleParser parserFor(MarkdownEngine markdown, List<Person> registry, boolean linkEvery) {
        if (parser == null || !registry.equals(people) || linkEvery != linkEveryMention) {
            parser = new ArticleParser(markdown, registry, linkEvery, PeopleChecks.nameCandidates());
            people = registry;
            linkEveryMention = linkEvery;
            byArticle.clear();
        }
        return parser;
    }

    ParsedArticle parse(ArticleParser parser, Article article, Problems problems) {
        if (!keep) {
            return parser.parse(article, problems);
        }
        Parsed known = byArticle.get(article);
        if (known == null) {
            Problems own = new Problems();
            known = new Parsed(parser.parse(article, own), own.sorted());
            byArticle.put(article, known);
        }
        known.problems().forEach(problems::add);
        return known.article();
    }

    /** Forgets articles no longer in the site. */
    void keepOnly(Set<Article> articles) {
        byArticle.keySet().retainAll(articles);
    }
}
