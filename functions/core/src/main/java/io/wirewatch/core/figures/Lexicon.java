package io.wirewatch.core.figures;

import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import java.util.Map;
import java.util.Set;

/**
 * Closed word classes the extractor's clause rules are written in. Kept apart from the rules so a linguist can
 * review the vocabulary without reading the control flow. All entries are lower-case, quotes folded.
 */
final class Lexicon {
    private Lexicon() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Participles and adjectives that, after a counted noun phrase, say what happened to it. */
    static final Map<String, FigureKind> STATE = Map.ofEntries(
            Map.entry("killed", FigureKind.KILLED), Map.entry("dead", FigureKind.DEAD),
            Map.entry("died", FigureKind.DEAD), Map.entry("perished", FigureKind.DEAD),
            Map.entry("drowned", FigureKind.DEAD), Map.entry("wounded", FigureKind.WOUNDED),
            Map.entry("injured", FigureKind.INJURED), Map.entry("hurt", FigureKind.INJURED),
            Map.entry("missing", FigureKind.MISSING), Map.entry("unaccounted", FigureKind.MISSING),
            Map.entry("electrocuted", FigureKind.DEAD), Map.entry("martyred", FigureKind.KILLED));

    /** Nouns that are themselves the counted thing: "15 deaths", "9,000 casualties", "14 bodies". */
    static final Map<String, FigureKind> NOUN = Map.ofEntries(
            Map.entry("deaths", FigureKind.DEAD), Map.entry("fatalities", FigureKind.DEAD),
            Map.entry("dead", FigureKind.DEAD), Map.entry("bodies", FigureKind.DEAD),
            Map.entry("casualties", FigureKind.CASUALTIES), Map.entry("injuries", FigureKind.INJURED),
            Map.entry("killed", FigureKind.KILLED), Map.entry("wounded", FigureKind.WOUNDED),
            Map.entry("injured", FigureKind.INJURED), Map.entry("missing", FigureKind.MISSING),
            Map.entry("drownings", FigureKind.DEAD));

    /** Transitive verbs whose object is the victims: "killed 21 people", "injuring 40 others". */
    static final Map<String, FigureKind> ACTIVE = Map.ofEntries(
            Map.entry("kill", FigureKind.KILLED), Map.entry("kills", FigureKind.KILLED),
            Map.entry("killed", FigureKind.KILLED), Map.entry("killing", FigureKind.KILLED),
            Map.entry("wound", FigureKind.WOUNDED), Map.entry("wounds", FigureKind.WOUNDED),
            Map.entry("wounded", FigureKind.WOUNDED), Map.entry("wounding", FigureKind.WOUNDED),
            Map.entry("injure", FigureKind.INJURED), Map.entry("injures", FigureKind.INJURED),
            Map.entry("injured", FigureKind.INJURED), Map.entry("injuring", FigureKind.INJURED),
            // "Troops neutralised 15 terrorists" (Nigerian and Pakistani military usage), "floodwaters drowned 12"
            Map.entry("neutralised", FigureKind.KILLED), Map.entry("neutralized", FigureKind.KILLED),
            Map.entry("neutralising", FigureKind.KILLED), Map.entry("neutralizing", FigureKind.KILLED),
            Map.entry("drowned", FigureKind.KILLED), Map.entry("drowning", FigureKind.KILLED));

    /** Auxiliaries, modals, hedges and adverbs allowed between a counted subject and its participle. */
    static final Set<String> AUX = Set.of(
            "have", "has", "had", "were", "was", "are", "is", "be", "been", "being", "may", "might", "could",
            "would", "will", "should", "must", "reportedly", "now", "so", "far", "also", "still", "all", "feared",
            "believed", "thought", "confirmed", "reported", "known", "presumed", "likely", "probably", "already",
            "officially", "shot", "later", "both", "to", "remain", "remained", "remains", "since", "then",
            "allegedly", "apparently", "found", "left", "declared",
            // how they came out: "Five workers were pulled out injured"
            "pulled", "dug", "rescued", "freed", "out",
            // how badly: "Four people were seriously injured" was no figure at all
            "seriously", "critically", "severely", "badly", "gravely", "fatally", "slightly", "lightly", "mortally",
            "moderately", "mildly", "pronounced");

