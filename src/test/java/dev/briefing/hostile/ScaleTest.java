package dev.briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.briefing.errors.SourcePosition;
import dev.briefing.index.CoMentions;
import dev.briefing.model.Person;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that took time quadratic in their size: each now checks in time proportional to it,
 * well inside the bound, and a file larger than any article is refused at the byte where the
 * limit falls instead of being read.
 */
class ScaleTest {
    /** The quadratic versions took minutes on the machine these tests were written on. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    /** 16,000 mentions in one 264 KB paragraph: 68 s. */
    @Test
    void aParagraphOfSixteenThousandMentions() {
        var run = HostileSite.in(tmp)
                .people("- name: Nick Joseph\n- name: Andrej Karpathy\n")
                .article("a", "title: T\n", "Nick Joseph met Andrej Karpathy. ".repeat(8000) + "\n")
                .run(BOUND, "check");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** A paragraph of no sentence break, every name's excerpt cut at a bound rather than the whole paragraph. */
    @Test
    void aParagraphOfMentionsWithoutAnySentenceBreak() {
        var site = HostileSite.in(tmp)
                .people("- name: Nick Joseph\n")
                .article("a", "title: T\n", "Nick Joseph and ".repeat(8000) + "more\n");
        var run = site.run(BOUND, "build");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(site.out.resolve("people/nick-joseph.html").toFile().length()).isLessThan(12_000_000);
    }

    /** 20,000 links in one paragraph: 43 s. */
    @Test
    void aParagraphOfTwentyThousandLinks() {
        String links = IntStream.range(0, 20_000).mapToObj(i -> "[l" + i + "](https://example.org/" + i + ")")
                .collect(Collectors.joining(" "));
        var run = HostileSite.in(tmp).article("a", "title: T\n", links + "\n").run(BOUND, "check");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** 20,000 people: 39 s (100,000 did not finish in 400 s). */
    @Test
    void aRegistryOfTwentyThousandPeople() {
        String people = IntStream.range(0, 20_000).mapToObj(i -> "- name: Person" + i + " Family" + i + "\n")
                .collect(Collectors.joining());
        var run = HostileSite.in(tmp).people(people)
                .article("a", "title: T\n", "Person1 Family1 met Person2 Family2.\n").run(BOUND, "check");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Checked 1 articles, 20000 people");
    }

    /** The cause of the registry's cost, at five times the size: each person's peers from their own articles. */
    @Test
    void peersOfAHundredThousandPeople() {
        List<Person> people = new java.util.ArrayList<>();
        Map<String, List<String>> peopleByArticle = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            people.add(new Person("p" + i, "P " + i, List.of(), "" + i, "", List.of(), List.of(),
                    SourcePosition.startOf(Path.of("people.yaml"))));
            peopleByArticle.computeIfAbsent("a" + i / 10, k -> new java.util.ArrayList<>()).add("p" + i);
        }
        var peers = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CoMentions.all(people, peopleByArticle));
        assertThat(peers).hasSize(100_000);
        assertThat(peers.get("p5")).hasSize(9).allSatisfy(p -> assertThat(p.articles()).isEqualTo(1));
    }

    /** A 10 MB article (under the limit) of ordinary paragraphs: 55 s, and 50 MB never finished. */
    @Test
    void anArticleOfTenMegabytes() {
        String paragraph = "The quick brown fox jumps over the lazy dog, and then some more words follow here. "
                .repeat(7) + "\n\n";
        String body = paragraph.repeat(10_000_000 / paragraph.length());
        var run = HostileSite.in(tmp).article("a", "title: T\n", body).run(Duration.ofSeconds(120), "check");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWhereTheLimitFalls() {
        String line = "x".repeat(1023) + "\n";
        var run = HostileSite.in(tmp).article("a", "title: T\n", line.repeat(10 * 1024 + 1)).check();
        assertThat(run.errLines()).containsExactly(
                "content/articles/a.md:10243:1008: file is larger than 10 MB (10486801 bytes); no article or "
                        + "settings file needs to be, so it is not read",
                "1 error, 0 warnings");
    }
}
