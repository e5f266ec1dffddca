package io.wirewatch.core.summary;

import io.wirewatch.core.text.Datelines;
import io.wirewatch.core.text.Sentences;
import io.wirewatch.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences of an entry may be shown as a key point. Entry bodies are meant to arrive without captions and
 * embed boilerplate, but pages vary, so the summariser checks again: a key point must read as one clean, complete
 * sentence on its own.
 */
public final class KeyPointSentences {
    /** Fewer words than this is a caption, a byline or a bullet fragment, not a fact. */
    public static final int MIN_WORDS = 6;
    /** More words than this is a run-on paragraph or a list that the splitter could not break. */
    public static final int MAX_WORDS = 45;

    /** Photo credits, caption labels, link and embed leftovers, timestamps of live pages. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "image source|image caption|media caption|getty images|\\bcopyright\\b|\\bphotograph:|"
                    + "\\bphoto:|\\(photo\\b|\\bpictured\\b|published at|, external\\b|\\bread more\\b|"
                    + "\\bclick here\\b|\\bsign up\\b|\\bsubscribe\\b|\\bfollow (us|our|live)\\b|\\bwatch:|"
                    + "\\blive updates?\\b|@\\w|https?://|www\\.");
    /**
     * The page opening or closing its coverage, over the lower-cased sentence with curly apostrophes made straight:
     * "Welcome to Al Jazeera's continuing coverage of the Ukraine-Russia crisis.", "That's all from the BBC Africa
     * Live page today.", "We'll be back at 08:00 tomorrow with the latest news.", "We've now finished posting news,
     * travel reports and a regular weather forecast, for today." A live page says one of these every day, so across
     * a day's posts their words repeat (the page's own name) and the summariser would rank them as a key fact. Not
     * {@link ConceptSummariser#talksToReader}, which the benchmark shares: BBC's reference bullets there keep their
     * sign-off line ("... updates resume at 08:00 wednesday"), and dropping these cost BBC R-2 .001; the daily brief
     * is read as news, where a sign-off is noise.
     */
    private static final Pattern SIGN_ON_OR_OFF = Pattern.compile(String.join("|",
            "^welcome (?:back )?to (?:[\\p{L}'-]+ ){0,4}?(?:continuing |ongoing |rolling |live )*"
                    + "(?:coverage|live|blog|page|updates)\\b",
            "^(?:and )?that'?s (?:all|it) (?:from|for)\\b",
            "\\bwe(?:'ll| will) be back\\b",
            "\\bwe(?:'ve| have) (?:now )?finished (?:posting|our|the|for)\\b",
            "\\bwe(?:'re| are) (?:now )?(?:pausing|closing|ending|wrapping up) (?:our|this|the) (?:live )?"
                    + "(?:coverage|blog|page)\\b",
            "\\bthis (?:live )?(?:blog|page) (?:is|has) (?:now )?(?:closed|ended|paused)\\b",
            // a presenter's: "I'm Kerem Aydın, and I'll be bringing you the latest updates from Dersun"
            "\\bi(?:'ll| will) be (?:bringing|keeping) you\\b"));
    /**
     * A placeholder for what the writer did not have yet ("Russian Foreign Minister XXX said"), and a sentence that
     * trails off or teases ("... and we go inside...."): no clean point either way.
     */
    private static final Pattern UNFINISHED = Pattern.compile("\\bX{3,}\\b|(?:\\.{3,}|\u2026)[\"'\u201d\u2019)]*$");
    /**
     * A fact box's line or a table's row as the splitter writes it ("Key figures: 23 people killed; 9 people
     * missing.", "Deaths: 38", "Total: 24 killed, 117 injured."): a label of up to four words and a colon before a
     * count. Its figures are the entry's and alert; read out of its box as a key point it says no more than its
     * numbers.
     */
    private static final Pattern FACT_BOX = Pattern.compile("(?:[^\\s:.!?]+\\s+){0,3}[^\\s:.!?]+:\\s*\\d");
    /** Starts like a sentence: a capital, a digit or an opening quote followed by one of them. */
    private static final Pattern STARTS_WELL = Pattern.compile("^[\"'\u201c\u2018(]?[\\p{Lu}\\d]");
    /** Ends like a sentence: terminal punctuation, optionally inside closing quotes or brackets. */
    private static final Pattern ENDS_WELL = Pattern.compile("[.!?][\"'\u201d\u2019)]*$");

