package io.wirewatch.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One token of a sentence: a word (letters, inner apostrophes and hyphens, dotted initials such as "U.N."), a
 * numeral (digits with separators and attached suffixes, "1,597", "12k", "7,000-15,000", "17:02", "12-year-old")
 * or a single punctuation character. Curly quotes and apostrophes are folded to straight ones in {@link #lower}.
 *
 * @param text  the token as written
 * @param lower lower-cased, quote-folded form used for matching
 * @param type  {@link #WORD}, {@link #NUM} or {@link #PUNCT}
 */
record Token(String text, String lower, int type) {
    static final int WORD = 0;
    static final int NUM = 1;
    static final int PUNCT = 2;

    boolean isWord() {
        return type == WORD;
    }

    boolean isNum() {
        return type == NUM;
    }

    boolean isPunct() {
        return type == PUNCT;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** Whether the token as written opens with a capital letter: a name, a title, a sentence's first word. */
    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /**
     * Tokenises one sentence with a single left-to-right pass (no regular expressions, so no backtracking and a
     * predictable cost per character).
     */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-') && j + 1 < n
                            && Character.isLetterOrDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else if (d == '.' && j + 1 < n && Character.isDigit(s.charAt(j - 1))
                            && Character.isDigit(s.charAt(j + 1))) {
                        j += 2; // "magnitude-6.8", "M6.8": the decimal is the word's, not a count of 8
                    } else if (d == '.' && j - i == 1 && Character.isUpperCase(c) && j + 2 < n
                            && Character.isUpperCase(s.charAt(j + 1)) && s.charAt(j + 2) == '.') {
                        j += 3; // "U.N." / "U.S." (single-letter initials joined by dots)
                        while (j + 1 < n && Character.isUpperCase(s.charAt(j)) && s.charAt(j + 1) == '.') {
                            j += 2;
                        }
                        break;
                    } else {
                        break;
                    }
                }
                add(out, s.substring(i, j), WORD);
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d) || d == '%') {
                        j++;
                    } else if ((d == ',' || d == '.' || d == ':' || d == '-' || d == '\u2013') && j + 1 < n
                            && Character.isLetterOrDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                add(out, s.substring(i, j), NUM);
                i = j;
            } else {
                add(out, String.valueOf(c), PUNCT);
                i++;
            }
        }
        return out;
    }

    private static void add(List<Token> out, String text, int type) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0 || lower.indexOf('\u201c') >= 0 || lower.indexOf('\u201d') >= 0
                || lower.indexOf('\u2018') >= 0) {
            lower = lower.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                    .replace('\u201d', '"');
        }
        out.add(new Token(text, lower, type));
    }
}
