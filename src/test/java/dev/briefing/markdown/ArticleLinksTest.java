package dev.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.model.Slugs;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ArticleLinksTest {
    @Test
    void readsTheSlugAndAnchorOfALinkToAnArticlesSourceFile() {
        assertThat(ArticleLinks.target("other-article.md")).contains(new ArticleLinks.Target("other-article", ""));
        assertThat(ArticleLinks.target("./a-1.md#who-said-it"))
                .contains(new ArticleLinks.Target("a-1", "#who-said-it"));
        assertThat(ArticleLinks.target("../articles/b.md#")).contains(new ArticleLinks.Target("b", "#"));
        assertThat(ArticleLinks.target("-a.md")).isEmpty();
        assertThat(ArticleLinks.target("a--b.md")).isEmpty();
        assertThat(ArticleLinks.target("a-.md")).isEmpty();
        assertThat(ArticleLinks.target("Other.md")).isEmpty();
        assertThat(ArticleLinks.target("notes/a.md")).isEmpty();
        assertThat(ArticleLinks.target("a.md#two words")).isEmpty();
        assertThat(ArticleLinks.target("https://example.org/a.md")).isEmpty();
    }

    @Test
    void slugsAreWordsOfLowerCaseLettersAndDigitsJoinedBySingleHyphens() {
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("karpathy-joins-2026")).isTrue();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("a-")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("a_b")).isFalse();
        assertThat(Slugs.isValid("é")).isFalse();
    }

    /** A pattern with a repeated group recursed once per word and overflowed a small stack. */
    @Test
    void aSlugOfTenThousandWordsIsReadOnASmallStack() throws InterruptedException {
        String slug = "a-".repeat(10_000) + "a";
        AtomicReference<Optional<ArticleLinks.Target>> found = new AtomicReference<>();
        Thread reader = new Thread(null, () -> found.set(ArticleLinks.target(slug + ".md")), "small-stack", 128 * 1024);
        reader.start();
        reader.join();
        assertThat(found.get()).contains(new ArticleLinks.Target(slug, ""));
    }
}
