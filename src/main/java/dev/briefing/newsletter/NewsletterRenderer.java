package dev.briefing.newsletter;

import com.vladsch.flexmark.html.HtmlRenderer;
import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.newsletter.EmailViews.ArticleEmail;
import dev.briefing.newsletter.EmailViews.Digest;
import dev.briefing.newsletter.EmailViews.DigestEntry;
import dev.briefing.newsletter.EmailViews.Frame;
import dev.briefing.newsletter.EmailViews.PersonItem;
import dev.briefing.newsletter.EmailViews.SourceItem;
import dev.briefing.render.OutputFile;
import dev.briefing.render.Templates;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Renders the newsletter: for every article and for a digest of the whole briefing, a complete
 * email ({@code newsletter/<slug>.html}), its plain-text part ({@code .txt}), the content block
 * alone ({@code .fragment.html}) and a previewable {@code .eml}. Emails need absolute links, so
 * without a base URL nothing is rendered and the build is told why.
 */
public final class NewsletterRenderer {
    public static final String FOLDER = "newsletter/";
    public static final String DIGEST = "digest";
    /** Gmail clips messages larger than this, hiding the rest behind "View entire message". */
    public static final int GMAIL_CLIP_BYTES = 102 * 1024;
    /** Why the newsletter is missing from a build without a base URL. */
    public static final String NO_BASE_URL = "newsletter left out: emails need absolute links and no base URL is "
            + "set (add base_url to site.yaml or pass --base-url)";

    private static final int EXCERPT_CHARS = 220;

    private final Templates templates;
    private final MarkdownEngine markdown;

