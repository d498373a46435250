package dev.briefing.load;

import dev.briefing.model.Article;
import dev.briefing.model.Person;
import dev.briefing.model.SiteConfig;
import java.nio.file.Path;
import java.util.List;

/** Everything read from the content folder, validated and typed, before Markdown is parsed. */
public record Content(Path root, SiteConfig site, List<Article> articles, List<Person> people) {}
