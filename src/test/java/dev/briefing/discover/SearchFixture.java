package dev.briefing.discover;

import dev.briefing.testing.Sites;
import java.nio.file.Path;

/**
 * A small site for the search tests: a person named in an article's body only (full name once,
 * then the family name alone and possessive), an article about something else whose title has a
 * word the first has only in its body (and markup, which must stay text), a person with an accented
 * name, cited sources, and Markdown of every kind the plain text must read through.
 */
final class SearchFixture {
    static final String NAMING_ARTICLE = "articles/compilers-at-sea.html";
    static final String OTHER_ARTICLE = "articles/compiler-weather.html";
    /** The sentence of the naming article that holds the family name alone. */
    static final String HOSTILE_TITLE = "Compiler weather <img src=x onerror=\"document.title=1\">";
    static final String FAMILY_NAME_SENTENCE = "Colleagues say Hopper’s team worked through the winter.";

    private SearchFixture() {}

    /** Writes the fixture's content folder and returns it. */
    static Path write(Path dir) {
        Path content = dir.resolve("content");
        Sites.write(content, "site.yaml", "title: \"Fixture briefing\"\n");
        Sites.write(content, "people.yaml", """
                - id: grace-hopper
                  name: Grace Hopper
                  aliases: [Grace Brewster Hopper]
                  description: Computer scientist and naval officer.
                  roles:
                    - title: Rear admiral
                      organization: United States Navy
                      stated_in: [compilers-at-sea]
                - id: jurgen-muller
                  name: Jürgen Müller
                  description: Shipwright.
                """);
        Sites.write(content, "articles/compilers-at-sea.md", """
                ---
                title: "A new language for the fleet"
                date: 2024-03-05
                publisher: "Harbour Gazette"
                summary: "The navy's first business language ships this spring."
                sources:
                  - title: "Programming for business: a report"
                    publisher: "Dockside Review"
                    url: "https://example.com/report"
                ---

                The navy adopted a new compiler this spring. Its author, Grace Hopper, said the work took years.

                ## What the *yard* thinks

                Colleagues say Hopper’s team worked through the winter. Jürgen Müller built the cabinets.

                - Read [the report](https://example.com/report) \\*first\\*.
                - Then the **appendix**, with `code samples`.

                | Ship | Year |
                | --- | --- |
                | Sea Dragon | 1959 |

                <div>raw markup</div>

                ![A harbour at dawn](https://example.com/harbour.png)
                """);
        Sites.write(content, "articles/compiler-weather.md", """
                ---
                title: 'Compiler weather <img src=x onerror="document.title=1">'
                date: 2024-03-01
                summary: "Cold nights at the yard."
                ---

                Frost came early to the yard this year, and the cranes stood still for a week.
                """);
        return content;
    }
}
