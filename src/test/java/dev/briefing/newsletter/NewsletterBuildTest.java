package dev.briefing.newsletter;

import dev.briefing.errors.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.index.SourceEntry;
import dev.briefing.markdown.ParsedArticle;
import dev.briefing.site.SiteBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real briefing with a base URL and checks every email the newsletter writes. */
class NewsletterBuildTest {
    static final String BASE = "https://example.org/briefing/";
    static final String UNSUBSCRIBE = "{{unsubscribe_url}}";
    /** Elements that need no style of their own: table structure and line breaks. */
    static final Set<String> UNSTYLED = Set.of("tbody", "thead", "tr", "br");

    @TempDir
    static Path tmp;
    static Path out;
    static SiteBuilder.Result result;

    @BeforeAll
    static void build() throws Exception {
        out = tmp.resolve("site");
        result = new SiteBuilder().build(new SiteBuilder.Options(Path.of("content"), Path.of("templates"), out,
                Optional.of(BASE), true));
    }

    static List<String> emailSlugs() {
        List<String> slugs = new ArrayList<>();
        result.index().articles().forEach(a -> slugs.add(a.article().slug()));
        slugs.add("digest");
        return slugs;
    }

    @Test
    void writesFourFilesForEveryArticleAndTheDigest() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String slug : emailSlugs()) {
            for (String ext : List.of(".eml", ".fragment.html", ".html", ".txt")) {
                expected.add(slug + ext);
            }
        }
        try (var files = Files.list(out.resolve("newsletter"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        // The real content's cited sources have no URL (warned about by the bibliography); the
        // newsletter itself must add no warning.
        assertThat(result.warnings()).extracting(Problem::message).containsOnly("source has no URL");
    }

    @Test
    void everyEmailFollowsTheEmailRules() throws Exception {
        for (String slug : emailSlugs()) {
            Path file = out.resolve("newsletter/" + slug + ".html");
            assertThat(Files.size(file)).as(slug).isLessThan(Newsletter.GMAIL_CLIP_BYTES);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            assertThat(doc.select("script, form, iframe, object, embed, link[rel=stylesheet]")).as(slug).isEmpty();
            // The only <style> is the colour-scheme hint; every look is inline.
            for (Element style : doc.select("style")) {
                assertThat(style.data()).as(slug).matches(":root\\{[^{}]*color-scheme[^{}]*}");
            }
            assertThat(doc.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
            assertThat(doc.select("meta[name=supported-color-schemes]")).hasSize(1);
            assertLinksAbsolute(doc, slug);
            assertEveryElementStyled(doc.body(), slug);
            assertThat(doc.select("table")).allSatisfy(t -> assertThat(t.attr("role")).isEqualTo("presentation"));
            assertThat(doc.select("img")).allSatisfy(img -> assertThat(img.attributes().hasKey("width")
                    && img.attributes().hasKey("height") && img.hasAttr("alt")).as(img.outerHtml()).isTrue());
            assertThat(doc.select("a[href=" + UNSUBSCRIBE + "]")).as(slug).hasSize(1);
            assertThat(doc.select("a:containsOwn(View on the web)").first().attr("href"))
                    .isEqualTo(slug.equals("digest") ? BASE : BASE + "articles/" + slug + ".html");
        }
    }

    @Test
    void preheaderIsTheHiddenSummary() throws Exception {
        for (ParsedArticle pa : result.index().articles()) {
            Document doc = Jsoup.parse(out.resolve("newsletter/" + pa.article().slug() + ".html").toFile(), "UTF-8");
            Element preheader = doc.body().child(0);
            assertThat(preheader.attr("style")).contains("max-height:0", "overflow:hidden", "mso-hide:all");
            // The summary, or for an article without one the start of its first paragraph.
            String expected = pa.article().summary().orElseGet(() -> pa.excerpt().substring(0, 40));
            assertThat(preheader.text()).startsWith(expected);
        }
        Document digest = Jsoup.parse(out.resolve("newsletter/digest.html").toFile(), "UTF-8");
        assertThat(digest.body().child(0).text()).startsWith(result.index().site().description());
    }

    @Test
    void peopleAreLinkedToTheirPagesOnThePublishedSite() throws Exception {
        for (ParsedArticle pa : result.index().articles()) {
            String slug = pa.article().slug();
            Document doc = Jsoup.parse(out.resolve("newsletter/" + slug + ".html").toFile(), "UTF-8");
            Set<String> linked = new TreeSet<>();
            for (Element a : doc.select("a[href^=" + BASE + "people/]")) {
                String id = a.attr("href").substring((BASE + "people/").length()).replace(".html", "");
                assertThat(out.resolve("people/" + id + ".html")).as("page of " + id).exists();
                linked.add(id);
            }
            Set<String> expected = new TreeSet<>();
            result.index().articlesByPerson().forEach((id, slugs) -> {
                if (slugs.contains(slug)) {
                    expected.add(id);
                }
            });
            assertThat(linked).as(slug).isEqualTo(expected).isNotEmpty();
            // The mention in the body links to the person too, not only the list under the article.
            Element firstMention = doc.selectFirst("td p a[href^=" + BASE + "people/]");
            assertThat(firstMention).as(slug).isNotNull();
        }
    }

    @Test
    void sourcesAreListedAndLinked() throws Exception {
        for (ParsedArticle pa : result.index().articles()) {
            String slug = pa.article().slug();
            Document doc = Jsoup.parse(out.resolve("newsletter/" + slug + ".html").toFile(), "UTF-8");
            for (SourceEntry s : result.index().sourcesCitedBy(slug)) {
                String url = s.url().orElse(BASE + "bibliography.html#" + s.anchor());
                // Cited in the site's style, with a link to the work (or its bibliography entry) after it.
                Element item = doc.selectFirst("ol li:has(a[href=" + url + "])");
                assertThat(item).as(url).isNotNull();
                assertThat(item.text().replace('’', '\'')).contains(s.title().replace('’', '\''));
                assertThat(item.select("a[href=" + url + "]").text())
                        .isEqualTo(s.url().isPresent() ? "View source" : "In the briefing’s bibliography");
                assertThat(Files.readString(out.resolve("bibliography.html"))).contains("id=\"" + s.anchor() + "\"");
            }
        }
        Document digest = Jsoup.parse(out.resolve("newsletter/digest.html").toFile(), "UTF-8");
        long cited = result.index().sources().stream().filter(s -> !s.primary()).count();
        assertThat(digest.select("ol li")).hasSize((int) cited);
        for (ParsedArticle pa : result.index().articles()) {
            assertThat(digest.select("h3 a").eachText()).contains(pa.article().title());
            assertThat(digest.select("a[href=" + BASE + "articles/" + pa.article().slug() + ".html]")).isNotEmpty();
        }
    }

    @Test
    void fragmentIsTheStyledContentBlockAlone() throws Exception {
        for (String slug : emailSlugs()) {
            String fragment = Files.readString(out.resolve("newsletter/" + slug + ".fragment.html"));
            assertThat(fragment).doesNotContain("<html", "<body", "<head", "<style", UNSUBSCRIBE);
            Element root = Jsoup.parseBodyFragment(fragment, "").body();
            assertThat(root.child(0).tagName()).isEqualTo("table");
            assertLinksAbsolute(root, slug);
            assertEveryElementStyled(root, slug);
            assertThat(Files.readString(out.resolve("newsletter/" + slug + ".html"))).contains(fragment.strip());
        }
    }

    @Test
    void plainTextHasNumberedReferencesThatMatch() throws Exception {
        for (String slug : emailSlugs()) {
            String text = Files.readString(out.resolve("newsletter/" + slug + ".txt"));
            int split = text.lastIndexOf("\nReferences\n");
            assertThat(split).as(slug).isPositive();
            String body = text.substring(0, split);
            Set<Integer> cited = new TreeSet<>();
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(body);
            while (m.find()) {
                cited.add(Integer.parseInt(m.group(1)));
            }
            List<String> refLines = text.substring(split + "\nReferences\n".length()).strip().lines().toList();
            Set<Integer> listed = new TreeSet<>();
            for (int i = 0; i < refLines.size(); i++) {
                Matcher r = Pattern.compile("\\[(\\d+)] (\\S+)").matcher(refLines.get(i));
                assertThat(r.matches()).as(refLines.get(i)).isTrue();
                assertThat(Integer.parseInt(r.group(1))).isEqualTo(i + 1);
                assertThat(r.group(2)).satisfiesAnyOf(u -> assertThat(u).startsWith(BASE),
                        u -> assertThat(u).startsWith("https://"), u -> assertThat(u).isEqualTo(UNSUBSCRIBE));
                listed.add(i + 1);
            }
            assertThat(cited).as(slug).isEqualTo(listed);
            assertThat(text).contains("[1] " + BASE + "\n", " " + UNSUBSCRIBE + "\n");
            // Wrapped for reading: only unbreakable words (URLs) run past 72 columns.
            assertThat(body.lines().filter(l -> l.length() > TextWrap.WIDTH && l.strip().contains(" ")))
                    .as(slug).isEmpty();
            assertThat(text).doesNotContain("<a ", "<p", "&amp;", "&#");
        }
    }

    @Test
    void emlParsesBackIntoTextAndHtmlParts() throws Exception {
        for (String slug : emailSlugs()) {
            MimeMessage message;
            try (InputStream in = Files.newInputStream(out.resolve("newsletter/" + slug + ".eml"))) {
                message = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(message.getContentType()).startsWith("multipart/alternative");
            assertThat(message.getHeader("MIME-Version")).containsExactly("1.0");
            assertThat(message.getMessageID()).matches("<[0-9a-f]{32}@example\\.org>");
            assertThat(message.getSentDate().toInstant())
                    .isEqualTo(Instant.ofEpochSecond(Long.parseLong(System.getenv("SOURCE_DATE_EPOCH"))));
            String subject = slug.equals("digest") ? result.index().site().title()
                    : result.index().article(slug).orElseThrow().article().title();
            assertThat(message.getSubject()).isEqualTo(subject);
            Multipart parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            BodyPart text = parts.getBodyPart(0);
            BodyPart html = parts.getBodyPart(1);
            assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
            assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
            assertThat(text.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
            assertThat(normalize((String) text.getContent()))
                    .isEqualTo(normalize(Files.readString(out.resolve("newsletter/" + slug + ".txt"))));
            assertThat(normalize((String) html.getContent()))
                    .isEqualTo(normalize(Files.readString(out.resolve("newsletter/" + slug + ".html"))));
            assertThat(Files.readAllLines(out.resolve("newsletter/" + slug + ".eml")))
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        }
    }

    @Test
    void sameInputGivesByteIdenticalEmails() throws Exception {
        Path again = tmp.resolve("again");
        new SiteBuilder().build(new SiteBuilder.Options(Path.of("content"), Path.of("templates"), again,
                Optional.of(BASE), true));
        for (String slug : emailSlugs()) {
            for (String ext : List.of(".eml", ".fragment.html", ".html", ".txt")) {
                assertThat(again.resolve("newsletter/" + slug + ext)).hasSameBinaryContentAs(
                        out.resolve("newsletter/" + slug + ext));
            }
        }
    }

    static void assertLinksAbsolute(Element root, String slug) {
        for (Element e : root.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertThat(url).as(slug + ": " + e.outerHtml()).satisfiesAnyOf(
                    u -> assertThat(u).matches("https?://\\S+"),
                    u -> assertThat(u).startsWith("mailto:"),
                    u -> assertThat(u).isEqualTo(UNSUBSCRIBE));
            assertThat(e.hasAttr("target")).isFalse();
        }
    }

    static void assertEveryElementStyled(Element root, String slug) {
        for (Element e : root.getAllElements()) {
            if (e != root && !UNSTYLED.contains(e.normalName()) && e.closest("head") == null) {
                assertThat(e.attr("style")).as(slug + ": <" + e.normalName() + "> "
                        + e.outerHtml().substring(0, Math.min(120, e.outerHtml().length()))).isNotBlank();
            }
        }
    }

    private static String normalize(String s) {
        return s.replace("\r\n", "\n").strip();
    }
}
