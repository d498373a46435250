package dev.briefing.suggest;

import java.util.Set;

/**
 * Words that make a capitalised phrase the name of something other than a person: an
 * organisation ("Eureka Labs", "Harlow Retail Group plc"), a place ("Chelsea Wharf"), a prize
 * ("Kavli Prize"), a product ("Aurora Pro"), a day or a month.
 */
final class EntityWords {
    /** Any of these anywhere in a phrase: not a person. Compared in lower case. */
    static final Set<String> ORGANISATION = words(
            "labs", "lab", "laboratory", "laboratories", "inc", "inc.", "corp", "corp.", "corporation", "co.",
            "company", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa", "nv", "bv", "pty", "group",
            "holdings", "holding", "capital", "partners", "ventures", "bank", "bancorp", "foundation", "trust",
            "institute", "institution", "university", "college", "school", "academy", "society", "association",
            "council", "committee", "agency", "authority", "department", "ministry", "bureau", "commission", "prize",
            "award", "awards", "medal", "cup", "trophy", "championship", "festival", "fund", "road", "street",
            "avenue", "square", "station", "airport", "center", "centre", "clinic", "hospital", "museum", "gallery",
            "library", "theatre", "theater", "stadium", "arena", "systems", "technologies", "robotics", "dynamics",
            "analytics", "therapeutics", "pharmaceuticals", "pharma", "biosciences", "bio", "devices",
            "semiconductor", "semiconductors", "aerospace", "motors", "cars", "airlines", "airways", "energy",
            "grid", "cells", "networks", "media", "news", "times", "journal", "review", "weekly", "daily", "monthly",
            "report", "digest", "dispatch", "wire", "notes", "blog", "gazette", "herald", "tribune", "chronicle",
            "brothers", "sisters", "sons", "studio", "studios", "records", "pictures", "entertainment", "games",
            "software", "solutions", "services", "industries", "international", "worldwide", "collective", "project",
            "summit", "conference", "forum", "wharf", "harbour", "harbor", "mountain", "mountains", "valley",
            "island", "islands", "city", "county", "state", "province", "republic", "kingdom", "union", "coast",
            "central", "cathedral", "abbey", "palace", "building", "office", "parliament", "congress", "senate",
            "assembly", "party", "army", "navy", "force", "police", "club", "united", "fc", "league", "ai", "gpt",
            "markets", "securities", "investments", "advisors", "advisers", "associates", "consulting", "insurance",
            "electric", "telecom", "communications", "logistics", "foods", "beverages", "brands", "retail", "stores",
            "mart", "market", "exchange", "index", "fed", "reserve", "treasury", "treasuries", "initiative",
            "program", "programme", "lines", "line", "rail", "railway", "metro", "transit", "memorial", "monument",
            "garden", "gardens", "zoo", "hotel", "resort", "restaurant", "cafe", "bar", "pub", "prison", "base",
            "fort", "port", "mission", "act", "treaty", "accord", "agreement", "protocol", "declaration", "war",
            "revolution", "age", "week", "year", "quartet", "orchestra", "choir", "sea", "ocean", "gulf", "strait", "peninsula", "desert", "forest", "canyon",
            "plateau", "basin", "delta", "archipelago", "glacier", "mount", "hills", "music", "health", "healthcare", "care", "foods", "sports", "fashion", "realty",
            "properties", "estates", "homes", "hotels", "shipping", "mining", "oil", "gas", "petroleum", "chemicals",
            "automotive", "electronics", "wireless", "mobile", "cloud", "data", "digital", "interactive", "online", "web",
            "tech", "technology", "band", "ensemble", "show",
            "podcast", "channel", "radio", "tv", "television",
            // a party's members ("Virginia Democrats") and the buildings of government ("Indiana Statehouse")
            "democrats", "republicans", "tories", "statehouse", "capitol");

    /**
     * Organisation and place words that are also common family names ("Mark Hall", "Samantha
     * Power"): they count against a phrase being a person without ruling it out.
     */
    static final Set<String> WEAK_ORGANISATION = words("hall", "park", "west", "east", "north", "south", "church",
            "day", "power", "post", "court", "house", "bridge", "bay", "lake", "river", "castle", "tower", "rose",
            "field", "banks");

    /** Compass words that open a place's name ("North America", "West Midlands"); compared in lower case. */
    static final Set<String> COMPASS = words("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
            "south-west", "upper", "lower", "greater");

    /**
     * Nouns that, written in lower case right after a capitalised phrase, say it names a place or an
     * institution ("Royal Eastbourne hospital", "Thames Valley police"). Compared as written.
     */
    static final Set<String> PLACE_NOUNS = words("hospital", "police", "constabulary", "university", "college",
            "school", "airport", "station", "council", "church", "cathedral", "museum", "county", "district", "prison",
            "stadium", "river", "street", "road", "avenue", "hotel", "library", "campus", "clinic", "academy",
            "institute", "zoo", "reservoir", "harbour", "harbor", "village", "town", "city", "province", "region",
            "borough", "parish", "valley", "island", "islands", "mountains", "peninsula", "airbase");

    /**
     * Nouns of craft and instruments that, written in lower case right after a capitalised phrase,
     * say it names a vehicle or an instrument ("the Galileo Jupiter probe", "the Hubble telescope").
     */
    static final Set<String> THING_NOUNS = words("probe", "spacecraft", "rover", "lander", "orbiter", "telescope",
            "satellite", "rocket", "capsule", "shuttle", "submarine", "warship", "frigate", "destroyer");

    /** Words that, last in a phrase, make it a product's name ("Aurora Pro", "Juniper Max"). */
    static final Set<String> PRODUCT_SUFFIXES = words("pro", "max", "mini", "lite", "ultra", "plus", "air", "go",
            "one", "neo", "prime", "edge", "studio", "fold", "flip", "note", "pad", "phone", "book", "watch", "buds");

    /** Calendar words: never part of a name, whatever else they could be ("May", "August"). */
    static final Set<String> CALENDAR = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "christmas", "easter");

    private EntityWords() {}

    static boolean isPrize(String lowerCaseWord) {
        return Set.of("prize", "award", "medal", "trophy", "cup").contains(lowerCaseWord);
    }

    /** A set of words; a word listed twice (lists grow by hand) is fine. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
