package dev.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker itself must catch each kind of broken link, or the site tests prove nothing. */
class SiteLinkCheckerTest {
    @TempDir
    Path site;

    @Test
    void reportsEachKindOfBrokenLinkAndAcceptsGoodOnes() {
        Sites.write(site, "index.html", """
                <!DOCTYPE html><title>t</title><p id="top">
                <a href="people/a.html#bio">good, relative into a folder</a>
                <a href="#top">good, same page</a>
                <a href="https://example.com/x">external, not checked</a>
                <a href="people/">folder</a>
                <a href="people/missing.html">missing file</a>
                <a href="people/a.html#nope">missing anchor</a>
                <a href="../outside.html">outside</a>
                <a href="#">empty fragment</a>
                """);
        Sites.write(site, "people/a.html", """
                <!DOCTYPE html><title>a</title><p id="bio"><a href="../index.html#top">back</a>
                <img src="../assets/missing.svg" alt="">
                """);

        assertThat(new SiteLinkChecker(site).brokenLinks()).containsExactly(
                "index.html: people/: points at a folder, which does not open from file://",
                "index.html: people/missing.html: no such file people/missing.html",
                "index.html: people/a.html#nope: no element with id 'nope' in people/a.html",
                "index.html: ../outside.html: points outside the site",
                "index.html: #: empty #fragment",
                "people/a.html: ../assets/missing.svg: no such file assets/missing.svg");
    }
}