    /** Words that end the counted noun phrase's clause: a relative, a subordinator, a reporting verb. */
    static final Set<String> BREAK = Set.of(
            "that", "which", "who", "whom", "whose", "when", "where", "after", "before", "because", "while", "but",
            "if", "as", "than", "said", "says", "say", "told", "according", "per", "despite", "including", "not",
            "never", "no", "without", "or", "whether", "until", "unless");

    /** Prepositions that may open a modifier inside the counted noun phrase ("500 of its troops"). */
    static final Set<String> PREP = Set.of(
            "of", "in", "from", "on", "at", "across", "near", "inside", "outside", "around", "throughout", "during",
            "among", "within", "along", "into", "aboard", "onboard", "by");

    /**
     * Heads that are not people, so the number before them is never a casualty count however close a casualty
     * word is: weapons and vehicles, buildings, units of time, distance, money and measure, events.
     */
    static final Set<String> NON_PERSON = Set.of(
            "tank", "tanks", "vehicle", "vehicles", "aircraft", "plane", "planes", "jets", "helicopter",
            "helicopters", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells",
            "bomb", "bombs", "artillery", "system", "systems", "launchers", "tankers", "ship", "ships", "boats",
            "vessels", "home", "homes", "house", "houses", "building", "buildings", "apartments", "schools",
            "hospitals", "bridges", "cars", "buses", "trains", "trucks", "km", "kilometres", "kilometers",
            "kilometre", "kilometer", "miles", "mile", "metres", "meters", "feet", "foot", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes", "seconds",
            "percent", "tonnes", "tons", "hectares", "acres", "dollars", "euros", "pounds", "francs", "roubles",
            "rubles", "hryvnias", "attack", "attacks", "incidents", "strikes", "raids", "flights", "sorties",
            "countries", "nations", "cities", "towns", "villages", "districts", "regions", "provinces", "states",
            "times", "votes", "counts", "points", "animals", "cattle", "dogs", "sheep", "livestock", "degrees",
            "nautical", "storeys", "floors", "rounds", "shots", "cases", "tests", "doses", "beds", "trips",
            "kg", "mph", "sq", "square", "cubic", "gallons", "litres", "liters", "barrels", "euro", "dollar",
            // what software, medicine and pest control kill: "killed 45 malicious processes"
            "processes", "viruses", "bacteria", "germs", "cells", "files", "programs", "accounts", "bots", "weeds",
            "pests", "insects", "mosquitoes", "rats", "mice", "locusts", "trees",
            // Indian money: "Rs 4 lakh compensation each for the families of those killed"
            "lakh", "lakhs", "crore", "crores",
            // other currencies: "compensation of 200,000 rupees for the families of each person killed"
            "rupees", "rupee", "yen", "yuan", "renminbi", "shekels", "naira", "rand", "pesos", "dinars", "riyals",
            "rials", "dirhams", "lira", "liras", "taka", "shillings", "cedis", "kwacha", "birr", "baht", "ringgit",
            "zlotys", "zloty", "hryvnia", "rouble", "ruble", "cents", "pence", "usd", "eur", "gbp",
            // what troops neutralise besides fighters: "neutralised 3 explosive devices"
            "devices", "explosive", "explosives", "ieds", "mines", "threats", "targets",
            // what is reported rather than who: "received 1,800 calls reporting missing relatives"
            "calls", "reports", "messages");

    /** Currency signs and codes, as tokens: "$ 10,000", "Rs 4 lakh". */
    static final Set<String> CURRENCY = Set.of("$", "£", "€", "¥", "us$", "rs", "rs.", "inr", "₹");

    /** Words right before a number that make it a label, an index or a measure rather than a count. */
    static final Set<String> LABEL_BEFORE = union(CURRENCY, Set.of(
            "magnitude", "day", "no", "number", "page", "article", "chapter", "route",
            "flight", "category", "level", "aged", "age", "ages", "grade", "covid", "resolution", "room", "gate",
            "platform", "line", "unit", "building", "section", "paragraph", "code", "tier", "phase", "stage",
            "version", "model", "class", "size", "year", "decade", "richter", "rank", "ranked", "top", "zone"));

    /** People counted in a list next to victims who are not victims: "18 bodies and 27 survivors". */
    static final Set<String> NOT_VICTIM = Set.of(
            "survivors", "survived", "rescued", "evacuees", "evacuated", "refugees", "displaced", "hostages",
            "prisoners", "detainees", "arrested", "captured", "freed", "released");

