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

    /** The sentences of {@code body} that pass {@link #isClean}, in order. */
    public static List<String> of(String body) {
        List<String> out = new ArrayList<>();
        for (String s : Sentences.split(body)) {
            if (isClean(s)) {
                out.add(s);
            }
        }
        return out;
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
