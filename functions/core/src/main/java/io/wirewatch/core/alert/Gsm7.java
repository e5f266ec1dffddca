package io.wirewatch.core.alert;

import java.text.Normalizer;

/**
 * The GSM 03.38 default alphabet, which every handset renders and which keeps an SMS at 160 characters. Any other
 * character forces UCS-2 and cuts the limit to 70, so text is transliterated before it goes into an SMS.
 */
public final class Gsm7 {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Characters sent as an escape plus one septet: they cost two. */
    private static final String EXTENDED = "^{}\\[~]|€\f";

    private Gsm7() {
    }

    /** Whether every character of {@code s} is in the GSM-7 default alphabet or its extension table. */
    public static boolean isGsm7(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENDED.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Length in septets: extension characters count two. */
    public static int septets(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += EXTENDED.indexOf(s.charAt(i)) >= 0 ? 2 : 1;
        }
        return n;
    }

    /**
     * Transliterates to GSM-7: typographic quotes and dashes to their plain forms, letters with diacritics to their
     * base letter where GSM-7 lacks them, anything else (emoji, other scripts) dropped.
     */
    public static String transliterate(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String mapped = switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> "'";
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u2026' -> "...";
                case '\u00a0', '\u2009', '\u202f', '\u2002', '\u2003', '\t', '\n', '\r' -> " ";
                case '\u2022', '\u00b7' -> "-";
                default -> null;
            };
            if (mapped != null) {
                out.append(mapped);
            } else if (BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0) {
                out.append(c);
            } else if (!Character.isSurrogate(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "");
                if (!base.isEmpty() && isGsm7(base)) {
                    out.append(base);
                }
            }
        }
        return out.toString().replaceAll(" {2,}", " ").trim();
    }

    /**
     * Cuts {@code s} (already GSM-7) to at most {@code max} septets at a word boundary, with "..." when cut, and
     * without the comma, colon, semicolon or dash the cut would leave before it.
     */
    public static String fit(String s, int max) {
        if (septets(s) <= max) {
            return s;
        }
        int budget = max - 3;
        int n = 0;
        int end = 0;
        for (int i = 0; i < s.length(); i++) {
            int w = EXTENDED.indexOf(s.charAt(i)) >= 0 ? 2 : 1;
            if (n + w > budget) {
                break;
            }
            n += w;
            end = i + 1;
        }
        int space = s.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        // "stalled",... and "city -..." read as typos: the cut drops the punctuation that led on to what is gone
        String kept = s.substring(0, end).stripTrailing();
        int last = kept.length();
        while (last > 0 && (",;:-".indexOf(kept.charAt(last - 1)) >= 0 || kept.charAt(last - 1) == ' ')) {
            last--;
        }
        return kept.substring(0, last) + "...";
    }
}