    private KeyPointSentences() {
    }

    /**
     * A wire story's dateline: the place in capitals, an optional region, an optional date, an optional agency tag,
     * then a dash ("KYIV, Ukraine - ", "LVIV, Ukraine (AP) &mdash; ", "KYIV, March 2 (Reuters) - "). It belongs to the
     * story, not to a key point.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{2,30}(?:, [\\p{L} .]{2,30})?" + Datelines.DATE
                    + "(?: \\((?:AP|Reuters|AFP)\\))? [-\u2013\u2014]{1,2} "
                    + "(?=[\\p{Lu}\\d\"\u201c])");
    /**
     * Where a long sentence's main clause ends and a trailing clause that adds a second event begins: ", as ...",
     * ", while ...", ", even as ...", ", amid ...", or a semicolon. Not ", as of ..." nor ", as many as ..." (any
     * ", as X as ..." but ", as well as ..."): these open no clause but give a time, a quantity or a condition of
     * the clause they stand in, often its news ("said on Wednesday, as many as 2,000 civilians have been killed
     * ..."), so a cut there leaves a stub. ", as well as ..." only adds to a list the head has already made.
     */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            ",\\s+(?:as(?!\\s+of\\b)(?!\\s+(?!well\\b)\\w+\\s+as\\b)|while|even as|amid)\\s+|;\\s+");
    /**
     * Words a sentence cannot end on: a conjunction, relative, article or preposition that opens what follows ("...
     * told reporters on Wednesday that").
     */
    private static final Set<String> OPENERS = Set.of("that", "which", "who", "whom", "whose", "whether", "if",
            "because", "and", "or", "but", "the", "a", "an", "of", "to");
    /** Verbs that introduce what someone said. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "announced", "announces", "reported", "reports", "stated", "states", "claimed", "claims",
            "warned", "warns", "confirmed", "confirms", "insisted", "insists", "wrote", "writes", "tweeted",
            "explained", "noted", "believe", "believes");
    /**
     * Words of the time, place, manner or audience that may follow a reporting verb: "said on Wednesday in a
     * statement", "told reporters in the city".
     */
    private static final Set<String> AFTER_REPORTING = Set.of("on", "in", "at", "a", "an", "the", "his", "her",
            "its", "their", "this", "last", "late", "early", "earlier", "later", "today", "tonight", "yesterday",
            "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "statement", "interview", "briefing", "address", "speech", "post", "video",
            "tweet", "telegram",
            // whom it was said to: "told reporters in the city on Wednesday"
            "reporters", "journalists", "media", "press", "conference", "news", "lawmakers", "parliament", "city",
            "capital", "state", "television", "tv", "radio");
    /** A word ending in a comma or a closing quote: what was said ends there and who said it follows. */
    private static final Pattern CLOSES_REPORT = Pattern.compile("(?:,|[\"\u201d])[\"\u201d\u2019)]*$");
    /** Words between a reporting verb and its subject that are not the subject: "officials have also said". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "also", "later", "earlier", "previously", "then", "now", "again", "would", "will", "could");

    /**
     * The key-point candidates of {@code body}, in order: each sentence without a wire dateline, when it passes
     * {@link #isClean}; a sentence too long to pass is offered as its main clause ({@link #mainClause}) when that
     * passes. A wire story's lead is often that long ("More than 1 million people have fled Ukraine ..., the United
     * Nations said Thursday, as Moscow said it was ready for more talks ..."), and it is the story's key point.
     */
    public static List<String> of(String body) {
        List<String> out = new ArrayList<>();
        for (String s : Sentences.split(body)) {
            String t = withoutDateline(s);
            if (isClean(t)) {
                out.add(t);
            } else if (Tokens.of(t).size() > MAX_WORDS) {
                String main = mainClause(t);
                if (main != null && isClean(main)) {
                    out.add(main);
                }
            }
        }
        return out;
    }

    /** {@code s} without a leading wire dateline ("KYIV, Ukraine - "), or {@code s} when it has none. */
    static String withoutDateline(String s) {
        return DATELINE.matcher(s).replaceFirst("");
    }

    /**
     * The longest leading part of {@code s} that ends where a trailing clause begins ({@link #TRAILING_CLAUSE}) and is
     * at most {@value #MAX_WORDS} words, closed with a full stop unless it already ends like a sentence ("... in the
     * U.S.", "... last week?"); null when there is none of at least {@value #MIN_WORDS} words. The cut is only made
     * outside quotation marks, so no quote is cut mid-way, and not after a part that cannot end a sentence
     * ({@link #endsOpen}).
     */
    static String mainClause(String s) {
        java.util.regex.Matcher m = TRAILING_CLAUSE.matcher(s);
        String best = null;
        while (m.find()) {
            String head = s.substring(0, m.start()).strip();
            int words = Tokens.of(head).size();
            if (words > MAX_WORDS) {
                break;
            }
            if (words >= MIN_WORDS && quotesBalanced(head) && !endsOpen(head)) {
                best = ENDS_WELL.matcher(head).find() ? head : head + ".";
            }
        }
        return best;
    }

    /**
     * Whether {@code head} stops where what it announces was to begin, so that closed with a full stop it says
     * nothing: it ends on a word that opens what follows ({@link #OPENERS}: "... told reporters on Wednesday that"),
     * or on a reporting verb, with perhaps a time, place or manner ("Ukraine's State Emergency Service said on
     * Wednesday"), whose report is not before it. A report stands before the verb when a comma or closing quote
     * comes first and the subject follows it: "More than 1 million people have fled ..., the United Nations said
     * Thursday" is whole, "Officials in Mariupol, near the border, said on Wednesday" is not.
     */
    static boolean endsOpen(String head) {
        List<String> tokens = Tokens.of(head);
        if (!tokens.isEmpty() && OPENERS.contains(tokens.get(tokens.size() - 1))) {
            return true;
        }
        String[] words = head.split("\\s+");
        int v = words.length - 1;
        while (v >= 0 && words.length - v <= 6 && AFTER_REPORTING.contains(bare(words[v]))) {
            v--;
        }
        if (v < 0 || !REPORTING.contains(bare(words[v]))) {
            return false;
        }
        for (int i = v - 1; i >= 0; i--) {
            if (CLOSES_REPORT.matcher(words[i]).find()) {
                return true; // the word after the comma or quote is the verb or an auxiliary: no subject there
            }
            if (!AUXILIARIES.contains(bare(words[i]))) {
                // a subject; whole if a comma or closing quote stands somewhere before it
                for (int j = i - 1; j >= 0; j--) {
                    if (CLOSES_REPORT.matcher(words[j]).find()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return true;
    }

    /** {@code word} lower-cased, without the punctuation around it. */
    private static String bare(String word) {
        List<String> t = Tokens.of(word);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    /**
     * Whether {@code s} can stand alone as a key point: {@value #MIN_WORDS}-{@value #MAX_WORDS} words, starts and
     * ends like a sentence, balanced double quotes (so not cut mid-quote), no caption, credit or link text, not the
     * page opening or closing its coverage ({@link #SIGN_ON_OR_OFF}) unless it quotes someone ("We will be back in
     * Kherson, Zelensky told troops."), no fact box's line ({@link #FACT_BOX}).
     */
    public static boolean isClean(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        int words = Tokens.of(t).size();
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        if (!STARTS_WELL.matcher(t).find() || !ENDS_WELL.matcher(t).find()) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (BOILERPLATE.matcher(lower).find() || FACT_BOX.matcher(t).lookingAt() || UNFINISHED.matcher(t).find()) {
            return false;
        }
        if (SIGN_ON_OR_OFF.matcher(lower.replace('\u2019', '\'')).find() && !ConceptSummariser.quotesSomeone(t)) {
            return false;
        }
        return quotesBalanced(t);
    }

    private static boolean quotesBalanced(String t) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open--;
                if (open < 0) {
                    return false; // closes a quote opened in an earlier sentence
                }
            }
        }
        return straight % 2 == 0 && open == 0;
    }
}
