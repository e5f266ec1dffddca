package io.wirewatch.core.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical claimant keys: maps an attribution phrase ("the UN's human rights office", "Russia's defence
 * ministry", "Mr Zelenskyy") to the lower-case key of whoever stands behind the claim ("un", "russia",
 * "zelensky"), so one claim repeated in different words falls into one figure series
 * ({@code port.FigureSeries}: who × kind class × attribution).
 *
 * <h2>Principle</h2>
 * A claimant is the institution that <em>owns</em> a count, not the organ, spokesperson or outlet that voiced it.
 * Organs, spokespeople and official media of one institution fold into it because they relay one ledger: the
 * Russian defence ministry is the only source of Russia's own losses, OHCHR's monitoring mission is the UN's
 * civilian-casualty count. Bodies that keep a ledger of their own stay separate, even inside one state or system.
 *
 * <h2>Alias decisions</h2>
 * <ul>
 * <li><b>un</b>: the United Nations, "U.N.", the UN's human rights office, OHCHR, the high commissioner for
 *     human rights, the UN human rights monitoring mission (HRMMU), OCHA, UN spokespeople, officials and the
 *     secretary-general. <b>Not</b> UNICEF, WHO, UNHCR or IOM: specialised agencies with their own mandates and
 *     tallies (WHO counts attacks on health care, UNICEF children) keep their own keys.</li>
 * <li><b>russia</b>: Russia, the Russian Federation, Moscow, the Kremlin, and Russia's state organs (defence
 *     ministry, ministry of defence, military, armed forces, general staff, government, officials, authorities)
 *     and state media (Russian state media, TASS, RIA Novosti). <b>Not</b> "Russian media" in general:
 *     independent outlets (Mediazona, BBC Russian) count Russian dead by name, a different ledger.
 *     <b>Not</b> Putin (see zelensky).</li>
 * <li><b>kyiv</b>: Kyiv (Kiev), Ukraine, and Ukraine's state organs as for Russia (general staff, armed forces,
 *     military, defence ministry, government, officials, authorities, presidential office).
 *     For both states an organ may name its state with "of" instead of a possessive: "the General Staff of the
 *     Armed Forces of Ukraine", "the Ministry of Defence of Russia".</li>
 * <li><b>zelensky</b>: Zelensky, Zelenskyy, Zelenskiy, President Zelensky, Ukraine's / the Ukrainian president.
 *     Kept apart from kyiv on purpose: his figures (9,000 Russian dead on 3 March 2022) are his own statements
 *     and differ from the general staff's running count (5,840 on 2 March), so merging them would make one
 *     series jump between two ledgers. "Ukraine's president" is read as Zelensky, the holder since 2019, for the
 *     coverage this extractor serves. <b>putin</b> (and "Russia's president") is kept apart from russia likewise.
 *     </li>
 * <li><b>nato</b>, <b>who</b> (World Health Organization), and any other known acronym institution: the name,
 *     its spelled-out form, and "&lt;acronym&gt; official(s)/spokesperson/chief/estimates" fold to the acronym.</li>
 * <li><b>People</b> named with a given name are keyed by the full name without the title: "Oleh Synehubov",
 *     "Governor Oleh Synehubov", "Kharkiv governor Oleh Synehubov", "Deputy Prime Minister Iryna Vereshchuk" and
 *     "Oleh Synehubov's Telegram channel" are "oleh synehubov". A surname alone, with a title or an honorific or bare
 *     ("Governor Synehubov", "Mr Synehubov", "Synehubov said", "Synehubov's office"), is keyed by the surname, and
 *     {@link FigureExtractor#extract(String, String)} gives it the full name its entry writes when the entry writes
 *     exactly one with that surname ({@link EntryNames}); two (Oleksiy and Dmytro Kuleba) or none leave the surname.
 *     So a page's second references stay on the person's series and two people are never one: a wire that writes
 *     only "Governor Synehubov" is a series apart from "oleh synehubov" (a "first report", never a wrong "was").
 *     The key keeps particles ("von der leyen") and a suffix ("donald trump jr") but not an Arabic article, which
 *     pages write or leave out ("Bashar al-Assad", "Bashar Assad": "bashar assad"; "Mr al-Assad": "assad", the
 *     full name where the entry writes it). A name is told by its capitals and must read as one: a title or rank
 *     before it ({@link #TITLES}, "Gen", "Lt Gen"; a title of several words ends before the name), or one to four
 *     capitalised words none of which is a body's, outlet's or place's noun ("Human Rights Watch", "Al-Qassam
 *     Brigades", "Black Sea Fleet", "Civil Defence"), a day or a month, a sentence adverb ("Later", "Yesterday") or
 *     pronoun ("She's"), and the first no people, country or direction ("Syrian Observatory", "South Sudan"). The
 *     title's words before the name still decide when they name an institution by the rules above ("NATO Secretary
 *     General Jens Stoltenberg" is nato, "the Russian defence ministry spokesman Igor Konashenkov" russia), except a
 *     person's own key ("Ukrainian President Petro Poroshenko" is not zelensky). A title alone stays as written ("the
 *     region's governor", "Kharkiv governor"), and the aliases above are untouched ("President Zelensky" and
 *     "Volodymyr Zelensky" are zelensky). A message shows the person as the entry writes them
 *     ({@link #personAsWritten}), not by the key.</li>
 * <li>Regional and civil-protection bodies keep their own phrase: "ukraine's emergency services", "region's
 *     governor", "the state emergency service", police, health ministries. They report local incident tolls,
 *     a different series from a state's war-wide count.</li>
 * </ul>
 *
 * <h2>Cleaning of other phrases</h2>
 * Unknown attributions stay as a short cleaned phrase: lower-cased, quotes folded, leading determiners,
 * discourse adverbs and honorifics dropped ("the", "meanwhile", "mr"), report lead-ins dropped ("latest figures
 * from", "a statement by", "a spokesperson for"), descriptor lead-ins dropped ("independent monitor Airwars" →
 * "airwars"), and a phrase of more than {@value #MAX_WORDS} words cut before its first post-modifier
 * ("of", "in", "for", ...), then to {@value #MAX_WORDS} words.
 */
public final class Claimants {
    private Claimants() {
    }

    static final int MAX_WORDS = 5;

    /** Leading words that never name anyone: determiners, discourse adverbs, honorifics. */
    private static final Set<String> LEADING_DROP = Set.of(
            "the", "a", "an", "earlier", "meanwhile", "however", "also", "now", "but", "and", "separately",
            "mr", "mrs", "ms", "dr", "then",
            // sentence adverbs a sentence opens with, capitalised there, never a given name: "Later Synehubov said"
            "later", "yesterday", "today", "tonight", "overnight", "previously", "afterwards", "subsequently",
            "additionally", "initially", "finally", "elsewhere", "instead", "again");

    /**
     * Sentence adverbs written between a claimant and its verb, never part of the claimant: "Oleh Synehubov initially
     * said", "The governor later said", "Kyiv now says".
     */
    private static final Set<String> TRAILING_ADVERBS = Set.of(
            "initially", "later", "earlier", "previously", "now", "also", "first", "originally", "separately",
            "already");

    /**
     * How many reported it, before who did: "two security sources told Reuters", "three officials said" are the
     * sources' and the officials' word, whatever their number.
     */
    private static final Set<String> HOW_MANY = Set.of("two", "three", "four", "five", "six", "several", "multiple",
            "many", "some");

    /** Words of a report lead-in before "from/by/for/of": "latest figures from X" names X. */
    private static final Set<String> LEAD_IN = Set.of(
            "latest", "new", "updated", "official", "officially", "recent", "preliminary", "figures", "figure",
            "data", "statistics", "numbers", "estimates", "estimate", "tally", "count", "report", "reports",
            "statement", "statements", "a", "the", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "update", "its", "their");
    private static final Set<String> LEAD_IN_LINK = Set.of("from", "by", "for", "of");
    /** Words of a count that names no one: "preliminary figures", "the latest data", "official estimates". */
    private static final Set<String> COUNT_WORDS = Set.of("figures", "figure", "data", "statistics", "numbers",
            "estimates", "estimate", "tally", "count", "counts", "tallies");
    /** {@link #COUNT_WORDS} and what may stand before them without naming anyone. */
    private static final Set<String> NO_ONE = Set.of("figures", "figure", "data", "statistics", "numbers",
            "estimates", "estimate", "tally", "count", "counts", "tallies", "preliminary", "latest", "new", "updated",
            "official", "initial", "early", "first", "provisional", "the", "a", "its", "their", "these", "those");

    /** Descriptors before a proper name: "independent monitor Airwars", "the monitoring group X". */
    private static final List<List<String>> DESCRIPTOR_LEAD = List.of(
            List.of("independent", "monitor"), List.of("independent", "monitoring", "group"),
            List.of("monitoring", "group"), List.of("conflict", "monitor"), List.of("war", "monitor"),
            List.of("watchdog"), List.of("monitor"));

    /** Post-modifiers where an over-long phrase is cut: "X of the armed forces in the east". */
    private static final Set<String> POST_MODIFIER = Set.of(
            "of", "in", "for", "from", "at", "on", "with", "who", "which", "that", "during", "since");

    /** Organs, officials and official media through which a state claims its counts. */
    private static final Set<String> STATE_ORGANS = Set.of(
            "government", "authorities", "officials", "official", "military", "army", "armed forces", "forces",
            "general staff", "military general staff", "general staff of armed forces",
            "general staff of the armed forces", "armed forces general staff", "defence ministry",
            "defense ministry", "ministry of defence", "ministry of defense", "military command",
            "defence ministry spokesman", "defence ministry spokesperson", "defense ministry spokesman",
            "military officials", "government officials", "defence officials", "defense officials",
            "presidential office", "president's office", "foreign ministry", "state media",
            "state news agency", "state television", "state tv", "mod");

    /** Spokespeople and outputs of a named institution: "NATO officials", "a UN spokesperson". */
    private static final Set<String> PROXIES = Set.of(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "chief", "head",
            "secretary-general", "secretary", "general", "statement", "estimates", "estimate", "figures",
            "data", "report", "sources", "source", "senior", "a", "the");

    private static final Set<String> RUSSIA_NAMES = Set.of(
            "russia", "russia's", "russian", "moscow", "moscow's", "kremlin", "kremlin's");
    private static final Set<String> KYIV_NAMES = Set.of(
            "ukraine", "ukraine's", "ukrainian", "kyiv", "kyiv's", "kiev", "kiev's");

    /** Nouns after which an acronym is the body's name in apposition. */
    private static final Set<String> APPOSITION_HEADS = Set.of(
            "agency", "office", "organisation", "organization", "service", "mission", "committee", "group",
            "authority", "ministry", "force", "forces");

    /** Whole-phrase aliases after cleaning. */
    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("russia", "russia"), Map.entry("moscow", "russia"), Map.entry("kremlin", "russia"),
            Map.entry("russian federation", "russia"), Map.entry("russian state media", "russia"),
            Map.entry("russia's state media", "russia"), Map.entry("tass", "russia"),
            Map.entry("ria novosti", "russia"), Map.entry("ria", "russia"),
            Map.entry("kyiv", "kyiv"), Map.entry("kiev", "kyiv"), Map.entry("ukraine", "kyiv"),
            Map.entry("ukrainian president", "zelensky"), Map.entry("ukraine's president", "zelensky"),
            Map.entry("president of ukraine", "zelensky"), Map.entry("ukraine president", "zelensky"),
            Map.entry("russian president", "putin"), Map.entry("russia's president", "putin"),
            Map.entry("president of russia", "putin"), Map.entry("russia president", "putin"),
            Map.entry("world health organization", "who"), Map.entry("world health organisation", "who"),
            Map.entry("north atlantic treaty organization", "nato"), Map.entry("alliance", "nato"),
            Map.entry("un children's fund", "unicef"), Map.entry("un refugee agency", "unhcr"),
            Map.entry("international organization for migration", "iom"));

    /** Acronym institutions: a key on their own, and upper-cased for display. */
    static final Set<String> ACRONYMS = Set.of(
            "un", "ohchr", "nato", "who", "unicef", "unhcr", "ocha", "iom", "hrmmu", "icrc", "msf", "afad", "idf",
            "sbu", "fsb", "tass", "eu", "osce", "iaea", "hrw", "ifrc", "ndma", "ukhsa", "cdc", "fema");

    /** State news agencies known by an acronym, which names them however the sentence describes them. */
    private static final Map<String, String> NEWS_AGENCIES = Map.of("sana", "sana", "wafa", "wafa", "irna", "irna",
            "kcna", "kcna", "isna", "isna", "xinhua", "xinhua", "tass", "russia");

    /** Keys that are not acronyms but have a fixed display form. */
    private static final Map<String, String> DISPLAY = Map.of(
            "russia", "Russia", "kyiv", "Kyiv", "zelensky", "Zelensky", "putin", "Putin", "sana", "SANA", "wafa",
            "WAFA", "irna", "IRNA", "kcna", "KCNA", "isna", "ISNA", "xinhua", "Xinhua");

    /**
     * A figure's lower-case who with the nationality adjectives {@link #demonym} writes into it capitalised, as
     * English writes them: "russian soldiers" (from Russia's "its own losses") reads "Russian soldiers".
     */
    public static String properAdjectives(String who) {
        StringBuilder out = new StringBuilder(who.length());
        for (String w : who.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean adjective = w.equals(demonym("russia")) || w.equals(demonym("kyiv"));
            out.append(adjective ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return out.toString();
    }

    /** Nationality adjective of a state claimant, for "its own losses" → "russian soldiers"; null if unknown. */
    static String demonym(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "russia", "putin" -> "russian";
            case "kyiv", "zelensky" -> "ukrainian";
            default -> null;
        };
    }

    /**
     * The canonical claimant key for an attribution phrase, or null when {@code phrase} is null or names no one.
     * Aliases match in any case; a title before a personal name ("Kharkiv governor Oleh Synehubov") is told by the
     * name's capitals, so pass the phrase as written (in lower case it is kept whole). Idempotent:
     * {@code canonical(canonical(x))} equals {@code canonical(x)}.
     */
    public static String canonical(String phrase) {
        if (phrase == null) {
            return null;
        }
        List<String> written = wordsAsWritten(phrase);
        while (!written.isEmpty() && TRAILING_ADVERBS.contains(written.get(written.size() - 1)
                .toLowerCase(Locale.ROOT))) {
            // "Oleh Synehubov initially said": the adverb is the sentence's, not the name's
            written = written.subList(0, written.size() - 1);
        }
        if (written.isEmpty()) {
            return null;
        }
        List<String> w = lower(written);
        if (NO_ONE.containsAll(w) && w.stream().anyMatch(COUNT_WORDS::contains)) {
            return null; // "According to preliminary figures, 19 people were killed": no one named
        }
        w = dropLeading(w);
        w = dropLeadIn(w);
        w = dropDescriptor(w);
        if (w.isEmpty() || isPreposition(w.get(0)) || w.get(0).equals("to")) {
            // "in Kharkiv", "on Thursday": a place or a time said nothing; nor does an infinitive's "to" ("(Corrects
            // paragraph 1 to say four people were killed)" sent "TO: 4 people killed")
            return null;
        }
        for (String x : written) {
            String bare = x.endsWith("'s") ? x.substring(0, x.length() - 2) : x;
            String key = NEWS_AGENCIES.get(bare.toLowerCase(Locale.ROOT));
            if (key != null && (bare.equals(bare.toUpperCase(Locale.ROOT)) || written.size() == 1
                    || key.equals("xinhua") && Character.isUpperCase(bare.charAt(0)))) {
                // "Syria's state news agency SANA", "the official SANA news agency", "SANA's correspondent": one
                // agency written four ways was four claimants, each count of it a first report. In capitals only:
                // Sana is also a given name; Xinhua is no one else's.
                return key;
            }
        }
        String alias = alias(w);
        if (alias != null) {
            return alias;
        }
        // every step above drops leading words only, so the phrase as written is the same tail
        List<String> tail = written.subList(written.size() - w.size(), written.size());
        int[] name = nameAfterTitle(tail);
        if (name != null) {
            // "NATO Secretary General Jens Stoltenberg", "Russian defence ministry spokesman Igor Konashenkov":
            // a title that names an institution's officer keeps the institution, as "a NATO official" does
            String office = alias(w.subList(0, name[0]));
            return office != null && !PERSONS.contains(office) ? office : personKey(tail.subList(name[0], name[1]));
        }
        int plain = plainName(tail);
        if (plain > 0) {
            return personKey(tail.subList(0, plain)); // "Oleh Synehubov", "Oleh Synehubov of Kharkiv"
        }
        String owner = ownersKey(tail);
        if (owner != null) {
            return owner; // "Synehubov's Telegram channel", "Governor Synehubov's office"
        }
        int body = bodyAfterTitle(w);
        if (body > 0) {
            // "the head of Ukraine's state railway company": the company holds the count, and cut at its "of" by
            // trim the phrase was the bare title "head"; "the chief of Russia's general staff" is Russia's
            return canonical(String.join(" ", written.subList(written.size() - w.size() + body, written.size())));
        }
        w = trim(w);
        // an infinitive's "to" left after the trim ("Corrects paragraph 1 to say ...") names no one
        return w.isEmpty() || w.get(0).equals("to") ? null : String.join(" ", w);
    }

    /** Heads of a body that keeps its own count: "company", "administration", "railways", "police". */
    private static final Set<String> BODY_HEADS = Set.of(
            "company", "corporation", "railways", "railway", "administration", "ministry", "service", "services",
            "agency", "committee", "department", "office", "council", "police", "government", "authority",
            "authorities", "command", "mission", "organisation", "organization", "group", "centre", "center",
            "hospital", "staff", "forces", "army", "military", "navy", "guard", "commission", "directorate",
            "bureau", "inspectorate", "operator", "cross", "crescent");

    /**
     * Where the body begins in "[deputy] head of [the] X", when X ends in a {@link #BODY_HEADS} noun: the index
     * of X in {@code w}, else -1. Only title words may stand before "of"; "the mayor of Derna" or "the governor of
     * the Kharkiv region" name an office of a place, not a body, and stay as they are.
     */
    private static int bodyAfterTitle(List<String> w) {
        int of = w.indexOf("of");
        if (of < 1 || of + 1 >= w.size() || !BODY_HEADS.contains(w.get(w.size() - 1))) {
            return -1;
        }
        for (int k = 0; k < of; k++) {
            if (!TITLES.contains(w.get(k)) && !w.get(k).equals("acting")) {
                return -1;
            }
        }
        return w.get(of + 1).equals("the") && of + 2 < w.size() ? of + 2 : of + 1;
    }

    /** Keys that are one person's, not an institution's: a title read as them yields to the name written. */
    private static final Set<String> PERSONS = Set.of("zelensky", "putin");

    /**
     * Titles of office that may stand before a personal name ("Governor Oleh Synehubov", "Kharkiv governor Oleh
     * Synehubov", "Health Minister Firass Abiad"). The series is the person's, so every way of writing the title
     * ("Governor", "regional governor", "Kharkiv governor") folds to the one name.
     */
    private static final Set<String> TITLES = Set.of(
            "governor", "mayor", "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
            "spokesperson", "secretary", "secretary-general", "general", "commissioner", "chief", "head",
            "commander", "director", "director-general", "ombudsman", "ombudsperson", "prosecutor",
            "prosecutor-general", "sheriff", "official", "leader", "administrator", "envoy", "ambassador",
            "coordinator", "representative", "officer", "adviser", "advisor", "aide", "chairman", "chairwoman",
            "chair", "senator", "councillor", "councilor", "prefect", "colonel", "lieutenant", "major", "captain",
            "sergeant", "deputy", "mp", "lawmaker", "king", "queen", "prince", "sheikh", "emir", "gov", "gen", "lt",
            "col", "maj", "capt", "sgt",
            // words of a compound title, so its last word is not read as a surname: "Deputy Prime Minister",
            // "Vice President", "Chief Executive", "Chief Constable", "Attorney General"
            "prime", "vice", "executive", "constable", "justice", "inspector", "superintendent", "attorney",
            "professor", "prof", "pope", "patriarch", "bishop", "archbishop", "cardinal", "rabbi", "imam");

    /** Nouns of bodies and places: a capitalised run holding one is an institution's or a place's name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "office", "ministry", "administration", "council", "service", "services", "agency", "committee",
            "department", "staff", "forces", "force", "police", "government", "authority", "authorities", "command",
            "mission", "organisation", "organization", "group", "centre", "center", "hospital", "university",
            "institute", "foundation", "society", "union", "army", "military", "news", "media", "press", "region",
            "oblast", "province", "district", "county", "state", "city", "republic", "federation", "guard",
            "brigade", "ministry's", "office's", "red", "cross", "crescent", "nations",
            // the last word of an armed group's or a service's name, which read as a surname merged different
            // bodies: "Al-Qassam Brigades" and "Al-Quds Brigades", "Black Sea Fleet" and "Baltic Fleet"
            "brigades", "guards", "resistance", "defence", "defense", "fleet", "helmets", "committees",
            // the heads of other bodies' and outlets' names, so "Human Rights Watch" or "Kyiv Post" is no person
            // whose last word is a surname
            "watch", "international", "observatory", "network", "project", "count", "fund", "programme", "program",
            "coalition", "alliance", "initiative", "monitor", "rights", "health", "emergency", "emergencies",
            "rescue", "relief", "aid", "post", "times", "independent", "pravda", "journal", "herald", "tribune",
            "telegraph", "gazette", "tv", "television", "radio", "channel", "company", "corporation", "railways",
            "railway", "airlines", "bank", "party", "assembly", "parliament", "senate", "congress", "court",
            "tribunal", "frontieres", "borders", "association", "board", "commission", "bureau", "directorate",
            "inspectorate", "navy", "house", "palace", "street", "strip", "island", "islands", "airport", "station",
            "plant", "unit", "battalion", "regiment", "division", "corps", "troops", "nation", "borough",
            // days and months a sentence may set before a name: "On Monday Synehubov said" (not May or June)
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "september", "october", "november", "december");

    /**
     * Peoples and directions that open a place's or a body's name, never a person's: "South Sudan", "New York",
     * "Syrian Observatory", "Saudi Arabia". Countries and the two states' names are checked besides.
     */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of(
            "russian", "ukrainian", "american", "british", "syrian", "israeli", "palestinian", "turkish", "chinese",
            "japanese", "korean", "french", "german", "italian", "spanish", "polish", "iranian", "iraqi", "afghan",
            "libyan", "yemeni", "saudi", "egyptian", "lebanese", "sudanese", "somali", "ethiopian", "nigerian",
            "indian", "pakistani", "belarusian", "european", "african", "asian", "arab", "kurdish", "georgian",
            "moldovan", "mexican", "canadian", "australian", "western", "eastern", "northern", "southern", "central",
            "north", "south", "east", "west", "new", "united", "greater", "upper", "lower", "great", "royal",
            "national", "federal", "regional", "state", "city", "local", "global", "world", "human");

    /** Lower-case particles inside a personal name: "Bashar al-Assad", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "das",
            "del");

    /**
     * Where a capitalised personal name follows a title: {@code [start, end)} of the name in {@code written}, or
     * null. The name is one to four capitalised words that are a {@link #personName} (particles allowed inside;
     * one word is a surname on second reference, "Governor Synehubov") that end the phrase or stop at a
     * post-modifier ("Governor Oleh Synehubov of Kharkiv"), and stand right after a title word ({@link #TITLES}), or
     * two to four after the body a leading "title of" heads ("Head of the Kharkiv Regional Military Administration
     * Oleh Synehubov"). Capitals decide, so an institution or a lower-case phrase is never read as a name: "UN human
     * rights office", "the regional governor", "Kharkiv Regional Military Administration", "Interior Minister".
     */
    private static int[] nameAfterTitle(List<String> written) {
        int n = written.size();
        for (int p = 0; p + 1 < n; p++) {
            String title = written.get(p).toLowerCase(Locale.ROOT);
            String next = written.get(p + 1).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(title) || TITLES.contains(next)) {
                continue; // "Secretary General Antonio Guterres": the name starts after the last title word
            }
            int end = p + 1;
            // a title word ends the name: "Deputy Foreign Minister Ivan Petrov" is no person "Foreign"
            while (end < n && end - p <= 4 && nameWord(written.get(end), end > p + 1)
                    && !TITLES.contains(written.get(end).toLowerCase(Locale.ROOT))) {
                end++;
            }
            while (end > p + 1 && !properWord(written.get(end - 1))) {
                end--; // a name ends with a capitalised word, not a particle
            }
            // one word is a surname on second reference: "Governor Synehubov", "Gen Zaluzhnyi"
            if (end > p + 1 && (end == n || POST_MODIFIER.contains(written.get(end).toLowerCase(Locale.ROOT)))
                    && personName(written.subList(p + 1, end))) {
                return new int[] {p + 1, end};
            }
        }
        if (n > 4 && TITLES.contains(written.get(0).toLowerCase(Locale.ROOT)) && written.get(1).equals("of")) {
            int start = n;
            while (start > 0 && n - start < 4 && nameWord(written.get(start - 1), start < n)) {
                start--;
            }
            while (start < n && !properWord(written.get(start))) {
                start++; // a name starts with a capitalised word, not a particle
            }
            if (n - start >= 2 && start > 2 && NOT_NAMES.contains(written.get(start - 1).toLowerCase(Locale.ROOT))) {
                return new int[] {start, n};
            }
        }
        return null;
    }

    /** Whether {@code word} as written can be part of a personal name; {@code inner} allows bare particles. */
    private static boolean nameWord(String word, boolean inner) {
        String lw = word.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lw)) {
            return false;
        }
        return properWord(word) || (inner && NAME_PARTICLES.contains(lw));
    }

    /** A capitalised word, or a particle joined to one: "Synehubov", "al-Assad". */
    private static boolean properWord(String word) {
        if (capitalised(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && NAME_PARTICLES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Whether the words as written are a personal name: one to four name words that start and end capitalised
     * (particles allowed inside: "Ursula von der Leyen"), none a title, an institution's or a place's noun
     * ({@link #NOT_NAMES}), an acronym or a word in capitals, a leading discourse word ("Meanwhile"), or a
     * possessive but the last; and the first not a people, a direction or a country ({@link #NOT_GIVEN_NAMES}:
     * "South Sudan", "Syrian Observatory", "Kyiv Independent").
     */
    private static boolean personName(List<String> name) {
        int n = name.size();
        if (n < 1 || n > 4 || !properWord(name.get(0)) || !properWord(name.get(n - 1))) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String word = k == n - 1 ? withoutPossessive(name.get(k)) : name.get(k);
            String x = word.toLowerCase(Locale.ROOT);
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (!nameWord(word, k > 0) || TITLES.contains(x) || x.endsWith("'s") || ACRONYMS.contains(x) || capitals
                    || LEADING_DROP.contains(x) || NOT_A_NAME.contains(x) || PREPOSITIONS.contains(x)
                    || (NAME_SUFFIXES.contains(x) && (k == 0 || k < n - 1))) {
                return false; // "Jr" ends a name and is none alone
            }
        }
        String first = name.get(0).toLowerCase(Locale.ROOT);
        String firstTwo = n > 1 ? first + " " + name.get(1).toLowerCase(Locale.ROOT) : first;
        return !NOT_GIVEN_NAMES.contains(first) && !RUSSIA_NAMES.contains(first) && !KYIV_NAMES.contains(first)
                && !THIRD_COUNTRIES.contains(first) && !THIRD_COUNTRIES.contains(firstTwo);
    }

    /**
     * Pronouns and function words a sentence or a clause opens with, capitalised there, contracted or not: "She's",
     * "That's", "As Synehubov said".
     */
    private static final Set<String> NOT_A_NAME = Set.of(
            "i", "he", "she", "it", "we", "you", "they", "that", "this", "there", "here", "what", "who", "where",
            "let", "everyone", "nobody", "someone", "as", "when", "while", "if", "so", "because", "although", "or");

    /** {@code word} without a trailing possessive: "Synehubov's" → "Synehubov". */
    private static String withoutPossessive(String word) {
        return word.length() > 2 && word.toLowerCase(Locale.ROOT).endsWith("'s")
                ? word.substring(0, word.length() - 2) : word;
    }

    /**
     * Length of the personal name a phrase as written consists of, without a title ("Oleh Synehubov", "Bashar
     * al-Assad", "Synehubov's"), or of a name of two words or more before a post-modifier ("Oleh Synehubov of
     * Kharkiv"); else 0. A single word before a post-modifier is too often a body or a group ("Residents of
     * Kharkiv") to be read as a surname.
     */
    private static int plainName(List<String> written) {
        int end = 0;
        while (end < written.size() && end < 4 && nameWord(written.get(end), end > 0)) {
            end++;
        }
        while (end > 0 && !properWord(written.get(end - 1))) {
            end--;
        }
        boolean whole = end == written.size();
        if (end == 0 || (!whole && (end < 2 || !POST_MODIFIER.contains(written.get(end).toLowerCase(Locale.ROOT))))) {
            return 0;
        }
        return personName(written.subList(0, end)) ? end : 0;
    }

    /** What a person speaks through, whose count is the person's own: "Synehubov's Telegram channel". */
    private static final Set<String> PERSONAL_OUTLETS = Set.of(
            "office", "telegram", "channel", "account", "page", "post", "statement", "spokesman", "spokeswoman",
            "spokesperson", "press", "service", "team", "aide", "aides", "social", "media");

    /**
     * The key of the person whose possessive opens a phrase of their own outlets ("Oleh Synehubov's office",
     * "Governor Synehubov's Telegram channel"): their spokespeople and channels relay one count, as an
     * institution's do ({@link #PROXIES}). Null when the possessor is no person or anything else follows it
     * ("Synehubov's deputy" is another person).
     */
    private static String ownersKey(List<String> written) {
        for (int k = 0; k + 1 < written.size(); k++) {
            if (!written.get(k).toLowerCase(Locale.ROOT).endsWith("'s")) {
                continue;
            }
            for (String after : written.subList(k + 1, written.size())) {
                if (!PERSONAL_OUTLETS.contains(after.toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
            List<String> owner = written.subList(0, k + 1);
            int[] name = nameAfterTitle(owner);
            if (name != null && name[1] == owner.size()) {
                return canonical(String.join(" ", owner)); // "NATO chief Stoltenberg's office" is still nato
            }
            return plainName(owner) == owner.size() ? personKey(owner) : null;
        }
        return null;
    }

    /** Arabic articles a second reference writes or leaves out: "al-Assad" and "Assad" are one name. */
    private static final Set<String> ARTICLES = Set.of("al", "el");

    /** Suffixes that end a name and belong to it: "Donald Trump Jr" is not his father, nor Martin Luther King Jr. */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

    /**
     * The key of a personal name as written, its title already cut: the name in lower case, less a possessive and an
     * Arabic article, which pages write or leave out ("Bashar al-Assad", "Bashar Assad" → "bashar assad"), keeping
     * other particles and a suffix ("von der leyen", "donald trump jr"). A name written with its given name is keyed
     * whole ("Oleh Synehubov" → "oleh synehubov"); a surname alone ("Synehubov", "Mr Assad") is keyed by it, and
     * {@link EntryNames#resolve} gives it the full name the same entry writes, when only one.
     *
     * <p>Why not the surname alone for everyone: two claimants sharing one (Oleksiy and Dmytro Kuleba, Vitali and
     * Wladimir Klitschko) became one series, so one's count was a "was" of the other's or held back as lower.
     */
    private static String personKey(List<String> name) {
        List<String> key = new ArrayList<>(name.size());
        for (int k = 0; k < name.size(); k++) {
            String x = (k == name.size() - 1 ? withoutPossessive(name.get(k)) : name.get(k)).toLowerCase(Locale.ROOT);
            if (!ARTICLES.contains(x)) {
                key.add(withoutArticle(x));
            }
        }
        return String.join(" ", key);
    }

    /** A word less an Arabic article joined to it: "al-assad" → "assad". */
    private static String withoutArticle(String lower) {
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && hyphen + 1 < lower.length() && ARTICLES.contains(lower.substring(0, hyphen))
                ? lower.substring(hyphen + 1) : lower;
    }

    /**
     * The surname of a personal name as written or of a person's key: the last word with the particles before it
     * ("von der leyen") and a suffix after it ("trump jr"), in lower case, less a possessive and an Arabic article
     * ("Bashar al-Assad" → "assad"). What a page's second reference to the person writes.
     */
    private static String surname(List<String> name) {
        int k = name.size() - 1;
        String suffix = "";
        if (k > 0 && NAME_SUFFIXES.contains(withoutPossessive(name.get(k)).toLowerCase(Locale.ROOT))) {
            suffix = " " + withoutPossessive(name.get(k)).toLowerCase(Locale.ROOT);
            k--;
        }
        StringBuilder key = new StringBuilder(withoutArticle(withoutPossessive(name.get(k)).toLowerCase(Locale.ROOT)));
        while (--k >= 0 && NAME_PARTICLES.contains(name.get(k).toLowerCase(Locale.ROOT))
                && !ARTICLES.contains(name.get(k).toLowerCase(Locale.ROOT))) {
            key.insert(0, name.get(k).toLowerCase(Locale.ROOT) + " ");
        }
        return key + suffix;
    }

    /** Whether a name as written has a given name before its surname: "Oleh Synehubov", not "Von der Leyen". */
    private static boolean hasGivenName(List<String> name) {
        return !personKey(name).equals(surname(name));
    }

    /** Prepositions after which a capitalised word is a place, never a given name: "in Kharkiv". */
    private static final Set<String> LOCATIVES = Set.of(
            "in", "near", "across", "inside", "outside", "around", "throughout", "into", "towards", "toward");

    /**
     * The people an entry's text names with a given name, by surname, and the places it names. A page names a person
     * in full once and by title and surname, honorific and surname or surname alone after it: {@link #resolve} gives
     * such a second reference the full name's key when the entry writes exactly one full name with that surname, so
     * the page's counts stay on the person's series, and leaves it the surname when it writes two (Oleksiy and Dmytro
     * Kuleba) or none, so two people are never merged.
     */
    static final class EntryNames {
        /**
         * surname → full name's key → the name as first written:
         * "kuleba" → {"dmytro kuleba": "Dmytro Kuleba"}
         */
        private final Map<String, Map<String, String>> bySurname;
        /** lower-case words the entry writes after "in", "near", ...: "kharkiv" */
        private final Set<String> places;

        private EntryNames(Map<String, Map<String, String>> bySurname, Set<String> places) {
            this.bySurname = bySurname;
            this.places = places;
        }

        /**
         * {@code key} as the person's full name's key when it is a surname ({@link #canonical} of "Mr Synehubov",
         * "Synehubov said") and the entry writes exactly one full name with that surname; otherwise {@code key}.
         */
        String resolve(String key) {
            if (key == null || isKey(key)) {
                return key;
            }
            Map<String, String> full = bySurname.get(key);
            return full != null && full.size() == 1 ? full.keySet().iterator().next() : key;
        }

        /** The one full name as written with {@code surname} in the entry, else null (none or two people). */
        private String onlyFullName(String surname) {
            Map<String, String> full = bySurname.get(surname);
            return full != null && full.size() == 1 ? full.values().iterator().next() : null;
        }
    }

    /** The full names and places {@code text} writes, an entry's headline and body ({@link EntryNames}). */
    static EntryNames entryNames(String text) {
        List<List<String>> chunks = chunks(text);
        Set<String> places = new java.util.HashSet<>();
        for (List<String> chunk : chunks) {
            for (int i = 1; i < chunk.size(); i++) {
                if (LOCATIVES.contains(chunk.get(i - 1).toLowerCase(Locale.ROOT)) && capitalised(chunk.get(i))) {
                    places.add(withoutPossessive(chunk.get(i)).toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Map<String, String>> bySurname = new java.util.HashMap<>();
        for (List<String> chunk : chunks) {
            int i = 0;
            while (i < chunk.size()) {
                // a run of words that may be in a name; a title, an adverb or a pronoun ends it, so "Foreign
                // Minister Dmytro Kuleba" and "Yesterday Oleh Synehubov" give the run of the name alone
                int j = i;
                while (j < chunk.size() && inAName(chunk.get(j), j > i)) {
                    j++;
                    if (chunk.get(j - 1).toLowerCase(Locale.ROOT).endsWith("'s")) {
                        break; // "Oleh Synehubov's office"
                    }
                }
                for (int from = i; from + 1 < j; from++) {
                    List<String> name = chunk.subList(from, j);
                    if (givenName(chunk, from, j, places) && alias(lower(name)) == null) {
                        bySurname.computeIfAbsent(surname(name), k -> new java.util.LinkedHashMap<>())
                                .putIfAbsent(personKey(name), withoutPossessive(String.join(" ", name)));
                        break;
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
        return new EntryNames(bySurname, places);
    }

    /** Whether a word as written may stand in a run of a name's words, as {@link #personName} reads them. */
    private static boolean inAName(String word, boolean inner) {
        String x = word.toLowerCase(Locale.ROOT);
        return nameWord(word, inner) && !TITLES.contains(x) && !LEADING_DROP.contains(x) && !NOT_A_NAME.contains(x)
                && !ACRONYMS.contains(x);
    }

    /**
     * Whether {@code chunk[from, to)} is a personal name written with a given name: "Oleh Synehubov", not "Kharkiv
     * Synehubov" where the entry has "in Kharkiv", nor "Later Synehubov" ({@link #personName}).
     */
    private static boolean givenName(List<String> chunk, int from, int to, Set<String> places) {
        List<String> name = chunk.subList(from, to);
        boolean placed = places.contains(chunk.get(from).toLowerCase(Locale.ROOT))
                || (from > 0 && PREPOSITIONS.contains(chunk.get(from - 1).toLowerCase(Locale.ROOT)));
        return !placed && personName(name) && hasGivenName(name);
    }

    /**
     * How the texts write the person whose key is {@code key}, for a message to show instead of the lower-case key,
     * in this order: the full name in the figure's sentence ("Oleh Synehubov"); else the surname there with the
     * capitalised title written before it, whole ("Governor Synehubov", "Prosecutor General Kostin", "Prime Minister
     * Netanyahu"; a lower-case title is left out, "Hamas leader Sinwar" shows "Sinwar"); else, for a full name's key,
     * the full name as the entry writes it; for a surname's key, the entry's full name only when it writes exactly
     * one with that surname, as {@link EntryNames#resolve} keys it; else the surname as written, in the sentence
     * first ("Synehubov", "Al-Assad", capitalised as it opens the line). A word that is no name is never a given
     * name: an adverb ("Later"), a day, a place the entry writes after "in". Null when {@code key} is an
     * institution's or no text writes it as a name (a message then shows {@link #display}).
     *
     * @param key   a claimant key ({@link #canonical})
     * @param texts where to look, the figure's own sentence first, then the entry around it
     */
    public static String personAsWritten(String key, String... texts) {
        if (key == null || key.isBlank() || isKey(key) || texts.length == 0 || !mayBeAPerson(key)) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            all.append(text == null ? "" : text).append('\n');
        }
        EntryNames names = entryNames(all.toString());
        String surname = surname(Arrays.asList(key.split(" ")));
        boolean full = !surname.equals(key);
        String written = full ? fullAsWritten(key, texts[0], names.places) : null;
        if (written != null) {
            return written;
        }
        String[] own = surnameAsWritten(surname, texts[0], names.places);
        if (own != null && own[0] != null) {
            return own[0];
        }
        for (int t = 1; t < texts.length && full; t++) {
            written = fullAsWritten(key, texts[t], names.places);
            if (written != null) {
                return written;
            }
        }
        written = full ? null : names.onlyFullName(surname);
        if (written != null) {
            return written;
        }
        if (own != null) {
            return opening(own[1]);
        }
        for (int t = 1; t < texts.length; t++) {
            String[] other = surnameAsWritten(surname, texts[t], names.places);
            if (other != null) {
                return opening(other[0] != null ? other[0] : other[1]);
            }
        }
        return null;
    }

    /**
     * Whether a key may be a person's ({@link #personKey}): no word of it a title, a preposition, a body's or place's
     * noun or a possessive. "mayor of kherson", "region's governor" and "al-qassam brigades" are no person, and
     * their last word ("Kherson") must not be shown as if it were a surname.
     */
    private static boolean mayBeAPerson(String key) {
        for (String x : key.split(" ")) {
            if (x.isEmpty() || TITLES.contains(x) || PREPOSITIONS.contains(x) || POST_MODIFIER.contains(x)
                    || NOT_NAMES.contains(x) || LEADING_DROP.contains(x) || x.endsWith("'s")) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with its first letter capitalised, as the first words of a message line ("Kim" stays "Kim"). */
    private static String opening(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The full name whose key is {@code key} as {@code text} first writes it, without a title; else null. */
    private static String fullAsWritten(String key, String text, Set<String> places) {
        for (List<String> chunk : chunks(text)) {
            for (int end = 2; end <= chunk.size(); end++) {
                for (int from = Math.max(0, end - 4); from + 1 < end; from++) {
                    if (key.equals(personKey(chunk.subList(from, end))) && givenName(chunk, from, end, places)) {
                        return withoutPossessive(String.join(" ", chunk.subList(from, end)));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first mention of {@code surname} alone in {@code text} (no given name before it, no suffix after it: not
     * "Dmytro Kuleba", not "Trump Jr" for "trump"): {@code [titled, bare]}, the surname with the capitalised title
     * words written right before it ("Prosecutor General Kostin"; null when none) and the surname as written. Null
     * when the text has no such mention.
     */
    private static String[] surnameAsWritten(String surname, String text, Set<String> places) {
        for (List<String> chunk : chunks(text)) {
            for (int i = 0; i < chunk.size(); i++) {
                int start = surnameStart(chunk, i, surname);
                boolean suffixed = i + 1 < chunk.size()
                        && NAME_SUFFIXES.contains(chunk.get(i + 1).toLowerCase(Locale.ROOT));
                boolean given = false;
                for (int from = Math.max(0, i - 4); from < start && !given; from++) {
                    given = givenName(chunk, from, i + 1, places);
                }
                if (start < 0 || suffixed || given) {
                    continue;
                }
                String bare = withoutPossessive(String.join(" ", chunk.subList(start, i + 1)));
                int title = start;
                while (title > 0 && start - title < 3 && properWord(chunk.get(title - 1))
                        && TITLES.contains(chunk.get(title - 1).toLowerCase(Locale.ROOT))) {
                    title--; // "Prosecutor General", "Deputy Prime Minister", "Lt Gen": the whole title
                }
                if (title < start && title > 0 && portfolio(chunk.get(title - 1))) {
                    title--; // "Foreign Minister", "Kharkiv Governor"
                }
                String titled = title < start ? String.join(" ", chunk.subList(title, start)) + " " + bare : null;
                return new String[] {titled, bare};
            }
        }
        return null;
    }

    /**
     * Whether a capitalised word before a title is the title's own ("Foreign" Minister, "Health" Minister, "Kharkiv"
     * Governor), not a word that opens the sentence ("Yesterday", "Meanwhile"), a people ("Ukrainian") or an acronym.
     */
    private static boolean portfolio(String word) {
        String x = word.toLowerCase(Locale.ROOT);
        return capitalised(word) && !word.equals(word.toUpperCase(Locale.ROOT)) && !LEADING_DROP.contains(x)
                && !NOT_A_NAME.contains(x) && !PREPOSITIONS.contains(x) && !NOT_GIVEN_NAMES.contains(x)
                && !RUSSIA_NAMES.contains(x) && !KYIV_NAMES.contains(x) && !NOT_NAMES.contains(x) && !x.endsWith("'s");
    }

    /**
     * Where {@code surname} written as a name without a given name ("Synehubov", "al-Assad", "Von der Leyen",
     * "Trump Jr") ends at word {@code i} of {@code chunk} starts; -1 when the words there are not that surname.
     */
    private static int surnameStart(List<String> chunk, int i, String surname) {
        int end = i > 0 && NAME_SUFFIXES.contains(chunk.get(i).toLowerCase(Locale.ROOT)) ? i - 1 : i;
        if (!personName(List.of(chunk.get(end)))) {
            return -1; // the surname itself is a one-word name: capitalised, no title, body or place noun
        }
        int from = end;
        while (from > 0 && end - from < 3 && NAME_PARTICLES.contains(chunk.get(from - 1).toLowerCase(Locale.ROOT))) {
            from--; // "Ms von der Leyen", "Mr al Assad"
        }
        for (int start = from; start <= end; start++) {
            if (surname.equals(surname(chunk.subList(start, i + 1)))) {
                return start; // the longest: "von der Leyen" over "Leyen"
            }
        }
        return -1;
    }

    /**
     * The words as written of each stretch of {@code text} between punctuation and line breaks: a name never runs
     * across a comma or a sentence's end ("In Kharkiv, Synehubov said").
     */
    private static List<List<String>> chunks(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean inWord = c == '\'' || c == '\u2019' || c == '-' || (c == '.' && i > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1)));
            if (Character.isLetterOrDigit(c) || (c != '\n' && Character.isWhitespace(c)) || inWord) {
                continue;
            }
            if (i > from) {
                out.add(wordsAsWritten(text.substring(from, i)));
            }
            from = i + 1;
        }
        return out;
    }

    /** How a claimant key is shown to people: "un" → "UN", "kyiv" → "Kyiv", others sentence-cased. */
    public static String display(String key) {
        if (key == null || key.isEmpty()) {
            return key;
        }
        String fixed = DISPLAY.get(key);
        if (fixed != null) {
            return fixed;
        }
        if (ACRONYMS.contains(key) || (key.length() <= 3 && key.chars().allMatch(Character::isLetter))) {
            return key.toUpperCase(Locale.ROOT);
        }
        int sp = key.indexOf(' ');
        String first = sp < 0 ? key : key.substring(0, sp);
        if (ACRONYMS.contains(first)) {
            return first.toUpperCase(Locale.ROOT) + key.substring(first.length());
        }
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    // ---------------------------------------------------------------- steps

    /** Lower-case words; quotes folded, "U.N."/"United Nations" folded to "un", other punctuation dropped. */
    private static List<String> words(String phrase) {
        return lower(wordsAsWritten(phrase));
    }

    private static List<String> lower(List<String> written) {
        List<String> out = new ArrayList<>(written.size());
        for (String x : written) {
            String w = x.toLowerCase(Locale.ROOT);
            out.add(w.equals("un's") ? "un" : w);
        }
        return out;
    }

    /**
     * The words of {@link #words} in their case as written ("U.N." and "United Nations" as "UN"), one for one, so
     * a title's personal name can be told by its capitals.
     */
    private static final Pattern UN_SPELLED = Pattern.compile("(?i)u\\.n\\.|united nations");

    private static List<String> wordsAsWritten(String phrase) {
        String s = UN_SPELLED.matcher(phrase.replace('\u2019', '\'').replace('\u2018', '\'')).replaceAll("UN");
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean inner = (c == '\'' || c == '-' || c == '.') && !cur.isEmpty() && i + 1 < s.length()
                    && Character.isLetterOrDigit(s.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                cur.append(c);
            } else if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    private static List<String> dropLeading(List<String> w) {
        int k = 0;
        while (k < w.size() - 1 && (LEADING_DROP.contains(w.get(k)) || HOW_MANY.contains(w.get(k)))) {
            k++;
        }
        return w.subList(k, w.size());
    }

    /** "latest figures from the office of ..." → "office of ...". */
    private static List<String> dropLeadIn(List<String> w) {
        for (int k = 0; k < w.size() - 1; k++) {
            String x = w.get(k);
            if (LEAD_IN_LINK.contains(x) && k > 0) {
                return dropLeading(w.subList(k + 1, w.size()));
            }
            if (!LEAD_IN.contains(x)) {
                return w;
            }
        }
        return w;
    }

    private static List<String> dropDescriptor(List<String> w) {
        for (List<String> d : DESCRIPTOR_LEAD) {
            if (w.size() > d.size() && w.subList(0, d.size()).equals(d)) {
                return w.subList(d.size(), w.size());
            }
        }
        return w;
    }

    private static String alias(List<String> w) {
        String phrase = String.join(" ", w);
        String exact = EXACT.get(phrase);
        if (exact != null) {
            return exact;
        }
        for (String x : w) {
            if (x.startsWith("zelensk")) {
                return "zelensky";
            }
            if (x.equals("putin") || x.equals("putin's")) {
                return "putin";
            }
        }
        String last = w.get(w.size() - 1);
        if (w.size() > 2 && ACRONYMS.contains(last) && !last.equals("un") && !last.equals("who")
                && APPOSITION_HEADS.contains(w.get(w.size() - 2))) {
            return last; // "Turkey's disaster management agency AFAD": the acronym names the body
        }
        String first = w.get(0);
        String rest = String.join(" ", w.subList(1, w.size()));
        // the UN and its human-rights organs, spokespeople and officials
        if (first.equals("un") || first.equals("ohchr") || first.equals("hrmmu") || first.equals("ocha")) {
            if (w.size() == 1 || !ACRONYMS.contains(w.get(1)) || w.get(1).equals("ohchr")
                    || w.get(1).equals("ocha") || w.get(1).equals("hrmmu")) {
                return "un";
            }
        }
        if (phrase.contains("high commissioner for human rights") || phrase.contains("office of un")
                || phrase.contains("office of the un") || phrase.contains("un secretary-general")
                || phrase.equals("secretary-general") || phrase.contains("human rights monitoring mission")) {
            return "un";
        }
        // a state, its organs and its state media
        if (RUSSIA_NAMES.contains(first) && (w.size() == 1 || STATE_ORGANS.contains(rest))) {
            return "russia";
        }
        if (KYIV_NAMES.contains(first) && (w.size() == 1 || STATE_ORGANS.contains(rest))) {
            return "kyiv";
        }
        String owner = organOfState(w);
        if (owner != null) {
            return owner;
        }
        // other acronym institutions and their spokespeople: "nato officials", "a senior nato official"
        for (int k = 0; k < w.size(); k++) {
            String x = w.get(k).endsWith("'s") ? w.get(k).substring(0, w.get(k).length() - 2) : w.get(k);
            if (ACRONYMS.contains(x) && !x.equals("who")) {
                boolean proxies = true;
                for (int j = 0; j < w.size(); j++) {
                    proxies &= j == k || PROXIES.contains(w.get(j));
                }
                if (proxies) {
                    return x;
                }
            }
        }
        if (first.equals("who") && (w.size() == 1 || PROXIES.containsAll(w.subList(1, w.size())))) {
            return "who";
        }
        return null;
    }

    /**
     * The state of an organ named with "of" rather than a possessive: "the General Staff of Ukraine's Armed Forces",
     * "the General Staff of the Armed Forces of Ukraine", "the Ministry of Defence of Russia". Each is the same
     * ledger as "Ukraine's general staff" or "Russia's defence ministry"; read as a plain phrase it was cut at its
     * first "of" to an ownerless "general staff" (or kept as "ministry of defence of russia"), a series apart.
     *
     * @return {@code "russia"} or {@code "kyiv"} when a state organ is followed by "of" and its state, else null
     */
    private static String organOfState(List<String> w) {
        for (int k = 1; k + 1 < w.size(); k++) {
            if (!w.get(k).equals("of") || !STATE_ORGANS.contains(String.join(" ", w.subList(0, k)))) {
                continue;
            }
            List<String> state = w.subList(w.get(k + 1).equals("the") && k + 2 < w.size() ? k + 2 : k + 1, w.size());
            String key = alias(state); // "ukraine's armed forces", "the armed forces of ukraine", "russia"
            if ("russia".equals(key) || "kyiv".equals(key)) {
                return key;
            }
        }
        return null;
    }

    /** At most {@link #MAX_WORDS} words: cut before the first post-modifier, then at the limit. */
    private static List<String> trim(List<String> w) {
        if (w.size() <= MAX_WORDS) {
            return w;
        }
        for (int k = 1; k < w.size(); k++) {
            if (POST_MODIFIER.contains(w.get(k))) {
                w = w.subList(0, k);
                break;
            }
        }
        return w.size() <= MAX_WORDS ? w : w.subList(0, MAX_WORDS);
    }

    /**
     * The state whose organ an ownerless attribution is, read from the sentence before it: "Russia put its own
     * losses at 498 killed ... the first time Moscow had put a figure on casualties. The defence ministry claimed
     * more than 2,870 Ukrainian soldiers ... had been killed" is Russia's count, the same series as "Russia has also
     * claimed that more than 2,870 ..." in another document. Only when {@code key} is a bare state organ ("defence
     * ministry", "military", "general staff") and the sentence before names exactly one of the two states by name
     * (the adjectives do not count: "Russian troops shelled Kharkiv" is said of Russia's forces by either side).
     *
     * @return {@code "russia"} or {@code "kyiv"}, or {@code key} unchanged
     */
    static String ownerFromContext(String key, String previous) {
        if (key == null || previous == null || !STATE_ORGANS.contains(key)) {
            return key;
        }
        boolean russia = false;
        boolean kyiv = false;
        for (String w : words(previous)) {
            // the states' names, not their adjectives
            russia |= RUSSIA_NAMES.contains(w) && !w.equals(demonym("russia"));
            kyiv |= KYIV_NAMES.contains(w) && !w.equals(demonym("kyiv"));
        }
        return russia == kyiv ? key : russia ? "russia" : "kyiv";
    }

    /**
     * Countries other than the two states {@link #ownerFromContext} reads, lower-case: the English names the JDK gives
     * ISO 3166 codes, and the territories a desk writes instead of a country's name. Written out rather than asked of
     * {@code Locale} at start-up, which loads the locale data and cost each cold start some 40 ms.
     */
    private static final Set<String> THIRD_COUNTRIES = Set.of((""
            + "afghanistan|albania|algeria|american samoa|andorra|angola|anguilla|antarctica|antigua & barbuda|"
            + "argentina|armenia|aruba|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|"
            + "belarus|belgium|belize|benin|bermuda|bhutan|bolivia|bosnia & herzegovina|botswana|bouvet island|"
            + "brazil|british indian ocean territory|british virgin islands|brunei|bulgaria|burkina faso|burma|"
            + "burundi|cambodia|cameroon|canada|cape verde|caribbean netherlands|cayman islands|"
            + "central african republic|chad|chile|china|christmas island|colombia|comoros|congo|cook islands|"
            + "costa rica|croatia|cuba|curaçao|cyprus|czechia|côte d’ivoire|darfur|denmark|djibouti|dominica|"
            + "dominican republic|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|"
            + "ethiopia|falkland islands|faroe islands|fiji|finland|france|french guiana|french polynesia|"
            + "french southern territories|gabon|gambia|gaza|georgia|germany|ghana|gibraltar|greece|greenland|"
            + "grenada|guadeloupe|guam|guatemala|guernsey|guinea|guyana|haiti|heard & mcdonald islands|"
            + "honduras|hong kong sar china|hungary|iceland|india|indonesia|iran|iraq|ireland|isle of man|"
            + "israel|italy|jamaica|japan|jersey|jordan|kashmir|kazakhstan|kenya|kiribati|kuwait|kyrgyzstan|"
            + "laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macao sar china|"
            + "madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|martinique|mauritania|mauritius|"
            + "mayotte|mexico|micronesia|moldova|monaco|mongolia|montenegro|montserrat|morocco|mozambique|"
            + "myanmar|namibia|nauru|nepal|netherlands|new caledonia|new zealand|nicaragua|niger|nigeria|niue|"
            + "norfolk island|north korea|north macedonia|northern mariana islands|norway|oman|pakistan|palau|"
            + "palestine|palestinian territories|panama|papua new guinea|paraguay|peru|philippines|"
            + "pitcairn islands|poland|portugal|puerto rico|qatar|romania|rwanda|réunion|samoa|san marino|"
            + "saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|sint maarten|slovakia|slovenia|"
            + "solomon islands|somalia|south africa|south georgia & south sandwich islands|south korea|"
            + "south sudan|spain|sri lanka|st. barthélemy|st. helena|st. kitts & nevis|st. lucia|st. martin|"
            + "st. pierre & miquelon|st. vincent & grenadines|sudan|suriname|svalbard & jan mayen|sweden|"
            + "switzerland|syria|são tomé & príncipe|taiwan|tajikistan|tanzania|thailand|tigray|togo|tokelau|"
            + "tonga|trinidad & tobago|tunisia|turkey|turkmenistan|turks & caicos islands|tuvalu|"
            + "u.s. outlying islands|u.s. virgin islands|uganda|united arab emirates|united kingdom|"
            + "united states|uruguay|uzbekistan|vanuatu|vatican city|venezuela|vietnam|wallis & futuna|"
            + "west bank|western sahara|yemen|zambia|zimbabwe|åland islands").split("\\|"));

    /**
     * Whether the sentence places something, capitalised after "in", in a country other than Russia or Ukraine ("in
     * Pakistan", "In South Sudan, ...", "in Gaza"). Only after "in": a country named otherwise is not where things
     * happen ("returned from the United States", "drones supplied by Iran", "troops who crossed from Belarus", "Chad
     * Smith, a local official").
     */
    static boolean namesAThirdCountry(List<Token> t) {
        return !thirdCountries(t).isEmpty();
    }

    /**
     * The one country other than Russia or Ukraine the sentence places something in ({@link #namesAThirdCountry}),
     * lower-case; null for none or several.
     */
    static String theThirdCountry(List<Token> t) {
        Set<String> named = thirdCountries(t);
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static Set<String> thirdCountries(List<Token> t) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 1; i < t.size(); i++) {
            if (!capitalised(t.get(i).text()) || !t.get(i - 1).is("in")) {
                continue;
            }
            String name = t.get(i).lower();
            String longest = null;
            for (int k = i + 1; k <= Math.min(t.size(), i + 3); k++) {
                if (THIRD_COUNTRIES.contains(name)) {
                    longest = name; // "south sudan" over "sudan"
                }
                if (k < t.size()) {
                    name = name + " " + t.get(k).lower();
                }
            }
            if (longest != null) {
                out.add(longest);
                i += longest.split(" ").length - 1;
            }
        }
        return out;
    }

    /**
     * Prepositions that open a place or a time ("in Kharkiv", "near the border", "on Thursday"): a phrase that starts
     * with one names no claimant.
     */
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "near", "on", "at", "across", "inside", "outside", "around", "throughout", "during", "among",
            "within", "along", "into", "aboard", "onboard", "over", "since", "after", "before", "from", "by", "of",
            "under", "between", "through", "towards", "toward", "amid", "following", "until", "off", "beyond");

    /** Whether the lower-case {@code word} is a preposition that opens a place or a time, never a claimant. */
    static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word);
    }

    /**
     * Whether a claimant key is an institution's the alias table knows, or a state organ whose state the sentence
     * before may give ({@link #ownerFromContext}): "russia", "un", "zelensky", "defence ministry spokesman".
     */
    static boolean isInstitution(String key) {
        return isKey(key) || STATE_ORGANS.contains(key);
    }

    /**
     * Whether a phrase as written names a person: one to four capitalised name words ("Oleh Synehubov",
     * "Synehubov"), or a title before them that names no institution ("Kharkiv governor Oleh Synehubov").
     */
    static boolean namesAPerson(String phrase) {
        if (phrase == null) {
            return false;
        }
        List<String> written = wordsAsWritten(phrase);
        List<String> w = dropLeading(lower(written));
        if (w.isEmpty() || alias(w) != null) {
            return false;
        }
        List<String> tail = written.subList(written.size() - w.size(), written.size());
        int[] name = nameAfterTitle(tail);
        if (name != null) {
            String office = alias(w.subList(0, name[0]));
            return office == null || PERSONS.contains(office);
        }
        // a surname alone is a person too: "Synehubov, the regional governor, said" is his count; "Kharkiv Oblast",
        // "General Staff" and "Ukraine's Military" are no names
        return plainName(tail) == tail.size() && !tail.get(tail.size() - 1).toLowerCase(Locale.ROOT).endsWith("'s");
    }

    /** Whether {@code key} is a state news agency's ({@link #NEWS_AGENCIES}: "sana", "wafa", "xinhua"). */
    static boolean isNewsAgency(String key) {
        return key != null && NEWS_AGENCIES.containsValue(key) && !key.equals("russia");
    }

    /** Whether {@code s} is one of the institution keys of the alias table. */
    static boolean isKey(String s) {
        return s != null && (Arrays.asList("un", "russia", "kyiv", "zelensky", "putin").contains(s)
                || ACRONYMS.contains(s));
    }
}
