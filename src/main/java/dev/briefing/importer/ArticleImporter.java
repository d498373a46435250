package dev.briefing.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article copied from the web (plain text) or saved from it (HTML) into an
 * {@link ImportedArticle}: metadata lines become front matter facts, the rest becomes Markdown
 * blocks with every sentence kept word for word.
 *
 * <pre>
 * ImportedArticle article = ArticleImporter.read(Path.of("saved-page.html"), Optional.empty());
 * Files.writeString(target, article.toMarkdown());
 * </pre>
 *
 * <p>The reading order: a saved page's own data ({@link PageMetadata}) and its article
 * ({@link ArticleSelector}); then, on the lines, the header above the first paragraph
 * ({@link HeaderReader}), the closing blocks ({@link ClosingReader}), the chrome between
 * paragraphs ({@link BodyFilter}); the body's blocks, its standfirst, and the works its sentences
 * cite ({@link CitedSources}). All rules judge lines by their shape and by the words of web
 * pages' interfaces, never by an article's words.
 */
public final class ArticleImporter {
    private ArticleImporter() {}

    /**
     * Reads a file: HTML when its name ends in {@code .html}/{@code .htm} or it starts like HTML,
     * else text. Without a title line and without {@code title}, the title is made from the file
     * name, and the article's notices say so.
     */
    public static ImportedArticle read(Path file, Optional<String> title) throws IOException, ImportException {
        String text = InputFile.read(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        SourceText source = name.endsWith(".html") || name.endsWith(".htm") || InputFile.looksLikeHtml(text)
                ? HtmlText.of(text) : SourceText.ofPlainText(text);
        return fromSource(source, title, Optional.of(titleFromFileName(file)));
    }

    public static ImportedArticle fromText(String text) throws ImportException {
        return fromSource(SourceText.ofPlainText(text), Optional.empty(), Optional.empty());
    }

    public static ImportedArticle fromHtml(String html) throws ImportException {
        return fromSource(HtmlText.of(html), Optional.empty(), Optional.empty());
    }

    static ImportedArticle fromSource(SourceText source, Optional<String> givenTitle, Optional<String> fileTitle)
            throws ImportException {
        Lines lines = new Lines(source);
        if (lines.filled(0).isEmpty()) {
            throw new ImportException("no title found: the input has no text");
        }
        Findings found = new Findings(source.facts());
        givenTitle.ifPresent(t -> found.title = t);
        int anchor = HeaderReader.read(lines, found, givenTitle);
        if (found.title == null) {
            if (fileTitle.isEmpty()) {
                throw new ImportException("no title line found: give the title with --title");
            }
            found.title = fileTitle.get();
            found.notices.add("no title line found; the title is made from the file name: \"" + found.title
                    + "\" (give another with --title)");
        } else if (givenTitle.isPresent() && source.facts().title().isEmpty() && found.titleLine.isEmpty()) {
            found.notices.add("no title line found; the title is --title: \"" + givenTitle.get() + "\"");
        }
        ClosingReader.read(lines, found, anchor);
        BodyFilter.apply(lines, found, 0);
        Summaries.fromPage(found, source.facts(), lines, anchor);
        List<Block> body = new ArrayList<>(BodyBlocks.of(lines));
        if (found.summary.isEmpty()) {
            found.summary(Standfirst.take(body).map(InlineMarks::plain));
        }
        addCited(found, body, lines);
        return new ImportedArticle(found.title, found.date, found.section, found.publisher, found.author(),
                found.authorDescription, found.summary, found.url, List.copyOf(found.sources), List.copyOf(body),
                List.copyOf(found.notices));
    }

    /** Works the sentences cite, after the listed ones; one already listed (same URL or publisher) is not repeated. */
    private static void addCited(Findings found, List<Block> body, Lines lines) {
        List<String> texts = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof Block.BulletList l) {
                texts.addAll(l.items());
            } else if (b instanceof Block.OrderedList l) {
                texts.addAll(l.items());
            } else if (b instanceof Block.Quote q) {
                texts.addAll(q.paragraphs());
            }
        }
        int[] lineOf = lineOf(texts, lines);
        for (CitedSources.Cited c : CitedSources.find(texts, found.url)) {
            ImportedSource cited = c.source();
            boolean known = found.sources.stream().map(FoundSource::source).anyMatch(s -> cited.url().isPresent()
                    && s.url().equals(cited.url())
                    || cited.publisher().isPresent() && (s.publisher().equals(cited.publisher())
                            || s.author().equals(cited.publisher())) && s.title().equals(cited.title())
                    || cited.url().isEmpty() && cited.publisher().isPresent()
                            && (s.publisher().equals(cited.publisher()) || s.author().equals(cited.publisher()))
                    || s.equals(cited));
            if (!known) {
                int line = lineOf[c.text()];
                found.sources.add(new FoundSource(cited, c.how(),
                        line < 0 ? Optional.empty() : lines.place(line, c.phrase())));
            }
        }
    }

    /**
     * The line each body text was made from (-1 if none): the blocks hold the unused lines' texts in
     * order, less the list markers, so each is on the first unused line from the last one's on.
     */
    private static int[] lineOf(List<String> texts, Lines lines) {
        List<Integer> filled = lines.filled(0);
        int[] lineOf = new int[texts.size()];
        int k = 0;
        for (int t = 0; t < texts.size(); t++) {
            lineOf[t] = -1;
            for (int j = k; j < filled.size(); j++) {
                if (lines.raw(filled.get(j)).strip().endsWith(texts.get(t))) {
                    lineOf[t] = filled.get(j);
                    k = j + 1;
                    break;
                }
            }
        }
        return lineOf;
    }

    /** "copied-article_2.txt" gives "Copied article 2". */
    static String titleFromFileName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String words = name.replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return "Untitled";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
