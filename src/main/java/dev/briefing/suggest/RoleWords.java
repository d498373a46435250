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
    static final Set<String> HONORIFICS = words("dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "mx.", "sir",
            "dame", "lord", "lady", "hon.", "rev.", "reverend", "sheikh");

    /** Modifiers that open a title without being one ("former", "acting"), and party labels. */
    static final Set<String> MODIFIERS = words("former", "acting", "interim", "incoming", "outgoing", "then",
            "republican", "democrat", "democratic", "labour", "conservative", "liberal", "independent", "veteran",
            "longtime", "late");

    /** Modifiers that are no part of the role as stated: "former" makes it a past role, a party is not a role. */
    static final Set<String> DROPPED = words("former", "then", "late", "longtime", "veteran", "republican", "democrat",
            "democratic", "labour", "conservative", "liberal");

    /** Capitalised adjectives of nationality that belong to a title ("American cosmologist"), by their endings. */
    static boolean looksLikeNationality(String word) {
        return word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && (word.endsWith("ian") || word.endsWith("ean")
                || word.endsWith("can") || word.endsWith("ese") || word.endsWith("ish") || word.endsWith("ench")
                || word.endsWith("utch") || word.endsWith("ech") || word.endsWith("i") || word.equals("German")
                || word.equals("Swiss") || word.equals("Greek") || word.equals("Thai"));
    }

    /** The last word of a title: what the person is. */
    static final Set<String> HEADS = words("officer", "executive", "president", "director", "manager", "head",
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
            "negotiator", "delegate", "diplomat", "official", "leader", "boss", "dean", "provost", "rector", "writer",
            "substitute", "striker", "goalkeeper", "defender", "midfielder", "forward", "winger", "referee", "umpire",
            "pitcher", "quarterback", "player", "runner", "driver", "rider", "champion", "astronomer", "geologist",
            "cosmologist", "physicist", "chemist", "biologist", "mathematician", "historian", "philanthropist",
            "entrepreneur", "billionaire", "coordinator", "curator", "inspector", "supervisor", "organiser",
            "volunteer", "campaigner", "activist", "farmer", "teacher", "principal", "librarian", "archivist", "photographer", "filmmaker", "comedian", "chef", "pilot", "officer",
            // public office, law and the press
            "speaker", "superintendent", "ombudsman", "ombudsperson", "envoy", "emissary", "consul", "aide",
            "lawmaker", "legislator", "congressman", "congresswoman", "assemblyman", "assemblywoman", "candidate",
            "challenger", "incumbent", "prosecutor", "sheriff", "detective", "trooper", "constable", "magistrate",
            "solicitor", "barrister", "auditor", "comptroller", "regulator", "insider", "anchor", "presenter",
            "commentator", "pundit", "pollster", "lobbyist", "scholar", "academic", "psychologist", "psychiatrist",
            "epidemiologist", "virologist", "sociologist", "archaeologist", "meteorologist", "astrophysicist",
            "pastor", "priest", "archbishop", "chaplain", "warden", "headteacher", "headmaster", "headmistress",
            // sport, by position
            "defenseman", "defenceman", "goalie", "goaltender", "center", "centre", "linebacker", "cornerback",
            "receiver", "rusher", "shortstop", "catcher", "outfielder", "infielder", "fullback", "halfback",
            "playmaker", "batsman", "bowler", "jockey", "boxer", "golfer", "cyclist", "swimmer", "sprinter");

    /** Words that stand inside titles before the head ("Chief Technology Officer", "Vice President of Research"). */
    static final Set<String> INNER = words("chief", "executive", "technology", "technical", "operating",
            "operations", "financial", "finance", "product", "products", "digital", "medical", "marketing",
            "information", "security", "revenue", "scientific", "science", "research", "engineering", "growth",
            "strategy", "commercial", "legal", "people", "data", "investment", "communications", "policy", "content",
            "creative", "design", "vice", "senior", "junior", "deputy", "assistant", "associate", "managing",
            "general", "program", "programme", "project", "lead", "principal", "board", "festival", "state",
            "federal", "national", "prime", "foreign", "home", "first", "attorney", "ai", "platform",
            "sales", "global", "regional", "country", "team", "staff", "independent", "founding", "co", "nasa",
            "non-executive", "editorial", "news", "business", "sports", "political", "economics",
            "investigative", "supervising", "committee", "audit", "campaign", "district", "circuit", "appeals",
            "u.s.", "us", "risk", "credit", "thriller", "crime", "staff", "information", "privacy", "compliance", "transport", "health", "education", "defence",
            "defense", "justice", "energy", "climate", "environment", "trade", "treasury", "interior");

    private RoleWords() {}

    /** A set of words; a word listed twice (lists grow by hand) is fine. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isTitleWord(Token t) {
        String w = t.lower();
        return HONORIFICS.contains(w) || MODIFIERS.contains(w) || HEADS.contains(w) || INNER.contains(w)
                || isCompoundHead(w)
                || (t.is(Token.Kind.ABBREVIATION) && !w.equals("st.") && !w.equals("mt.") && !w.equals("ft."));
    }

    static boolean isHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return HEADS.contains(w) || isCompoundHead(w);
    }

    /**
     * A hyphenated title, as Commonwealth and UN usage writes them: "Attorney-General",
     * "Director-General", "Vice-President". Every part is a title word and the last is a head.
     */
    static boolean isCompoundHead(String lowerCaseWord) {
        int hyphen = lowerCaseWord.lastIndexOf('-');
        if (hyphen <= 0 || !HEADS.contains(lowerCaseWord.substring(hyphen + 1))) {
            return false;
        }
        for (String part : lowerCaseWord.substring(0, hyphen).split("-")) {
            if (!HEADS.contains(part) && !INNER.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns that, after a name and a comma, say the name is an organisation or a place. */
    static final Set<String> ORGANISATION_NOUNS = words("firm", "company", "bank", "lab", "laboratory", "startup",
            "start-up", "group", "agency", "fund", "band", "duo", "trio", "quartet", "club", "maker", "manufacturer",
            "retailer", "utility", "carrier", "airline", "brand", "outlet", "newspaper", "magazine", "site",
            "website", "platform", "app", "service", "network", "exchange", "charity", "foundation", "university",
            "school", "college", "hospital", "clinic", "city", "town", "village", "country", "region", "province",
            "river", "product", "chain", "insurer", "lender", "broker", "consultancy", "publisher", "studio", "label",
            "venue", "festival", "prize", "award", "organisation", "organization", "nonprofit", "non-profit",
            "institute", "team", "party", "union", "coalition", "operator", "supplier", "vendor",
            "distributor", "subsidiary", "unit", "division", "parent", "conglomerate", "giant", "rival", "project");
}
