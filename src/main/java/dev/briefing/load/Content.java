package dev.briefing.load;

import dev.briefing.model.Article;
import dev.briefing.model.Person;
import dev.briefing.model.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything read from the content folder, validated and typed, before Markdown is parsed.
 *
 * @param unreadSlugs the slugs (from their file names) of article files that could not be read, each
 *     with its error reported: references to them are not reported again as unknown articles
 */
public record Content(Path root, SiteConfig site, List<Article> articles, List<Person> people,
        Set<String> unreadSlugs) {}
