import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes one synthetic briefing of N articles in the formats of several site generators, so their
 * builds can be compared on the same text: Briefing's content folder, and a Hugo, an Eleventy and a
 * Jekyll site with equivalent templates from {@code bench/themes/} (article pages listing their
 * people and sources, a home list, people as a taxonomy with one page per person, a feed and a
 * sitemap).
 *
 * <p>The corpus is as demanding as a real briefing: articles of about 1,100 words in several
 * sections with headings, lists, a quotation and links; 2 to 6 people per article from a pool of
 * 2,000 (full name at first mention, family name alone or possessive later, never two people of
 * the same family name in one article); 1 to 5 cited works per article from a few dozen outlets,
 * in front matter and, for some articles, again as a "Sources" list in the text; works cited by
 * several articles; and works that share a headline across two outlets (two URLs). Deterministic:
 * a fixed seed, so the same N always gives the same files.
 *
 * <p>Usage: {@code java bench/Corpus.java N OUT [--formats briefing,hugo,eleventy,jekyll]
 * [--no-shared-titles]}, from the repository's root, writes {@code OUT/<format>/} for each format
 * (default: briefing,hugo).
 */
public final class Corpus {
    static final long SEED = 20260519L;
    static final int PEOPLE = 2000;
    static final String BASE_URL = "https://example.org/briefing/";
    static final String SITE_TITLE = "Benchmark briefing";

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/Corpus.java N OUT [--formats briefing,hugo,eleventy,jekyll]"
                    + " [--no-shared-titles]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<String> formats = List.of("briefing", "hugo");
        boolean sharedTitles = true;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--formats" -> formats = List.of(args[++i].split(","));
                case "--no-shared-titles" -> sharedTitles = false;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Site site = new Generator(new Random(SEED), n, sharedTitles).site();
        for (String format : formats) {
            Path dir = out.resolve(format);
            switch (format) {
                case "briefing" -> BriefingFormat.write(site, dir);
                case "hugo" -> HugoFormat.write(site, dir);
                case "eleventy" -> EleventyFormat.write(site, dir);
                case "jekyll" -> JekyllFormat.write(site, dir);
                default -> {
                    System.err.println("unknown format " + format);
                    System.exit(2);
                }
            }
        }
        long words = site.articles.stream().mapToLong(a -> a.body.split("\\s+").length).sum();
        long citations = site.articles.stream().mapToLong(a -> a.works.size()).sum();
        System.out.printf(Locale.ROOT, "%d articles (%d words each on average), %d people named, %d works cited %d"
                        + " times, %d headlines shared by two outlets: %s in %s%n", n, words / Math.max(1, n),
                site.people.size(), site.citedWorks().size(), citations, site.sharedTitlesCited(),
                String.join(", ", formats), out);
    }

    // ---------------------------------------------------------------------------------------------
    // The corpus, independent of any format

    record Role(String title, String organization, String from, String to, String statedIn) {}

    record Event(String date, String what, String statedIn) {}

    static final class Person {
        final String id;
        final String name;
        final String family;
        final String alias;
        final String description;
        final List<Role> roleDrafts;
        final boolean hasEvent;
        final String eventDate;
        /** Articles naming this person, in corpus order. */
        final List<String> namedIn = new ArrayList<>();

        Person(String id, String name, String family, String alias, String description, List<Role> roleDrafts,
                boolean hasEvent, String eventDate) {
            this.id = id;
            this.name = name;
            this.family = family;
            this.alias = alias;
            this.description = description;
            this.roleDrafts = roleDrafts;
            this.hasEvent = hasEvent;
            this.eventDate = eventDate;
        }

        /** Roles and events are stated in the first articles that name the person. */
        List<Role> roles() {
            List<Role> out = new ArrayList<>();
            for (int i = 0; i < roleDrafts.size(); i++) {
                Role r = roleDrafts.get(i);
                out.add(new Role(r.title, r.organization, r.from, r.to, namedIn.get(Math.min(i, namedIn.size() - 1))));
            }
            return out;
        }

        List<Event> events() {
            return hasEvent ? List.of(new Event(eventDate, "Joined " + roleDrafts.get(0).organization + " as "
                    + roleDrafts.get(0).title, namedIn.get(0))) : List.of();
        }
    }

    record Work(String title, String publisher, String url, String date, String author) {}

    static final class Article {
        String slug;
        String title;
        String date;
        String section;
        String publisher;
        String author;
        String url;
        String summary;
        final List<Person> people = new ArrayList<>();
        final List<Work> works = new ArrayList<>();
        /** The Markdown body, the same for every format. */
        String body;
    }

    static final class Site {
        final List<Person> people = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();

        List<Work> citedWorks() {
            Set<Work> all = new LinkedHashSet<>();
            articles.forEach(a -> all.addAll(a.works));
            return List.copyOf(all);
        }

        long sharedTitlesCited() {
            Map<String, Set<String>> publishersByTitle = new HashMap<>();
            citedWorks().forEach(w -> publishersByTitle.computeIfAbsent(w.title, t -> new HashSet<>()).add(w.publisher));
            return publishersByTitle.values().stream().filter(s -> s.size() > 1).count();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary (invented names, so no real person or outlet is quoted)

    static final String[] GIVEN = words("Ada Adrian Aiko Alba Amara Anders Anika Arjun Astrid Aurelio Beatrix Bodhi "
            + "Callum Camila Cosima Dalia Damaris Darius Delphine Dmitri Edda Elio Elodie Emeric Esra Ezra Fabian "
            + "Farah Felix Freya Gideon Giulia Hana Hector Idris Ilse Imani Ingrid Isandro Ivo Jasper Jovana Juno "
            + "Kaito Kalinda Kasimir Keziah Laila Leandro Linnea Lorenzo Lucia Magnus Malia Marek Marisol Matteo "
            + "Mireille Nadia Nikolai Noor Odile Oskar Paloma Petra Priya Quentin Rafael Rania Reuben Rosalind Sana "
            + "Saoirse Sebastian Selin Silas Solveig Tamsin Teodor Thandiwe Tobias Ulla Valentin Vesna Wilhelmina "
            + "Xiomara Yara Yusuf Zaida Zoltan");
    static final String[] FAMILY = words("Abernathy Achterberg Adeyemi Albescu Alcantara Amsel Andrada Arkwright "
            + "Ashdown Auclair Bakshi Balogun Barrowclough Belmonte Bergqvist Blomqvist Bolaño Brackenridge Brannigan "
            + "Castellanos Cavendish Chaudhry Cheng Cieslak Coutinho Dabrowski Dalgaard Delacroix Desrosiers Dimitrov "
            + "Drummond Duchesne Eckhart Edelstein Ekwueme Elvander Esterhazy Falkenrath Farrokhzad Fennimore "
            + "Fitzgerald Fonseca Galbraith Garamendi Gerritsen Goldwasser Gräfenberg Gunawardena Haddad Halloran "
            + "Hartigan Hasselblad Heathcote Hernández Holmqvist Huxtable Ibarra Iwasaki Jablonski Jaramillo "
            + "Jovanović Kaczmarek Kalnins Karagöz Kavanagh Kellerman Khorasani Kiriakou Kowalczyk Krishnamurthy "
            + "Kuznetsova Lachance Lamberti Lindgren Llewellyn Lombardi Lundqvist Macready Magnusson Malhotra "
            + "Marchetti Matsumoto McAllister Mendizábal Mercado Moncrieff Montague Mukherjee Nakagawa Navarro "
            + "Nieminen Novak Obradović Odhiambo Okonkwo Oyelaran Pachauri Pankhurst Papadakis Pellegrino Petrović "
            + "Pfeiffer Quintero Radcliffe Ramaswamy Rasmussen Ravenscroft Rekowski Rinaldi Rosenqvist Rutherford "
            + "Sandoval Santangelo Sauveterre Schoenberg Seferis Shcherbakov Silvestri Sinclair Skarsgard "
            + "Sokolowski Srinivasan Stavros Strathmore Sundqvist Szabo Takahashi Tamboli Tavernier Thorvaldsen "
            + "Tiberius Toussaint Trevelyan Uchenna Umarov Valdivia Vanterpool Vasquez Velasco Verhoeven Villanueva "
            + "Vukovic Wadsworth Wakefield Weatherby Wexler Whitcombe Wojcik Yamamoto Yazdani Yevtushenko Zamora "
            + "Zanetti Zielinski Zubiri Zwicker");
    static final String[] ORG_HEAD = words("Arclight Northbeam Quillon Veridian Halcyon Lumenfold Stratagem Ironbark "
            + "Corvane Tessellate Brightwater Kestrel Mirador Obsidian Parallax Sablecrest Tidewater Umbra Vantage "
            + "Wintergreen");
    static final String[] ORG_TAIL = words("Labs Systems Capital Institute Robotics Foundation Health Networks");
    static final String[] OUTLET = {"The Daily Ledger", "Tech Courier", "Market Wire", "The Evening Signal",
        "Frontier Review", "Capital Dispatch", "The Compute Journal", "Open Circuit", "Policy Monitor",
        "The Research Post", "Silicon Gazette", "The Weekly Brief", "Data Chronicle", "The Morning Index",
        "Global Tribune", "Network Times", "The Analyst", "Venture Herald", "Science Current", "The Register Desk",
        "Metro Observer", "The Long View", "Lab Notes", "Signal and Noise", "The Quarterly", "Infra Weekly",
        "The Builder", "Model Watch", "The Standard Report", "Harbor News", "Civic Ledger", "The Field Guide"};
    static final String[] ROLE_TITLES = {"Chief Executive", "Chief Technology Officer", "Head of Research",
        "Member of Technical Staff", "Research Scientist", "Policy Director", "Founder", "Co-founder",
        "Vice President of Engineering", "Head of Product", "Professor of Computer Science", "Lead of the training team",
        "Chief Scientist", "Board member", "Head of Safety", "Senior Engineer", "Partner", "Managing Director"};
    static final String[] SECTIONS = {"views", "World", "Technology", "Business", "Science", "Policy"};
    static final String[] NOUNS = words("model team research lab training data system compute policy market report "
            + "analysis growth signal method result change process network capacity product design review strategy "
            + "decision evidence pressure launch partner project question answer theory practice scale cost value "
            + "risk rule plan budget quarter benchmark cluster pipeline agent dataset release roadmap contract "
            + "investment regulator audit framework platform customer revenue margin talent hire mandate loop "
            + "inference chip supplier factory deployment license standard protocol interface memo forecast");
    static final String[] VERBS = words("builds ships measures tests studies shapes changes drives limits expands "
            + "replaces doubles funds trains reviews delays accelerates questions reports announces outlines "
            + "publishes improves reduces narrows widens signals follows leads frames targets secures");
    static final String[] ADJECTIVES = words("new large early recent broad narrow open closed quiet rapid steady "
            + "costly public private internal external global regional critical central frontier practical "
            + "technical commercial strategic modest ambitious uncertain measurable recursive");
    static final String[] LINKERS = {"and", "while", "because", "although", "as", "since", "but"};
    static final String[] PREPOSITIONS = {"of", "for", "in", "across", "behind", "within", "around", "beyond"};
    static final String[] SAID = {"said", "wrote", "argued", "noted", "told reporters", "explained"};

    static String[] words(String s) {
        return s.split(" ");
    }

    // ---------------------------------------------------------------------------------------------

    /** Draws the corpus; every random choice comes from one seeded generator, in a fixed order. */
    static final class Generator {
        final Random r;
        final int n;
        final boolean sharedTitles;
        final List<Person> pool = new ArrayList<>();
        final List<String> orgs = new ArrayList<>();
        final List<Work> works = new ArrayList<>();
        final Set<String> slugs = new HashSet<>();
        final Set<String> workIds = new HashSet<>();

        Generator(Random r, int n, boolean sharedTitles) {
            this.r = r;
            this.n = n;
            this.sharedTitles = sharedTitles;
        }

        Site site() {
            for (String head : ORG_HEAD) {
                for (String tail : ORG_TAIL) {
                    orgs.add(head + " " + tail);
                }
            }
            drawPeople();
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                articles.add(articleHead(i));
            }
            drawWorks();
            Site site = new Site();
            for (Article a : articles) {
                drawPeopleAndWorks(a);
                a.body = new BodyWriter(this, a).write();
                site.articles.add(a);
            }
            for (Person p : pool) {
                if (!p.namedIn.isEmpty()) {
                    site.people.add(p);
                }
            }
            return site;
        }

        private void drawPeople() {
            Set<String> names = new HashSet<>();
            while (pool.size() < PEOPLE) {
                String given = pick(GIVEN);
                String family = pick(FAMILY);
                String name = given + " " + family;
                if (!names.add(name)) {
                    continue;
                }
                String alias = r.nextInt(20) == 0 ? given + " " + (char) ('A' + r.nextInt(26)) + ". " + family : null;
                List<Role> roles = new ArrayList<>();
                int count = 1 + r.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String from = r.nextBoolean() ? partialDate(2015, 2026) : null;
                    String to = null;
                    if (i > 0 && r.nextInt(3) == 0) { // an earlier, finished role
                        int year = 2010 + r.nextInt(10);
                        from = String.valueOf(year);
                        to = String.valueOf(year + 1 + r.nextInt(5));
                    }
                    roles.add(new Role(pick(ROLE_TITLES), orgs.get(r.nextInt(orgs.size())), from, to, null));
                }
                String description = roles.get(0).title + " at " + roles.get(0).organization
                        + (roles.size() > 1 ? "; previously " + roles.get(1).title.toLowerCase(Locale.ROOT) + " at "
                        + roles.get(1).organization : "") + ".";
                pool.add(new Person(slug(name), name, family, alias, description, roles, r.nextInt(3) == 0,
                        partialDate(2018, 2026)));
            }
        }

        private Article articleHead(int i) {
            Article a = new Article();
            String title;
            String slug;
            do {
                title = headline();
                slug = slug(title);
            } while (!slugs.add(slug));
            a.title = title;
            a.slug = slug;
            int day = (int) ((long) i * 2400 / Math.max(1, n)) + r.nextInt(3);
            a.date = java.time.LocalDate.of(2019, 1, 1).plusDays(day).toString();
            a.section = r.nextInt(4) == 0 ? null : pick(SECTIONS);
            a.publisher = r.nextInt(3) == 0 ? pick(OUTLET) : null;
            a.author = r.nextInt(3) == 0 ? pick(GIVEN) + " " + pick(FAMILY) : null;
            a.url = a.publisher != null && r.nextBoolean() ? outletUrl(a.publisher, a.date, a.slug) : null;
            return a;
        }

        /**
         * The works articles cite: three per article; a quarter of citations go to the 5% "popular"
         * ones, cited by many articles; some headlines are run by two outlets (same title, two URLs).
         */
        private void drawWorks() {
            int count = Math.max(30, 3 * n);
            while (works.size() < count) {
                String title;
                do {
                    title = workTitle();
                } while (slugs.contains(slug(title)) || !workIds.add(slug(title)));
                String publisher = pick(OUTLET);
                works.add(work(title, publisher));
                if (sharedTitles && r.nextInt(25) == 0) {
                    String other;
                    do {
                        other = pick(OUTLET);
                    } while (other.equals(publisher));
                    works.add(work(title, other));
                }
            }
        }

        private Work work(String title, String publisher) {
            String date = r.nextInt(10) < 7 ? partialDate(2018, 2026) : null;
            String url = r.nextInt(20) == 0 ? null
                    : outletUrl(publisher, date == null ? "2024" : date.substring(0, 4), slug(title));
            String author = r.nextInt(5) < 2 ? pick(GIVEN) + " " + pick(FAMILY) : null;
            return new Work(title, publisher, url, date, author);
        }

        private void drawPeopleAndWorks(Article a) {
            int people = 2 + r.nextInt(5);
            Set<String> families = new HashSet<>();
            while (a.people.size() < people) {
                // A few people are in the news all the time: a quarter of mentions go to the first 40.
                Person p = r.nextInt(4) == 0 ? pool.get(r.nextInt(40)) : pool.get(r.nextInt(pool.size()));
                if (families.add(p.family)) {
                    a.people.add(p);
                    p.namedIn.add(a.slug);
                }
            }
            int cited = 1 + r.nextInt(5);
            while (a.works.size() < cited) {
                Work w = r.nextInt(4) == 0 ? works.get(r.nextInt(Math.max(1, works.size() / 20)))
                        : works.get(r.nextInt(works.size()));
                if (!a.works.contains(w)) {
                    a.works.add(w);
                }
            }
            Person lead = a.people.get(0);
            a.summary = lead.name + " " + pick(VERBS) + " the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " "
                    + pick(PREPOSITIONS) + " the " + pick(NOUNS) + "; " + clause() + ".";
        }

        String headline() {
            return switch (r.nextInt(4)) {
                case 0 -> capital(pick(ADJECTIVES)) + " " + pick(NOUNS) + " " + pick(VERBS) + " the " + pick(NOUNS)
                        + " " + pick(PREPOSITIONS) + " " + pick(orgs);
                case 1 -> pick(orgs) + " " + pick(VERBS) + " its " + pick(ADJECTIVES) + " " + pick(NOUNS) + " "
                        + pick(NOUNS);
                case 2 -> "Why the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(VERBS) + " the "
                        + pick(NOUNS) + " " + pick(NOUNS);
                default -> "Inside the " + pick(NOUNS) + " that " + pick(VERBS) + " " + pick(orgs) + "'s "
                        + pick(NOUNS);
            };
        }

        String workTitle() {
            return switch (r.nextInt(3)) {
                case 0 -> pick(orgs) + " " + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS) + " "
                        + pick(NOUNS) + ", " + pick(ADJECTIVES) + " " + pick(NOUNS);
                case 1 -> "Report: " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(VERBS) + " "
                        + pick(NOUNS) + " " + pick(PREPOSITIONS) + " " + pick(orgs);
                default -> capital(pick(NOUNS)) + " " + pick(NOUNS) + " " + pick(VERBS) + " as " + pick(orgs) + " "
                        + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS);
            };
        }

        String clause() {
            StringBuilder sb = new StringBuilder();
            sb.append(r.nextBoolean() ? "the " : "a ");
            if (r.nextBoolean()) {
                sb.append(pick(ADJECTIVES)).append(' ');
            }
            sb.append(pick(NOUNS)).append(' ').append(pick(VERBS)).append(" the ").append(pick(NOUNS));
            int more = r.nextInt(4);
            for (int i = 0; i < more; i++) {
                sb.append(' ').append(pick(PREPOSITIONS)).append(" the ");
                if (r.nextBoolean()) {
                    sb.append(pick(ADJECTIVES)).append(' ');
                }
                sb.append(pick(NOUNS));
            }
            return sb.toString();
        }

        /** A sentence of 8 to 30 words, capitalised and ending in a full stop. */
        String sentence() {
            StringBuilder sb = new StringBuilder(clause());
            int clauses = r.nextInt(3);
            for (int i = 0; i < clauses; i++) {
                sb.append(r.nextInt(4) == 0 ? ", " : " ").append(pick(LINKERS)).append(' ').append(clause());
            }
            if (r.nextInt(6) == 0) {
                sb.append(", by ").append(10 + r.nextInt(89)).append('%');
            } else if (r.nextInt(8) == 0) {
                sb.append(" in ").append(2019 + r.nextInt(8));
            }
            return capital(sb.toString()) + ".";
        }

        String pick(String[] options) {
            return options[r.nextInt(options.length)];
        }

        String pick(List<String> options) {
            return options.get(r.nextInt(options.size()));
        }

        String partialDate(int fromYear, int toYear) {
            int year = fromYear + r.nextInt(toYear - fromYear + 1);
            return switch (r.nextInt(3)) {
                case 0 -> String.valueOf(year);
                case 1 -> String.format(Locale.ROOT, "%d-%02d", year, 1 + r.nextInt(12));
                default -> String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            };
        }
    }

    /** Writes one article's Markdown body: sections, lists, a quotation, links, mentions, sources. */
    static final class BodyWriter {
        final Generator g;
        final Random r;
        final Article a;
        final StringBuilder md = new StringBuilder();
        final List<Person> introduced = new ArrayList<>();
        int words;

        BodyWriter(Generator g, Article a) {
            this.g = g;
            this.r = g.r;
            this.a = a;
        }

        String write() {
            int target = 950 + r.nextInt(300);
            int sections = 4 + r.nextInt(3);
            paragraph(2, 3);
            int quoteIn = 1 + r.nextInt(sections - 1);
            int bulletsIn = r.nextInt(sections);
            int numbersIn = r.nextInt(sections);
            for (int s = 0; s < sections; s++) {
                md.append("## ").append(heading()).append("\n\n");
                int sectionEnd = target * (s + 1) / sections;
                boolean first = true;
                while (first || words < sectionEnd - 60) {
                    paragraph(3, 5);
                    if (first && s == bulletsIn) {
                        bullets();
                    }
                    if (first && s == numbersIn) {
                        numbered();
                    }
                    if (first && s == quoteIn) {
                        quote();
                    }
                    first = false;
                }
            }
            if (r.nextInt(5) < 2) {
                sources();
            }
            return md.toString();
        }

        private void paragraph(int min, int max) {
            int count = min + r.nextInt(max - min + 1);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    p.append(' ');
                }
                p.append(i == 1 || r.nextInt(3) == 0 ? sentenceWithPerson() : g.sentence());
            }
            if (r.nextInt(4) == 0) {
                p.append(' ').append(linkSentence());
            }
            line(p.toString());
        }

        /** A sentence naming someone: the next new person in full, else one already named. */
        private String sentenceWithPerson() {
            Person next = introduced.size() < a.people.size() ? a.people.get(introduced.size()) : null;
            if (next != null && (introduced.isEmpty() || r.nextInt(3) > 0)) {
                introduced.add(next);
                String name = next.alias != null && r.nextBoolean() ? next.alias : next.name;
                Role role = next.roleDrafts.get(0);
                if (next.namedIn.get(0).equals(a.slug) || r.nextBoolean()) {
                    return name + ", " + role.title() + " at " + role.organization() + ", " + pick(SAID) + " that "
                            + g.clause() + ".";
                }
                return name + " " + pick(VERBS) + " the " + pick(NOUNS) + " " + pick(PREPOSITIONS) + " "
                        + role.organization() + ", " + pick(LINKERS) + " " + g.clause() + ".";
            }
            if (introduced.isEmpty()) {
                return g.sentence();
            }
            Person p = introduced.get(r.nextInt(introduced.size()));
            return switch (r.nextInt(4)) {
                case 0 -> p.family + "’s " + pick(NOUNS) + " " + pick(VERBS) + " the " + pick(NOUNS) + ", "
                        + pick(LINKERS) + " " + g.clause() + ".";
                case 1 -> "According to " + p.family + ", " + g.clause() + ".";
                case 2 -> "“" + capital(g.clause()) + ",” " + p.family + " " + pick(SAID) + ".";
                default -> p.family + " " + pick(VERBS) + " the " + pick(NOUNS) + " " + pick(PREPOSITIONS) + " the "
                        + pick(NOUNS) + ".";
            };
        }

        private String linkSentence() {
            Work w = a.works.get(r.nextInt(a.works.size()));
            String text = w.url() == null ? "the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " report"
                    : "[" + w.publisher() + " reported](" + w.url() + ")";
            return "As " + text + ", " + g.clause() + ".";
        }

        private void bullets() {
            int items = 3 + r.nextInt(3);
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < items; i++) {
                list.append("- ");
                if (r.nextBoolean()) {
                    list.append("**").append(capital(pick(ADJECTIVES))).append(' ').append(pick(NOUNS))
                            .append(".** ");
                }
                list.append(r.nextInt(3) == 0 ? sentenceWithPerson() : g.sentence()).append('\n');
            }
            block(list.toString());
        }

        private void numbered() {
            int items = 3 + r.nextInt(2);
            StringBuilder list = new StringBuilder();
            for (int i = 1; i <= items; i++) {
                list.append(i).append(". ").append(capital(pick(NOUNS))).append(' ').append(i).append(".0: ")
                        .append(g.sentence()).append('\n');
            }
            block(list.toString());
        }

        private void quote() {
            Person p = introduced.isEmpty() ? a.people.get(0) : introduced.get(r.nextInt(introduced.size()));
            String who = introduced.contains(p) ? p.family : p.name;
            if (!introduced.contains(p)) {
                introduced.add(p);
            }
            line("> “" + g.sentence() + " " + g.sentence() + "” — " + who);
        }

        /** Repeats the front matter's works as a "Sources" list, sometimes with one more work. */
        private void sources() {
            List<Work> listed = new ArrayList<>(a.works);
            if (r.nextInt(3) == 0) {
                Work extra = g.works.get(r.nextInt(g.works.size()));
                if (!listed.contains(extra)) {
                    listed.add(extra);
                }
            }
            md.append(r.nextBoolean() ? "## Sources\n\n" : "**Sources**\n\n");
            StringBuilder list = new StringBuilder();
            for (Work w : listed) {
                list.append("- ").append(w.url() == null ? w.title() : "[" + w.title() + "](" + w.url() + ")")
                        .append(" — ").append(w.publisher());
                if (w.date() != null) {
                    list.append(" (").append(w.date()).append(')');
                }
                list.append('\n');
            }
            block(list.toString());
        }

        private String heading() {
            return switch (r.nextInt(4)) {
                case 0 -> "Why the " + pick(NOUNS) + " matters";
                case 1 -> capital(pick(ADJECTIVES)) + " " + pick(NOUNS) + " and the " + pick(NOUNS);
                case 2 -> "What the " + pick(NOUNS) + " " + pick(VERBS).replaceFirst("s$", "") + "s next";
                default -> "The " + pick(NOUNS) + " " + pick(PREPOSITIONS) + " the " + pick(NOUNS);
            };
        }

        private void line(String text) {
            block(text + "\n");
        }

        private void block(String text) {
            md.append(text).append('\n');
            words += text.split("\\s+").length;
        }

        private String pick(String[] options) {
            return g.pick(options);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Formats. Each tool's templates and settings are files in bench/themes/<format>/, copied as
    // they are; only the content is written here.

    /** Briefing's content folder: site.yaml, people.yaml, articles/*.md (docs/content-format.md). */
    static final class BriefingFormat {
        static void write(Site site, Path dir) {
            writeFile(dir.resolve("site.yaml"), "title: " + q(SITE_TITLE) + "\n"
                    + "description: \"A synthetic briefing for benchmarks: long articles, many people, shared sources.\"\n"
                    + "language: en\nbase_url: " + BASE_URL + "\ncitation_style: apa\n");
            StringBuilder people = new StringBuilder();
            for (Person p : site.people) {
                people.append("- id: ").append(p.id).append("\n  name: ").append(q(p.name)).append('\n');
                if (p.alias != null) {
                    people.append("  aliases: [").append(q(p.alias)).append("]\n");
                }
                people.append("  description: ").append(q(p.description)).append("\n  roles:\n");
                for (Role role : p.roles()) {
                    people.append("    - title: ").append(q(role.title())).append("\n      organization: ")
                            .append(q(role.organization())).append('\n');
                    optional(people, "      from", role.from());
                    if (role.to() != null) {
                        people.append("      to: ").append(q(role.to())).append("\n      current: false\n");
                    }
                    people.append("      stated_in: [").append(role.statedIn()).append("]\n");
                }
                List<Event> events = p.events();
                if (!events.isEmpty()) {
                    people.append("  events:\n");
                    for (Event e : events) {
                        people.append("    - date: ").append(q(e.date())).append("\n      what: ").append(q(e.what()))
                                .append("\n      stated_in: [").append(e.statedIn()).append("]\n");
                    }
                }
                people.append('\n');
            }
            writeFile(dir.resolve("people.yaml"), people.toString());
            // People are found in the text: the front matter does not list them.
            site.articles.forEach(a -> writeFile(dir.resolve("articles").resolve(a.slug + ".md"),
                    article(a, "", true)));
        }
    }

    /**
     * A Hugo site: people are a taxonomy, with each person's name, description and roles in
     * {@code content/people/<id>/_index.md}; feeds and the sitemap are Hugo's defaults.
     */
    static final class HugoFormat {
        static void write(Site site, Path dir) {
            copyTheme("hugo", dir);
            for (Person p : site.people) {
                StringBuilder fm = new StringBuilder("---\n");
                fm.append("title: ").append(q(p.name)).append("\ndescription: ").append(q(p.description)).append('\n');
                roles(fm, p, "");
                fm.append("---\n");
                writeFile(dir.resolve("content/people").resolve(p.id).resolve("_index.md"), fm.toString());
            }
            site.articles.forEach(a -> writeFile(dir.resolve("content/articles").resolve(a.slug + ".md"),
                    article(a, "", false)));
        }
    }

    /**
     * An Eleventy site: Markdown articles with Nunjucks layouts; the people registry is a data file
     * the people pages are paginated from.
     */
    static final class EleventyFormat {
        static void write(Site site, Path dir) {
            copyTheme("eleventy", dir);
            StringBuilder people = new StringBuilder("[\n");
            for (int i = 0; i < site.people.size(); i++) {
                Person p = site.people.get(i);
                people.append("{\"id\": ").append(q(p.id)).append(", \"name\": ").append(q(p.name))
                        .append(", \"description\": ").append(q(p.description)).append(", \"roles\": [");
                List<Role> roles = p.roles();
                for (int k = 0; k < roles.size(); k++) {
                    Role role = roles.get(k);
                    people.append(k > 0 ? ", " : "").append("{\"title\": ").append(q(role.title()))
                            .append(", \"organization\": ").append(q(role.organization()));
                    if (role.from() != null) {
                        people.append(", \"from\": ").append(q(role.from()));
                    }
                    if (role.to() != null) {
                        people.append(", \"to\": ").append(q(role.to()));
                    }
                    people.append(", \"stated_in\": ").append(q(role.statedIn())).append('}');
                }
                people.append("]}").append(i + 1 < site.people.size() ? ",\n" : "\n");
            }
            writeFile(dir.resolve("_data/registry.json"), people.append("]\n").toString());
            site.articles.forEach(a -> writeFile(dir.resolve("articles").resolve(a.slug + ".md"),
                    article(a, "layout: article.njk\n", false)));
        }
    }

    /** A Jekyll site: articles as a collection, the people registry as a data file. */
    static final class JekyllFormat {
        static void write(Site site, Path dir) {
            copyTheme("jekyll", dir);
            StringBuilder people = new StringBuilder();
            for (Person p : site.people) {
                people.append("- id: ").append(p.id).append("\n  name: ").append(q(p.name)).append("\n  description: ")
                        .append(q(p.description)).append('\n');
                roles(people, p, "  ");
            }
            writeFile(dir.resolve("_data/people.yml"), people.toString());
            site.articles.forEach(a -> writeFile(dir.resolve("_articles").resolve(a.slug + ".md"),
                    article(a, "layout: article\n", false)));
        }
    }

    /**
     * An article's file: the same front matter and text for every tool, except that Briefing calls
     * the outlet's section {@code section} and the original's address {@code url} (names other
     * tools reserve) and finds the people in the text, where the others are given them by id.
     */
    static String article(Article a, String head, boolean briefing) {
        StringBuilder fm = new StringBuilder("---\n").append(head);
        fm.append("title: ").append(q(a.title)).append("\ndate: ").append(a.date).append('\n');
        optional(fm, briefing ? "section" : "outlet_section", a.section);
        optional(fm, "publisher", a.publisher);
        optional(fm, "author", a.author);
        optional(fm, briefing ? "url" : "original_url", a.url);
        fm.append("summary: ").append(q(a.summary)).append('\n');
        if (!briefing) {
            fm.append("people:\n");
            a.people.forEach(p -> fm.append("  - ").append(p.id).append('\n'));
        }
        sources(fm, a.works);
        return fm.append("---\n\n").append(a.body).toString();
    }

    static void sources(StringBuilder yaml, List<Work> works) {
        yaml.append("sources:\n");
        for (Work w : works) {
            yaml.append("  - title: ").append(q(w.title())).append("\n    publisher: ").append(q(w.publisher()))
                    .append('\n');
            optional(yaml, "    author", w.author());
            optional(yaml, "    date", w.date());
            optional(yaml, "    url", w.url());
        }
    }

    /** A person's roles as a {@code roles:} list, every line indented by {@code indent}. */
    static void roles(StringBuilder yaml, Person p, String indent) {
        yaml.append(indent).append("roles:\n");
        for (Role role : p.roles()) {
            yaml.append(indent).append("  - title: ").append(q(role.title())).append('\n');
            yaml.append(indent).append("    organization: ").append(q(role.organization())).append('\n');
            optional(yaml, indent + "    from", role.from());
            optional(yaml, indent + "    to", role.to());
            yaml.append(indent).append("    stated_in: ").append(q(role.statedIn())).append('\n');
        }
    }

    /** Copies bench/themes/FORMAT/ (templates and settings) into the site folder. */
    static void copyTheme(String format, Path dir) {
        Path theme = Path.of("bench/themes", format);
        if (!Files.isDirectory(theme)) {
            throw new IllegalStateException("no " + theme + ": run the generator from the repository's root");
        }
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(theme.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    static void optional(StringBuilder yaml, String key, String value) {
        if (value != null) {
            yaml.append(key).append(": ").append(q(value)).append('\n');
        }
    }

    /** A YAML double-quoted scalar (also a JSON string, for the texts written here). */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String outletUrl(String outlet, String date, String slug) {
        String domain = slug(outlet).replace("-", "").replaceFirst("^the", "") + ".example";
        return "https://www." + domain + "/" + date.replace('-', '/') + "/" + slug;
    }

    static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
