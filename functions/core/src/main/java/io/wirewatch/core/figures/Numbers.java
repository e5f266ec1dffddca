package io.wirewatch.core.figures;

import java.util.List;
import java.util.Map;

/**
 * Reads one cardinal number starting at a token: numerals ("1,597", "5,840", "12k", "1.5 million", "2m"), ranges
 * written as one numeral ("7,000-15,000") and numbers in words ("nine", "twenty-one", "one million",
 * "a hundred", "a dozen", "two dozen").
 *
 * <p>What is deliberately <em>not</em> a number here, because it never counts people: clock times ("17:02"),
 * ordinals ("11th", "seventh"), decades and ages ("20s", "12-year-old"), percentages, units glued to the digits
 * ("32km", "45C"), bare decimals without a scale word ("7.8" is a magnitude, not a head count) and vague plurals
 * ("hundreds", "thousands", "dozens", "scores") which state no figure.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A number read from tokens {@code [start, end)}.
     *
     * @param value      the number (lower end of a range)
     * @param upper      upper end when the numeral itself is a range, else {@code null}
     * @param end        index just after the last token read
     * @param separated  whether written with a thousands separator (a year never is)
     * @param words      whether written in words
     */
    record Num(long value, Long upper, int end, boolean separated, boolean words) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, Long> SCALE = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    /** Reads a number at {@code i}, or returns {@code null} when the token does not start one. */
    static Num read(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.isNum()) {
            return readNumeral(t, i);
        }
        if (tok.isWord()) {
            return readWords(t, i);
        }
        return null;
    }

    private static Num readNumeral(List<Token> t, int i) {
        String s = t.get(i).lower();
        if (s.indexOf(':') >= 0) {
            return null; // clock time
        }
        int dash = Math.max(s.indexOf('-'), s.indexOf('\u2013'));
        if (dash > 0) {
            long lo = plain(s.substring(0, dash));
            long hi = plain(s.substring(dash + 1));
            if (lo < 0 || hi < 0 || hi <= lo) {
                return null; // "12-year-old", "1,000-strong", "9-12" reversed
            }
            return new Num(lo, hi, i + 1, s.indexOf(',') >= 0, false);
        }
        // split digits and suffix
        int k = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.')) {
            k++;
        }
        String digits = s.substring(0, k);
        String suffix = s.substring(k);
        boolean decimal = digits.indexOf('.') >= 0;
        double v;
        try {
            v = Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        long mult = switch (suffix) {
            case "" -> 1;
            case "k" -> 1_000;
            case "m" -> 1_000_000;
            case "bn" -> 1_000_000_000;
            default -> -1; // %, th, s, km, am, ...
        };
        if (mult < 0) {
            return null;
        }
        int end = i + 1;
        if (mult == 1 && end < t.size() && SCALE.containsKey(t.get(end).lower())) {
            mult = SCALE.get(t.get(end).lower());
            end++;
        } else if (mult == 1 && end < t.size() && t.get(end).is("dozen")) {
            mult = 12;
            end++;
        }
        if (decimal && mult == 1) {
            return null; // "7.8": a magnitude or a rate, never a head count
        }
        return new Num(Math.round(v * mult), null, end, digits.indexOf(',') >= 0, false);
    }

    /** Value of a digit string with optional separators, or -1. */
    private static long plain(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != ',') {
                return -1;
            }
        }
        return Long.parseLong(s.replace(",", ""));
    }

    private static Num readWords(List<Token> t, int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int j = i;
        String first = t.get(i).lower();
        if ((first.equals("a") || first.equals("an")) && i + 1 < t.size()) {
            String next = t.get(i + 1).lower();
            if (next.equals("dozen")) {
                // "Half a dozen people died": six, not the dozen's 12
                return new Num(i > 0 && t.get(i - 1).is("half") ? 6 : 12, null, i + 2, false, true);
            }
            if (SCALE.containsKey(next)) {
                current = 1;
                any = true;
                j = i + 1;
            } else {
                return null;
            }
        }
        while (j < t.size()) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                break;
            }
            String w = tok.lower();
            Integer small = small(w);
            if (small != null) {
                if (current % 100 != 0 && current != 0 && small < 100) {
                    break; // "two three" is not one number
                }
                current += small;
                any = true;
                j++;
            } else if (any && SCALE.containsKey(w)) {
                long sc = SCALE.get(w);
                if (sc == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    total += (current == 0 ? 1 : current) * sc;
                    current = 0;
                }
                j++;
            } else if (any && w.equals("dozen")) {
                current *= 12;
                j++;
            } else if (any && w.equals("and") && j + 1 < t.size() && small(t.get(j + 1).lower()) != null
                    && (total + current) >= 100 && current % 100 == 0) {
                j++; // "one hundred and twenty"
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (i > 0 && total + current == 1 && j == i + 1 && PRONOUN_ONE.contains(t.get(i - 1).lower())) {
            return null; // "this one has so far killed three": the one is an earthquake, not a count
        }
        if (j < t.size() && t.get(j).is("of") && total + current == 1 && !(j + 1 < t.size()
                && (t.get(j + 1).is("them") || t.get(j + 1).is("whom")))
                && !(j + 2 < t.size() && t.get(j + 1).is("the") && read(t, j + 2) != null
                && (i == 0 || !t.get(i - 1).isWord() || t.get(i - 1).is("and") || t.get(i - 1).is("but")))) {
            // ("One of the two pilots was killed": one of a group counted, as "one of them" is, where it opens
            // the clause; "Labidi was one of the two gunmen killed" names him)
            // "one of the ..." picks out a member, it does not count; "One of them was later pronounced dead" (of
            // a crew, a group just told) counts the one
            return null;
        }
        return new Num(total + current, null, j, false, true);
    }

    /** Words before "one" that make it a pronoun: "this one", "that one", "each one". */
    private static final java.util.Set<String> PRONOUN_ONE = java.util.Set.of("this", "that", "which", "each",
            "every", "any", "no", "the", "another", "last", "next");

    /**
     * A number a text states and the word after it ({@link #statedWithWord}), lower-cased, "" at the end: what it
     * counts in "Three killed and five injured" ("killed", "injured"), less the words that say nothing of that
     * ("people", "more", "others", "were", ...).
     */
    public record Stated(String value, String word) {
    }

    /** Words after a number that say nothing of what it counts: "three people killed" counts the killed. */
    private static final java.util.Set<String> FILLER = java.util.Set.of("people", "persons", "more", "others",
            "other", "were", "are", "was", "have", "has", "been", "of", "at", "least");

    /**
     * The numbers {@code text} states, in order, for comparing two texts' numbers, each with the word after it
     * ({@link Stated}): each as its value whether written in figures or words ("Ten killed" and "10 killed" both
     * state "10", "a dozen" "12", "1.5 million" "1500000", a range "9-12"), and a scale that is no value ("dozens",
     * "hundreds") or a number that is no count ("7.8") as written.
     */
    public static List<Stated> statedWithWord(String text) {
        List<Stated> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        List<Token> t = Token.tokenize(text);
        int i = 0;
        while (i < t.size()) {
            Num n = read(t, i);
            String value = null;
            int end = i + 1;
            if (n != null) {
                value = n.value() + (n.upper() == null ? "" : "-" + n.upper());
                end = Math.max(n.end(), i + 1);
            } else if (t.get(i).isNum() || t.get(i).isWord() && isNumberWord(t.get(i).lower())) {
                value = t.get(i).lower(); // no count but a number all the same: "magnitude 7.8", "dozens"
            }
            if (value != null) {
                int k = end;
                while (k < t.size() && t.get(k).isWord() && FILLER.contains(t.get(k).lower())) {
                    k++;
                }
                out.add(new Stated(value, k < t.size() && t.get(k).isWord() ? t.get(k).lower() : ""));
            }
            i = end;
        }
        return out;
    }

    /**
     * Whether a lower-cased word names a number or a scale of one ("three", "dozen", "hundreds"): for comparing the
     * numbers two texts state when one writes them in words.
     */
    public static boolean isNumberWord(String w) {
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return SMALL.containsKey(w) || SCALE.containsKey(singular) || "dozen".equals(singular);
    }

    /** "nine" → 9, "twenty-one" → 21, else null. */
    private static Integer small(String w) {
        Integer v = SMALL.get(w);
        if (v != null) {
            return v;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer units = SMALL.get(w.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10 && units > 0) {
                return tens + units;
            }
        }
        return null;
    }
}