    public NewsletterRenderer(Templates templates, MarkdownEngine markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /**
     * @param siteFile the site settings file, where a missing base URL is reported
     */
    public List<OutputFile> render(SiteIndex index, Path siteFile, Problems problems) {
        Optional<String> base = index.site().baseUrl();
        if (base.isEmpty()) {
            problems.warning(SourcePosition.startOf(siteFile), NO_BASE_URL);
            return List.of();
        }
        Optional<EmailStyles> styles = loadStyles(problems);
        if (styles.isEmpty()) {
            return List.of();
        }
        index.article(DIGEST).ifPresent(a -> problems.error(a.article().position(),
                "article slug '" + DIGEST + "' is taken by the newsletter digest (newsletter/digest.html); rename the file"));
        Run run = new Run(index, base.get(), styles.get(), markdown.absoluteRenderer(base.get()), problems);
        List<OutputFile> out = new ArrayList<>();
        index.articles().parallelStream().filter(a -> !a.article().draft()).map(run::article).toList().forEach(out::addAll);
        out.addAll(run.digest());
        // The fragment is part of the full email, so the full email's size is the one to watch.
        out.stream().filter(f -> f.path().endsWith(".html") && !f.path().endsWith(".fragment.html")
                        && f.content().length > GMAIL_CLIP_BYTES)
                .forEach(f -> problems.warning(SourcePosition.startOf(Path.of(f.path())), String.format(
                        java.util.Locale.ROOT, "email is %.1f KB; Gmail clips messages over 102 KB",
                        f.content().length / 1024.0)));
        return List.copyOf(out);
    }

    private Optional<EmailStyles> loadStyles(Problems problems) {
        try {
            Optional<byte[]> bytes = templates.themeFile(EmailStyles.FILE);
            if (bytes.isEmpty()) {
                problems.error(SourcePosition.startOf(Path.of("templates", EmailStyles.FILE)), "email style table not found");
                return Optional.empty();
            }
            int errorsBefore = problems.errorCount();
            EmailStyles styles = EmailStyles.parse(new String(bytes.get(), StandardCharsets.UTF_8),
                    Path.of("templates", EmailStyles.FILE), problems);
            return problems.errorCount() == errorsBefore ? Optional.of(styles) : Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(Path.of("templates", EmailStyles.FILE)),
                    "cannot read the email style table: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** One rendering of the newsletter: everything that is the same for every email. */
    private final class Run {
        private final SiteIndex index;
        private final String base;
        private final EmailStyles styles;
        private final HtmlRenderer absolute;
        private final Problems problems;
        private final EmailBody emailBody;
        private final Instant date;

        Run(SiteIndex index, String base, EmailStyles styles, HtmlRenderer absolute, Problems problems) {
            this.index = index;
            this.base = base;
            this.styles = styles;
            this.absolute = absolute;
            this.problems = problems;
            this.emailBody = new EmailBody(styles);
            this.date = sendDate(index);
        }

        List<OutputFile> article(ParsedArticle pa) {
            Article a = pa.article();
            String webUrl = base + "articles/" + a.slug() + ".html";
            References refs = new References();
            int homeRef = refs.number(base);
            int webRef = refs.number(webUrl);
            Element body = emailBody.prepare(absolute.render(pa.document()), webUrl);
            String bodyText = new PlainText(refs).blocks(body);
            String original = a.url().orElse(null);
            int originalRef = original == null ? 0 : refs.number(original);
            List<PersonItem> people = peopleOf(a.slug(), refs);
            List<SourceItem> sources = index.sourcesCitedBy(a.slug()).stream().map(s -> source(s, refs)).toList();
            String summary = a.summary().orElse(null);
            ArticleEmail view = new ArticleEmail(a.title(), webUrl, webRef, a.section().orElse(null),
                    a.date().map(PartialDate::display).orElse(null), a.publisher().orElse(null),
                    a.author().orElse(null), summary, readingMinutes(a.body()), body.html(), bodyText,
                    original, originalRef, people, sources);
            String preheader = summary != null ? summary : excerpt(body);
            Frame frame = frame(a.title(), preheader, homeRef, webUrl, webRef, refs);
            return files(a.slug(), frame, Map.of("article", view), "article");
        }

        List<OutputFile> digest() {
            References refs = new References();
            int homeRef = refs.number(base);
            List<DigestEntry> entries = new ArrayList<>();
            for (ParsedArticle pa : index.articles()) {
                Article a = pa.article();
                if (a.draft()) {
                    continue;
                }
                String url = base + "articles/" + a.slug() + ".html";
                String summary = a.summary().orElseGet(() -> excerpt(emailBody.prepare(absolute.render(pa.document()), url)));
                entries.add(new DigestEntry(a.title(), url, refs.number(url), a.date().map(PartialDate::display).orElse(null),
                        a.publisher().orElse(null), summary, readingMinutes(a.body())));
            }
            List<PersonItem> people = index.people().stream()
                    .filter(p -> !index.articlesByPerson().get(p.id()).isEmpty())
                    .map(p -> person(p, refs)).toList();
            List<SourceItem> sources = index.sources().stream().filter(s -> !s.primary()).map(s -> source(s, refs)).toList();
            String title = index.site().title();
            Digest view = new Digest(title, index.site().description(), base, homeRef, entries, people, sources);
            String preheader = index.site().description().isBlank() ? title : index.site().description();
            Frame frame = frame(title, preheader, homeRef, base, homeRef, refs);
            return files(DIGEST, frame, Map.of("digest", view), "digest");
        }

        private Frame frame(String subject, String preheader, int homeRef, String webUrl, int webRef, References refs) {
            String unsubscribe = index.site().unsubscribeUrl();
            int unsubscribeRef = refs.number(unsubscribe);
            return new Frame(index.site().title(), index.site().language(), subject, preheader, base, homeRef, webUrl,
                    webRef, unsubscribe, unsubscribeRef, refs.list());
        }

        private List<OutputFile> files(String slug, Frame frame, Map<String, Object> content, String kind) {
            Map<String, Object> model = new HashMap<>(content);
            model.put("styles", styles.asMap());
            model.put("frame", frame);
            Optional<String> fragment = templates.render("email/" + kind + ".ftlh", model, problems);
            Optional<String> text = templates.render("email/" + kind + ".ftl", model, problems)
                    .map(t -> TextWrap.wrap(t, TextWrap.WIDTH));
            if (fragment.isEmpty() || text.isEmpty()) {
                return List.of();
            }
            model.put("content", fragment.get());
            Optional<String> html = templates.render("email/document.ftlh", model, problems);
            if (html.isEmpty()) {
                return List.of();
            }
            byte[] eml = EmlWriter.write(new EmlWriter.Email(index.site().title(), frame.subject(), text.get(),
                    html.get(), URI.create(base).getHost(), date));
            return List.of(
                    OutputFile.text(FOLDER + slug + ".html", html.get()),
                    OutputFile.text(FOLDER + slug + ".txt", text.get()),
                    OutputFile.text(FOLDER + slug + ".fragment.html", fragment.get()),
                    new OutputFile(FOLDER + slug + ".eml", eml));
        }

        private List<PersonItem> peopleOf(String slug, References refs) {
            Map<String, Long> counts = index.mentionsByArticle().get(slug).stream()
                    .collect(Collectors.groupingBy(m -> m.personId(), Collectors.counting()));
            return index.peopleIn(slug).stream().map(id -> index.person(id).orElseThrow())
                    .sorted(Comparator.comparing((Person p) -> -counts.getOrDefault(p.id(), 0L))
                            .thenComparing(Person::name))
                    .map(p -> person(p, refs)).toList();
        }

        private PersonItem person(Person p, References refs) {
            String url = base + "people/" + p.id() + ".html";
            String roles = p.roles().stream()
                    .map(r -> (r.current() ? r.title() : "former " + lowerFirst(r.title())) + r.organization().map(o -> ", " + o).orElse(""))
                    .collect(Collectors.joining("; "));
            return new PersonItem(p.name(), url, refs.number(url), roles.isEmpty() ? p.description() : roles);
        }

        private SourceItem source(SourceEntry s, References refs) {
            String url = s.url().orElse(base + "bibliography.html#" + s.anchor());
            return new SourceItem(s.title(), s.publisher().orElse(null), s.author().orElse(null),
                    s.date().map(PartialDate::display).orElse(null), url, refs.number(url), s.url().isPresent());
        }
    }

    /** The first paragraph, cut at a word near {@value #EXCERPT_CHARS} characters. */
    static String excerpt(Element body) {
        Element p = body.selectFirst("p");
        String text = p == null ? body.text() : p.text();
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        return text.substring(0, cut > 0 ? cut : EXCERPT_CHARS).replaceAll("[,;:\\s]+$", "") + "…";
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else the newest article's day, never the clock. */
    static Instant sendDate(SiteIndex index) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return index.articles().stream().map(a -> a.article().date()).flatMap(Optional::stream).max(Comparator.naturalOrder())
                .map(d -> d.earliestDay().atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
    }

    /** "Founding member" reads "former founding member"; "CTO" stays "CTO". */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static int readingMinutes(String markdown) {
        long words = java.util.Arrays.stream(markdown.split("\\s+"))
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        return (int) Math.max(1, Math.round(words / 230.0));
    }
}
