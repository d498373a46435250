import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic content folder for the benchmark: N articles of about 600 words, a registry
 * of people whose names appear in the text (full names, then family names alone), and cited
 * sources. Deterministic for a given N (fixed seed), so runs are comparable.
 *
 * <p>Usage: {@code java bench/GenerateCorpus.java 1000 /tmp/bench-1000}
 */
public final class GenerateCorpus {
    private static final String[] WORDS = ("the a model team research lab training data system compute policy market "
            + "report analysis growth signal method result change process network capacity product design review "
            + "strategy decision evidence pressure launch partner project question answer theory practice scale "
            + "cost value risk rule plan budget quarter week month build ship measure test study trend").split(" ");
    private static final String[] GIVEN = ("Ada Bela Cyra Dario Elin Farid Greta Hugo Ines Jonas Kira Luca Mina Nils "
            + "Oona Pavel Quinn Rosa Soren Tala Umar Vera Wes Xena Yuri Zane").split(" ");
    private static final String[] FAMILY = ("Abbot Brenner Castell Dorsey Ekdahl Falk Grimaldi Holt Ivers Jarman "
            + "Kessler Lindqvist Marlow Norberg Okafor Pryce Quist Rainer Solberg Tanaka Ulrich Vance Whitlock "
            + "Yates Zeller Ashby Brandt Corwin Delacroix Emery").split(" ");

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        Random random = new Random(42);
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("site.yaml"), "title: \"Benchmark briefing\"\nlanguage: en\n");

        int peopleCount = Math.max(20, Math.min(GIVEN.length * FAMILY.length, n / 5));
        List<String[]> people = new ArrayList<>();
        StringBuilder registry = new StringBuilder();
        for (int i = 0; i < peopleCount; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i / GIVEN.length) % FAMILY.length];
            String id = (given + "-" + family).toLowerCase();
            people.add(new String[] {given + " " + family, family, id});
            registry.append("- id: ").append(id).append("\n  name: ").append(given).append(' ').append(family)
                    .append("\n  description: Synthetic person ").append(i).append('\n')
                    .append("  roles:\n    - title: Researcher\n      organization: Lab ").append(i % 17)
                    .append("\n      stated_in: [article-0]\n");
        }
        Files.writeString(root.resolve("people.yaml"), registry.toString());

        for (int a = 0; a < n; a++) {
            StringBuilder md = new StringBuilder();
            md.append("---\ntitle: \"Article ").append(a).append(" on ").append(word(random)).append(' ')
                    .append(word(random)).append("\"\n");
            md.append(String.format("date: %04d-%02d-%02d\n", 2020 + a % 6, 1 + a % 12, 1 + a % 28));
            md.append("publisher: \"Bench Wire\"\nsummary: \"").append(sentence(random, 18).replace("\"", ""))
                    .append("\"\nsources:\n");
            for (int s = 0; s < 3; s++) {
                int work = (a * 3 + s) % (n + 7);
                md.append("  - title: \"Source ").append(work).append(" report\"\n")
                        .append("    publisher: \"Outlet ").append(work % 5).append("\"\n");
            }
            md.append("---\n\n");
            List<String[]> named = new ArrayList<>();
            // Five people with distinct family names, so a family name alone is never ambiguous.
            while (named.size() < 5) {
                String[] candidate = people.get(random.nextInt(people.size()));
                if (named.stream().noneMatch(p -> p[1].equals(candidate[1]))) {
                    named.add(candidate);
                }
            }
            for (int section = 0; section < 4; section++) {
                md.append("## ").append(capital(word(random))).append(' ').append(word(random)).append("\n\n");
                for (int p = 0; p < 3; p++) {
                    String[] person = named.get((section + p) % named.size());
                    String name = section == 0 && p < 3 ? person[0] : person[1];
                    md.append(sentence(random, 12)).append(' ').append(name).append("’s ").append(sentence(random, 20))
                            .append(' ').append(sentence(random, 15)).append("\n\n");
                }
                md.append("- ").append(sentence(random, 10)).append("\n- ").append(sentence(random, 10)).append("\n\n");
            }
            Files.writeString(root.resolve("articles/article-" + a + ".md"), md.toString(), StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + n + " articles and " + peopleCount + " people to " + root);
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder(capital(word(r)));
        for (int i = 1; i < words; i++) {
            sb.append(' ').append(word(r));
        }
        return sb.append('.').toString();
    }
}