    /** Month names: a number next to one is a date ("March 2", "2 March"). */
    static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    /** Weekdays: not places ("in Monday's attack"), but "on Thursday 227 civilians" is still a count. */
    static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words that end a noun phrase after a number besides {@link #PREP}: "injured 12 over the past day". */
    static final Set<String> NP_STOP = Set.of(
            "over", "for", "with", "to", "since", "so", "yesterday", "today", "overnight", "last", "this", "on",
            "earlier", "later", "nationwide", "too", "also", "again", "instead");

    /** Noun-phrase heads of military personnel; all normalise to "soldiers" (see FigureExtractor Javadoc). */
    static final Set<String> PERSONNEL = Set.of(
            "soldiers", "soldier", "troops", "servicemen", "servicemembers", "personnel", "men", "fighters",
            "members", "service", "combatants", "militants", "marines", "paratroopers", "conscripts");

    /** Verbs that report a claim; their subject is the figure's source. */
    static final Set<String> SPEECH = Set.of(
            "said", "says", "say", "claims", "claimed", "claim", "reported", "reports", "added", "adds", "told",
            "tells", "announced", "announces", "estimates", "estimate", "believes", "believe", "recorded",
            "records", "confirmed", "confirms", "stated", "states", "insists", "insisted", "wrote", "writes",
            "put", "puts",
            // verbs by which a source gives its count: "the opposition-run Syrian Network for Human Rights documented
            // 76 deaths", "the government acknowledged 12 deaths", "the prosecutor's office gave 7 dead"
            "documented", "documents", "acknowledged", "acknowledges", "verified", "verifies", "gave", "gives");

    /** Links between a toll noun and its figure: "rose to 21", "stands at 35", "includes 90 children". */
    static final Set<String> TOLL_LINK = Set.of(
            "to", "at", "past", "reached", "reaches", "hit", "hits", "topped", "tops", "passed", "exceeded",
            "surpassed", "is", "was", "includes", "included", "including", "of", "rose", "climbed", "jumped",
            "risen", "climbs", "rises", "stood", "stands", "now", "reaching", "be", "passes", "crosses", "crossed",
            "exceeds", "surpasses", "touched", "touches",
            // a count coming down: "the number of people unaccounted for has fallen to 25", "dropped to 117"
            "fallen", "fell", "falls", "dropped", "drops", "reduced", "decreased", "declined", "making");

    /** Multi-word qualifiers, longest first, as lower-case token sequences. */
    static final String[][] QUALIFIER_WORDS = {
            {"in", "excess", "of"}, {"as", "many", "as"}, {"no", "fewer", "than"}, {"at", "least"},
            {"more", "than"}, {"close", "to"}, {"up", "to"}, {"an", "estimated"}, {"just", "over"},
            {"well", "over"}, {"fewer", "than"}, {"less", "than"}, {"at", "most"}, {"just", "under"},
            {"over"}, {"above"}, {"nearly"}, {"almost"}, {"about"}, {"around"}, {"approximately"}, {"some"},
            {"roughly"}, {"estimated"}, {"approx"}, {"exceeding"}, {"upwards", "of"}};
    static final Qualifier[] QUALIFIER_VALUES = {
            Qualifier.MORE_THAN, Qualifier.UP_TO, Qualifier.AT_LEAST, Qualifier.AT_LEAST,
            Qualifier.MORE_THAN, Qualifier.NEARLY, Qualifier.UP_TO, Qualifier.ABOUT, Qualifier.MORE_THAN,
            Qualifier.MORE_THAN, Qualifier.UP_TO, Qualifier.UP_TO, Qualifier.UP_TO, Qualifier.NEARLY,
            Qualifier.MORE_THAN, Qualifier.MORE_THAN, Qualifier.NEARLY, Qualifier.NEARLY, Qualifier.ABOUT,
            Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT,
            Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.MORE_THAN};

    /** Words dropped from a "who" phrase: determiners, hedges and comparison words that do not name anyone. */
    static final Set<String> WHO_DROP = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "of", "other", "more", "additional", "new",
            "further", "another", "still", "now", "so", "far", "total", "confirmed", "reported", "whom", "them",
            "those", "these", "such", "own", "some", "all", "'", "\"", "heat-related", "flood-related",
            "storm-related", "weather-related", "recorded", "known", "documented", "verified", "registered",
            "preliminary");

    /** Words that, as the whole "who", mean "the same people as the figure before" ("and 1,650 others"). */
    static final Set<String> WHO_CARRY = Set.of("others", "other", "more", "additional", "further", "");
}
