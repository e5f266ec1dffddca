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
     * Cyrillic letters а to я (U+0430..U+044F) in Latin, as Russian is romanised (BGN/PCGN, simplified); the
     * letters of the other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian) in {@link #cyrillic}.
     */
    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /** Latin letters that do not decompose into a base letter and a mark ("Łódź", "Đakovo", "Œuvre"). */
    private static String latin(char c) {
        return switch (c) {
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'ħ' -> "h";
            case 'Ħ' -> "H";
            case 'ı' -> "i";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case 'ŀ' -> "l";
            case 'Ŀ' -> "L";
            default -> null;
        };
    }

    /**
     * A Cyrillic letter in Latin, or null. Ukrainian text (it has і, ї, є or ґ) is romanised as Ukraine's official
     * system (2010) does, so Київ reads "Kyiv" and Харків "Kharkiv": г is h, и is y, and є, ї, й, ю, я are ye, yi,
     * y, yu, ya opening a word and ie, i, i, iu, ia within it.
     */
    private static String cyrillic(char c, boolean ukrainian, boolean wordStart) {
        char lower = Character.toLowerCase(c);
        String l = null;
        if (ukrainian) {
            l = switch (lower) {
                case 'г' -> "h";
                case 'и' -> "y";
                case 'є' -> wordStart ? "ye" : "ie";
                case 'ї' -> wordStart ? "yi" : "i";
                case 'й' -> wordStart ? "y" : "i";
                case 'ю' -> wordStart ? "yu" : "iu";
                case 'я' -> wordStart ? "ya" : "ia";
                default -> null;
            };
        }
        if (l == null && lower >= '\u0430' && lower <= '\u044f') {
            l = CYRILLIC[lower - '\u0430'];
        } else if (l == null) {
            l = switch (lower) {
                case 'ё' -> "yo";
                case 'є' -> "ye";
                case 'і' -> "i";
                case 'ї' -> "yi";
                case 'ґ', 'ѓ' -> "g";
                case 'ђ' -> "dj";
                case 'ј' -> "j";
                case 'љ' -> "lj";
                case 'њ' -> "nj";
                case 'ћ' -> "c";
                case 'џ', 'ѕ' -> "dz";
                case 'ў' -> "u";
                case 'ќ' -> "k";
                default -> null;
            };
        }
        if (l == null || l.isEmpty() || !Character.isUpperCase(c)) {
            return l;
        }
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    private static boolean wordStart(String s, int i) {
        return i == 0 || !Character.isLetter(s.charAt(i - 1));
    }

    private static boolean ukrainian(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("іїєґІЇЄҐ".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Transliterates to GSM-7: typographic quotes and dashes to their plain forms, letters with diacritics to their
     * base letter where GSM-7 lacks them, Cyrillic to Latin ("Вибухи в Харкові" → "Vybukhy v Kharkovi"), anything
     * else (emoji, other scripts) dropped.
     */
    public static String transliterate(String s) {
        boolean ukrainian = ukrainian(s);
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
            if (mapped == null && BASIC.indexOf(c) < 0 && EXTENDED.indexOf(c) < 0) {
                mapped = latin(c);
                if (mapped == null) {
                    mapped = cyrillic(c, ukrainian, wordStart(s, i));
                }
            }
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
     * Transliterates to printable ASCII, as {@link #transliterate} does to GSM-7 and further: the accented letters
     * GSM-7 has ("é", "ü", "ø", "æ") to their base letters, rather than losing them ("Élysée" → "Elysee").
     */
    public static String ascii(String s) {
        String t = transliterate(s);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String plain = switch (c) {
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'æ' -> "ae";
                case 'Æ' -> "AE";
                case 'ß' -> "ss";
                case '£' -> "GBP ";
                case '€' -> "EUR ";
                case '¥' -> "JPY ";
                default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            };
            for (int k = 0; k < plain.length(); k++) {
                char p = plain.charAt(k);
                if (p >= 0x20 && p < 0x7f) {
                    sb.append(p);
                }
            }
        }
        return sb.toString().replaceAll(" {2,}", " ").trim();
    }

    /**
     * Whether {@code s} has a letter or digit in {@link #ascii} form, the stricter of the two (an email subject): a
     * headline wholly in another script has none. GSM-7 keeps a few Greek capitals, so a Greek headline would
     * otherwise pass here and reach the subject as nothing.
     */
    public static boolean readable(String s) {
        return ascii(s).chars().anyMatch(Character::isLetterOrDigit);
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
