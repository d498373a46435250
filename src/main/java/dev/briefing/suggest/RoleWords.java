package dev.briefing.suggest;

import java.util.Locale;
import java.util.Set;

/**
 * Words of job titles and honorifics, as news text writes them before or after a name ("Chief
 * Technology Officer Jane Doe", "Jane Doe, general counsel at Acme"), and the nouns that say an
 * appositive describes an organisation ("Acme, the engineering firm").
 */
final class RoleWords {
    /** Words that stand before a name but are no part of it, and are not a role either. */
    static final Set<String> HONORIFICS = Set.of("dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "mx.", "sir",
            "dame", "lord", "lady", "hon.", "rev.", "reverend", "sheikh");

    /** Modifiers that open a title without being one ("former", "acting"), and party labels. */
    static final Set<String> MODIFIERS = Set.of("former", "acting", "interim", "incoming", "outgoing", "then",
            "republican", "democrat", "democratic", "labour", "conservative", "liberal", "independent", "veteran",
            "longtime", "late");

    /** The last word of a title: what the person is. */
    static final Set<String> HEADS = Set.of("officer", "executive", "president", "director", "manager", "head",
            "lead", "founder", "co-founder", "cofounder", "chair", "chairman", "chairwoman", "chairperson", "counsel",
            "partner", "principal", "editor", "reporter", "correspondent", "columnist", "analyst", "economist",
            "strategist", "professor", "prof.", "lecturer", "researcher", "scientist", "engineer", "designer",
            "developer", "maintainer", "investigator", "fellow", "member", "sen.", "senator", "rep.", "representative",
            "gov.", "governor", "mayor", "councillor", "councilor", "cllr", "cllr.", "councilman", "councilwoman",
            "alderman", "minister", "secretary", "administrator", "commissioner", "judge", "justice", "attorney",
            "ambassador", "premier", "chancellor", "treasurer", "spokesperson", "spokesman", "spokeswoman", "coach",
            "captain", "astronaut", "singer", "guitarist", "drummer", "bassist", "rapper", "cellist", "violinist",
            "pianist", "conductor", "composer", "producer", "actor", "actress", "author", "novelist", "poet", "artist",
            "adviser", "advisor", "consultant", "investor", "nominee", "laureate", "promoter", "organiser",
            "organizer", "owner", "employee", "staffer", "student", "intern", "ceo", "cto", "cfo", "coo", "cpo",
            "cmo", "cio", "ciso", "cso", "evp", "svp", "vp", "gm", "md", "pm", "king", "queen", "prince", "princess",
            "pope", "cardinal", "bishop", "rabbi", "imam", "gen.", "general", "col.", "colonel", "capt.", "lt.",
            "sgt.", "sergeant", "adm.", "admiral", "commander", "lieutenant", "chief", "deputy", "biostatistician",
            "neurologist", "physician", "surgeon", "doctor", "nurse", "pharmacist", "lawyer", "banker", "trader",
            "negotiator", "delegate", "diplomat", "official", "leader", "boss", "dean", "provost", "rector");

    /** Words that stand inside titles before the head ("Chief Technology Officer", "Vice President of Research"). */
    static final Set<String> INNER = Set.of("chief", "executive", "technology", "technical", "operating",
            "operations", "financial", "finance", "product", "products", "digital", "medical", "marketing",
            "information", "security", "revenue", "scientific", "science", "research", "engineering", "growth",
            "strategy", "commercial", "legal", "people", "data", "investment", "communications", "policy", "content",
            "creative", "design", "vice", "senior", "junior", "deputy", "assistant", "associate", "managing",
            "general", "program", "programme", "project", "lead", "principal", "board", "festival", "state",
            "federal", "national", "prime", "foreign", "home", "first", "attorney", "ai", "platform",
            "sales", "global", "regional", "country", "team", "staff", "independent", "founding", "co", "nasa",
            "non-executive", "editorial", "news", "business", "sports", "political", "economics",
            "investigative", "supervising", "committee", "audit", "transport", "health", "education", "defence",
            "defense", "justice", "energy", "climate", "environment", "trade", "treasury", "interior");

    private RoleWords() {}

    static boolean isTitleWord(Token t) {
        String w = t.lower();
        return HONORIFICS.contains(w) || MODIFIERS.contains(w) || HEADS.contains(w) || INNER.contains(w)
                || (t.is(Token.Kind.ABBREVIATION) && !w.equals("st.") && !w.equals("mt.") && !w.equals("ft."));
    }

    static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Nouns that, after a name and a comma, say the name is an organisation or a place. */
    static final Set<String> ORGANISATION_NOUNS = Set.of("firm", "company", "bank", "lab", "laboratory", "startup",
            "start-up", "group", "agency", "fund", "band", "duo", "trio", "quartet", "club", "maker", "manufacturer",
            "retailer", "utility", "carrier", "airline", "brand", "outlet", "newspaper", "magazine", "site",
            "website", "platform", "app", "service", "network", "exchange", "charity", "foundation", "university",
            "school", "college", "hospital", "clinic", "city", "town", "village", "country", "region", "province",
            "river", "product", "chain", "insurer", "lender", "broker", "consultancy", "publisher", "studio", "label",
            "venue", "festival", "prize", "award", "organisation", "organization", "nonprofit", "non-profit",
            "institute", "team", "party", "union", "coalition", "operator", "supplier", "vendor",
            "distributor", "subsidiary", "unit", "division", "parent", "conglomerate", "giant", "rival", "project");
}
