package dev.briefing.newsletter;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.index.SiteIndex;
import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.BodyLinks;
import dev.briefing.markdown.Excerpt;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.model.Article;
import dev.briefing.model.PartialDate;
import dev.briefing.model.Person;
import dev.briefing.model.SitePaths;
import dev.briefing.newsletter.EmailViews.ArticleEmail;
import dev.briefing.newsletter.EmailViews.Digest;
import dev.briefing.newsletter.EmailViews.DigestEntry;
import dev.briefing.newsletter.EmailViews.Frame;
import dev.briefing.newsletter.EmailViews.PersonItem;
import dev.briefing.newsletter.EmailViews.SourceItem;
import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.Templates;
import dev.briefing.sitemodel.ModelBuilder;
import dev.briefing.sitemodel.SiteModel;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The newsletter: for every article and for a digest of the whole briefing, a complete email
 * ({@code newsletter/<slug>.html}), its plain-text part ({@code .txt}), the content block alone
 * ({@code .fragment.html}) and a previewable {@code .eml}. Emails need absolute links, so a build
 * without a base URL leaves the newsletter out. Sources are cited in the site's citation style.
 */
public final class Newsletter implements OutputFormat {
    public static final String FOLDER = SitePaths.NEWSLETTER;
    public static final String DIGEST = "digest";
    /** Gmail clips messages larger than this, hiding the rest behind "View entire message". */
    public static final int GMAIL_CLIP_BYTES = 102 * 1024;

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public boolean needsBaseUrl() {
        return true;
    }

    @Override
    public String missingWithoutBaseUrl() {
        return "the newsletter (newsletter/)";
    }

    @Override
    public void write(SiteModel model, Output out) {
        SiteIndex index = model.index();
        String base = index.site().baseUrl().orElseThrow();
        Optional<EmailStyles> styles = loadStyles(out.templates(), out.problems());
        if (styles.isEmpty()) {
            return;
        }
        index.article(DIGEST).ifPresent(a -> out.problems().error(a.article().position(),
                "article slug '" + DIGEST + "' is taken by the newsletter digest (newsletter/digest.html); rename the file"));
        Run run = new Run(model, base, styles.get(), out);
        // Drafts are never sent, even in a build that shows them (--drafts).
        index.articles().parallelStream().filter(a -> !a.article().draft()).forEach(run::article);
        run.digest();
    }

    /**
     * Reports every error of the email style table while the content loads, with the other
     * template and content errors: the newsletter, which reads it, is made only once those are
     * fixed, and not at all without a base URL.
     */
    public static void checkStyles(Templates templates, Problems problems) {
        loadStyles(templates, problems);
    }

