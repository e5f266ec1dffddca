package io.wirewatch.core.text;

import java.util.regex.Pattern;

/** Text hygiene for anything that leaves the core: messages, subjects, log lines. */
public final class Text {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private Text() {
    }

    /**
     * Replaces control and format characters (including newlines, tabs, zero-width and bidi marks) with a space and
     * collapses runs of whitespace. Document text is untrusted: a newline in a headline must not forge a log line
     * or an extra message header.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, adding "..." when cut. */
    public static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        if (max <= 3) {
            return s.substring(0, max);
        }
        int cut = s.lastIndexOf(' ', max - 3);
        if (cut < max / 2) {
            cut = max - 3;
        }
        return s.substring(0, cut).stripTrailing() + "...";
    }
}
