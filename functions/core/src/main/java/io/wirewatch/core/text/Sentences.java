package io.wirewatch.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences. Shared by figure extraction and summarising so both see the same sentence bounds.
 *
 * <p>Rules: a sentence ends at '.', '!' or '?' (optionally followed by closing quotes or brackets) when followed by
 * whitespace and then an upper-case letter, digit or opening quote; not after common abbreviations ("Mr.", "U.N.",
 * "Gen.") or single initials; and always at a line break that separates paragraphs.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "gov", "sen", "rep", "st",
            "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "est", "ft", "mt",
            "rev", "maj", "adm", "brig", "pres", "incl", "excl", "approx",
            // Spanish and Philippine places and saints: "Barangay Lumbia, Sta. Cruz", "Sto. Niño", "Sta. Rosa"
            "sta", "sto", "sra", "brgy");

    /** Paragraph breaks: a blank line, or any single line break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\r?\\n");

    private Sentences() {
    }

    /** Sentences of {@code text}, trimmed and whitespace-normalised, empty ones dropped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        // Figure extraction calls this once per line, so the common input has no line break: the break pattern
        // cannot match without a '\n', and String.split would only hand back the text itself.
        if (text.indexOf('\n') < 0) {
            splitParagraph(collapseSpaces(text).trim(), out);
            return out;
        }
        for (String para : PARAGRAPH_BREAK.split(text)) {
            splitParagraph(collapseSpaces(para).trim(), out);
        }
        return out;
    }

    /** Whether {@code c} is in the regex class {@code \\s}: space, tab, LF, VT, FF or CR (ASCII only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} by hand: most paragraphs are already single-spaced, and then no copy is
     * made (replaceAll compiled its pattern and rebuilt the string on every call).
     */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || (i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
                break; // first run that is not exactly one ' '
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                b.append(' ');
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(p.charAt(end))) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (p.charAt(end) != ' ') {
                continue;
            }
            int next = end + 1;
            if (next >= n) {
                break;
            }
            char nc = p.charAt(next);
            if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || isOpener(nc))) {
                continue;
            }
            if (c == '.' && isAbbreviation(p, start, i)) {
                continue;
            }
            add(out, p.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(out, p.substring(start));
    }

    private static boolean isAbbreviation(String p, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(p.charAt(w - 1)) && p.charAt(w - 1) != '(') {
            w--;
        }
        String word = p.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201c' || c == '\u2018';
    }

    private static void add(List<String> out, String s) {
        String t = s.trim();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