    private static Optional<EmailStyles> loadStyles(Templates templates, Problems problems) {
        Path file = templates.pathOf(EmailStyles.FILE);
        try {
            Optional<byte[]> bytes = templates.themeFile(EmailStyles.FILE);
            if (bytes.isEmpty()) {
                problems.error(SourcePosition.startOf(file), "email style table not found");
                return Optional.empty();
            }
            int errorsBefore = problems.errorCount();
            EmailStyles styles = EmailStyles.parse(new String(bytes.get(), StandardCharsets.UTF_8), file, problems);
            return problems.errorCount() == errorsBefore ? Optional.of(styles) : Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(file), "cannot read the email style table: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** One rendering of the newsletter: everything that is the same for every email. */
    private static final class Run {
        private final SiteModel model;
        private final SiteIndex index;
        private final String base;
        private final EmailStyles styles;
        private final Output out;
        private final EmailBody emailBody;
        private final Instant date;
        private final Map<String, SourceEntry> sourcesById = new HashMap<>();
        /** Each citation made fit for email once per build (and kept for the next by the memo). */
        private final Map<String, List<String>> emailCitations = new java.util.concurrent.ConcurrentHashMap<>();

        Run(SiteModel model, String base, EmailStyles styles, Output out) {
            this.model = model;
            this.index = model.index();
            this.base = base;
            this.styles = styles;
            this.out = out;
            this.emailBody = new EmailBody(styles);
            this.date = sendDate(index);
            index.sources().forEach(s -> sourcesById.put(s.id(), s));
        }

        /** An article body made fit for email, its plain text, and the links the text numbered. */
        private record Body(String html, String text, References refs) {}

        void article(ParsedArticle pa) {
            Article a = pa.article();
            String webUrl = base + SitePaths.article(a.slug());
            String bodyHtml = model.articlePages().get(a.slug()).bodyHtml();
            Body body = out.memo("newsletter body " + a.slug(), List.of(bodyHtml, base, styles.asMap()), () -> {
                References numbered = new References();
                numbered.number(base);
                numbered.number(webUrl);
                Element prepared = emailBody.prepare(BodyLinks.absolute(bodyHtml, base), webUrl);
                return new Body(prepared.html(), new PlainText(numbered).blocks(prepared), numbered);
            });
            References refs = new References(body.refs());
            int homeRef = refs.number(base);
            int webRef = refs.number(webUrl);
            String bodyText = body.text();
            String original = a.url().orElse(null);
            int originalRef = original == null ? 0 : refs.number(original);
            List<PersonItem> people = peopleOf(pa, refs);
            // In the site's citation style and its order, as the article page lists them.
            List<SourceItem> sources = model.articlePages().get(a.slug()).sources().stream()
                    .map(s -> source(sourcesById.get(s.id()), s.citationHtml(), refs)).toList();
            String summary = a.summary().orElse(null);
            ArticleEmail view = new ArticleEmail(a.title(), webUrl, webRef, a.section().orElse(null),
                    a.date().map(PartialDate::display).orElse(null), a.publisher().orElse(null),
                    a.author().orElse(null), summary, pa.readingMinutes(), body.html(), bodyText,
                    original, originalRef, people, sources);
            String preheader = summary != null ? summary : Excerpt.cut(pa.excerpt());
            Frame frame = frame(a.title(), preheader, homeRef, webUrl, webRef, refs);
            files(a.slug(), frame, Map.of("article", view), "article");
        }

        /**
         * The newest articles, as many as {@code digest_articles} says, with the people they name
         * and the works they cite, and a pointer to the rest: one issue a reader gets through, and
         * that stays under the size email clients show whole however large the briefing grows.
         */
        void digest() {
            References refs = new References();
            int homeRef = refs.number(base);
            List<ParsedArticle> published = index.articles().stream().filter(pa -> !pa.article().draft()).toList();
            List<ParsedArticle> shown = published.subList(0, Math.min(published.size(), index.site().digestArticles()));
            List<DigestEntry> entries = new ArrayList<>();
            java.util.Set<String> peopleNamed = new java.util.HashSet<>();
            java.util.Set<String> sourcesCited = new java.util.HashSet<>();
            for (ParsedArticle pa : shown) {
                Article a = pa.article();
                String url = base + SitePaths.article(a.slug());
                String summary = a.summary().orElseGet(() -> Excerpt.cut(pa.excerpt()));
                entries.add(new DigestEntry(a.title(), url, refs.number(url), a.date().map(PartialDate::display).orElse(null),
                        a.publisher().orElse(null), summary, pa.readingMinutes()));
                peopleNamed.addAll(index.peopleIn(a.slug()));
                model.articlePages().get(a.slug()).sources().forEach(s -> sourcesCited.add(s.id()));
            }
            List<PersonItem> people = index.people().stream()
                    .filter(p -> peopleNamed.contains(p.id()))
                    .map(p -> person(p, refs)).toList();
            List<SourceItem> sources = model.bibliography().stream()
                    .filter(s -> !s.primary() && sourcesCited.contains(s.id()))
                    .map(s -> source(sourcesById.get(s.id()), s.citationHtml(), refs)).toList();
            String title = index.site().title();
            Digest view = new Digest(title, index.site().description(), base, homeRef, entries,
                    published.size() - shown.size(), people, sources);
            String preheader = index.site().description().isBlank() ? title : index.site().description();
            Frame frame = frame(title, preheader, homeRef, base, homeRef, refs);
            files(DIGEST, frame, Map.of("digest", view), "digest");
        }

        private Frame frame(String subject, String preheader, int homeRef, String webUrl, int webRef, References refs) {
            String unsubscribe = index.site().unsubscribeUrl();
            int unsubscribeRef = refs.number(unsubscribe);
            return new Frame(index.site().title(), index.site().language(), subject, preheader, base, homeRef, webUrl,
                    webRef, unsubscribe, unsubscribeRef, refs.list());
        }

        private void files(String slug, Frame frame, Map<String, Object> content, String kind) {
            Map<String, Object> model = new HashMap<>(content);
            model.put("styles", styles.asMap());
            model.put("styleAttributes", styles.attributes());
            model.put("frame", frame);
            String htmlPath = SitePaths.newsletter(slug, ".html");
            String fragmentPath = SitePaths.newsletter(slug, ".fragment.html");
            String textPath = SitePaths.newsletter(slug, ".txt");
            Optional<byte[]> fragment = out.rendered("email/" + kind + ".ftlh", fragmentPath, model);
            Optional<String> text = out.rendered("email/" + kind + ".ftl", textPath, model)
                    .map(t -> out.memo("wrapped " + textPath, t, () -> TextWrap.wrap(
                            new String(t, StandardCharsets.UTF_8), TextWrap.WIDTH)));
            if (fragment.isEmpty() || text.isEmpty()) {
                return;
            }
            // Keyed by the rendered bytes themselves: the memo hands back the same array for an unchanged email.
            byte[] fragmentBytes = fragment.get();
            model.put("content", out.memo("content " + fragmentPath, new Identity(fragmentBytes),
                    () -> new String(fragmentBytes, StandardCharsets.UTF_8)));
            Optional<byte[]> html = out.rendered("email/document.ftlh", htmlPath, model);
            if (html.isEmpty()) {
                return;
            }
            // The fragment is part of the full email, so the full email's size is the one to watch.
            if (html.get().length > GMAIL_CLIP_BYTES) {
                out.problems().warning(SourcePosition.startOf(Path.of(htmlPath)), String.format(Locale.ROOT,
                        "email is %.1f KB; Gmail clips messages over 102 KB", html.get().length / 1024.0));
            }
            byte[] htmlBytes = html.get();
            String subject = frame.subject();
            byte[] eml = out.memo("eml " + slug, List.of(new Identity(htmlBytes), text.get(), subject, date),
                    () -> EmlWriter.write(new EmlWriter.Email(index.site().title(), subject, text.get(),
                            new String(htmlBytes, StandardCharsets.UTF_8), URI.create(base).getHost(), date)));
            out.write(htmlPath, html.get());
            out.write(textPath, text.get());
            out.write(fragmentPath, fragment.get());
            out.write(SitePaths.newsletter(slug, ".eml"), eml);
        }

        private List<PersonItem> peopleOf(ParsedArticle pa, References refs) {
            Map<String, Long> counts = pa.mentions().stream()
                    .collect(Collectors.groupingBy(m -> m.personId(), Collectors.counting()));
            return index.peopleIn(pa.slug()).stream().map(id -> index.person(id).orElseThrow())
                    .sorted(Comparator.comparing((Person p) -> -counts.getOrDefault(p.id(), 0L))
                            .thenComparing(Person::name))
                    .map(p -> person(p, refs)).toList();
        }

        private PersonItem person(Person p, References refs) {
            String url = base + SitePaths.person(p.id());
            String roles = p.roles().stream()
                    .map(r -> (r.current() ? r.title() : "former " + ModelBuilder.lowerFirst(r.title()))
                            + r.organization().map(o -> ", " + o).orElse(""))
                    .collect(Collectors.joining("; "));
            return new PersonItem(p.name(), url, refs.number(url), roles.isEmpty() ? p.description() : roles);
        }

        /** A source with its citation as the site formats it, made fit for email and plain text. */
        private SourceItem source(SourceEntry s, String citationHtml, References refs) {
            String url = s.url().orElse(base + SitePaths.source(s.anchor()));
            // Each citation made fit for email once, though many emails cite the same work.
            String html = citationHtml == null ? "" : citationHtml;
            List<String> forEmail = emailCitations.computeIfAbsent(html, h -> out.memo("email citation " + h, h,
                    () -> List.of(CitationText.emailHtml(h), CitationText.plain(h))));
            return new SourceItem(s.title(), s.publisher().orElse(null), s.author().orElse(null),
                    s.date().map(PartialDate::display).orElse(null), url, refs.number(url), s.url().isPresent(),
                    forEmail.get(0), forEmail.get(1));
        }
    }

    /** Equal only to itself: a memo key for bytes the memo itself handed back unchanged. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
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
}
