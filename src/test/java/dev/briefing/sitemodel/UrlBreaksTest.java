package dev.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrlBreaksTest {
    @Test
    void breaksAfterTheDoubleSlashAndBeforePunctuation() {
        assertThat(UrlBreaks.html("https://example.org/a-b_c/d.pdf?x=1&y=2#top"))
                .isEqualTo("https://<wbr>example<wbr>.org<wbr>/a<wbr>-b<wbr>_c<wbr>/d<wbr>.pdf<wbr>?x<wbr>=<wbr>1<wbr>&amp;<wbr>y<wbr>=<wbr>2<wbr>#top");
    }

    @Test
    void escapesAndNeverEndsOrDoublesABreak() {
        assertThat(UrlBreaks.html("https://x.org/?q=\"<b>\"&")).isEqualTo(
                "https://<wbr>x<wbr>.org<wbr>/<wbr>?q<wbr>=<wbr>&quot;&lt;b&gt;&quot;<wbr>&amp;");
        assertThat(UrlBreaks.html("plain")).isEqualTo("plain");
    }

    @Test
    void showsTheAddressesACitationLinksWithBreaksAndKeepsItsText() {
        String citation = "<div class=\"csl-entry\"><span style=\"font-style: italic\">Title</span>. (n.d.). "
                + "Publisher. <a href=\"https://example.org/a/b?x=1&amp;y=2\">https://example.org/a/b?x=1&amp;y=2</a></div>";
        Element out = Jsoup.parseBodyFragment(UrlBreaks.inCitation(citation)).body();
        assertThat(out.text()).isEqualTo(Jsoup.parseBodyFragment(citation).body().text());
        Element a = out.expectFirst(".csl-entry > a.url");
        assertThat(a.attr("href")).isEqualTo("https://example.org/a/b?x=1&y=2");
        assertThat(a.select("wbr")).hasSize(11);
        assertThat(out.expectFirst("span").attr("style")).isEqualTo("font-style: italic");
    }

    @Test
    void aCitationWithoutAnAddressOrWithALinkOfAnotherTextIsLeftAsItIs() {
        String plain = "<div class=\"csl-entry\">Title &mdash; n.d.</div>";
        assertThat(UrlBreaks.inCitation(plain)).isSameAs(plain);
        assertThat(UrlBreaks.inCitation(null)).isNull();
        String other = "<div class=\"csl-entry\"><a href=\"https://x.org/\">the report</a></div>";
        assertThat(UrlBreaks.inCitation(other)).isEqualTo(other);
        String script = "<a href=\"javascript:alert(1)\">javascript:alert(1)</a>";
        assertThat(UrlBreaks.inCitation(script)).isEqualTo(script);
    }
}
