package io.wirewatch.core.summary;

import io.wirewatch.core.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** Starts like a sentence: a capital, a digit or an opening quote followed by one of them. */
    private static final Pattern STARTS_WELL = Pattern.compile("^[\"'\u201c\u2018(]?[\\p{Lu}\\d]");
    /** Ends like a sentence: terminal punctuation, optionally inside closing quotes or brackets. */
    private static final Pattern ENDS_WELL = Pattern.compile("[.!?][\"'\u201d\u2019)]*$");

    private KeyPointSentences() {
    }

    /**
     * A wire story's dateline: the place in capitals, an optional region, an optional agency tag, then a dash
     * ("KYIV, Ukraine - ", "LVIV, Ukraine (AP) &mdash; "). It belongs to the story, not to a key point.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{2,30}(?:, [\\p{L} .]{2,30})?(?: \\((?:AP|Reuters|AFP)\\))? [-\u2013\u2014]{1,2} "
                    + "(?=[\\p{Lu}\\d\"\u201c])");
    /**
     * Where a long sentence's main clause ends and a trailing clause that adds a second event begins: ", as ...",
     * ", while ...", ", even as ...", ", amid ...", or a semicolon.
     */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(",\\s+(?:as|while|even as|amid)\\s+|;\\s+");

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
     * at most {@value #MAX_WORDS} words, closed with a full stop; null when there is none of at least
     * {@value #MIN_WORDS} words. The cut is only made outside quotation marks, so no quote is cut mid-way.
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
            if (words >= MIN_WORDS && quotesBalanced(head)) {
                best = head + ".";
            }
        }
        return best;
    }

    /**
     * Whether {@code s} can stand alone as a key point: {@value #MIN_WORDS}-{@value #MAX_WORDS} words, starts and
     * ends like a sentence, balanced double quotes (so not cut mid-quote), no caption, credit or link text.
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
        if (BOILERPLATE.matcher(t.toLowerCase(Locale.ROOT)).find()) {
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
