package io.wirewatch.core.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables of casualties, as pages and sitreps lay them out, read as the statements they make. A table's cells come
 * out of {@link Html} parted by tabs, a row a line: "Region / Killed / Injured" over "Khulna / 9 / 41" said nothing
 * a reader of sentences could count, so a district's toll and the table's total were lost. Each row under a header
 * that names casualties is written as its statement: "9 killed, 41 injured in Khulna." ("in" when the first column
 * holds places), "Total: 24 killed, 117 injured."; a key-figures table of a label and a number a row ("People
 * killed / 23") as "23 people killed.". Other tables are left as they are.
 */
final class Tables {
    private Tables() {
    }

    /** A column or row label that counts casualties: "Killed", "Deaths", "People injured", "No. of missing". */
    private static final Pattern CASUALTY_LABEL = Pattern.compile("(?i)(?:(?:people|persons|no\\.? of|number of|"
            + "confirmed|reported|total)\\s+)*(?:killed|dead|deaths|fatalities|injured|wounded|injuries|missing"
            + "|casualties|hurt)(?:\\s*\\(.{0,20}\\))?");
    /** A cell holding a count: "9", "1,035", "12.5%" is no count but a number all the same. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*%?");
    /** A cell left empty or with a dash: no count given. */
    private static final Pattern NONE = Pattern.compile("|[-\u2013\u2014]|n/?a|N/?A");
    /** The first column's header when its rows are places. */
    private static final Pattern PLACES = Pattern.compile("(?i)(?:region|district|province|state|county|country"
            + "|city|town|area|governorate|oblast|location|municipality|department|prefecture|division|upazila"
            + "|village|island|zone|place)s?");
    /** A row of the table's total. */
    private static final Pattern TOTAL = Pattern.compile("(?i)(?:grand )?totals?|all|overall|nationwide");

    /** {@code text} with its casualty tables' rows written as statements. */
    static String casualtyRows(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int i = 0;
        while (i < lines.length) {
            String[] header = lines[i].split("\t", -1);
            int end = header.length >= 3 && isHeader(header) ? rowsUnder(lines, i + 1, header.length) : i + 1;
            if (end > i + 1) {
                out.add(lines[i]);
                for (int r = i + 1; r < end; r++) {
                    out.add(row(header, lines[r].split("\t", -1)));
                }
                i = end;
                continue;
            }
            end = keyFigures(lines, i);
            if (end > i + 1) {
                for (int r = i; r < end; r++) {
                    String[] c = lines[r].split("\t", -1);
                    out.add(c[1].strip() + " " + lowerFirst(c[0].strip()) + ".");
                }
                i = end;
                continue;
            }
            out.add(lines[i++]);
        }
        return String.join("\n", out);
    }

    /** A header row: no cell a number, and a column after the first naming casualties. */
    private static boolean isHeader(String[] cells) {
        boolean casualties = false;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (NUMBER.matcher(cell).matches()) {
                return false;
            }
            casualties |= c > 0 && CASUALTY_LABEL.matcher(cell).matches();
        }
        return casualties;
    }

    /** Where the rows under a header of {@code width} cells end: each a name, then counts or nothing. */
    private static int rowsUnder(String[] lines, int from, int width) {
        int r = from;
        while (r < lines.length) {
            String[] cells = lines[r].split("\t", -1);
            if (cells.length != width || cells[0].isBlank() || NUMBER.matcher(cells[0].strip()).matches()) {
                break;
            }
            boolean counts = false;
            for (int c = 1; c < width; c++) {
                String cell = cells[c].strip();
                boolean number = NUMBER.matcher(cell).matches();
                if (!number && !NONE.matcher(cell).matches()) {
                    return r;
                }
                counts |= number;
            }
            if (!counts) {
                break;
            }
            r++;
        }
        return r;
    }

    private static String row(String[] header, String[] cells) {
        List<String> parts = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            String n = cells[c].strip();
            if (NUMBER.matcher(n).matches()) {
                parts.add(n + " " + header[c].strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String name = cells[0].strip();
        String said = String.join(", ", parts);
        if (TOTAL.matcher(name).matches()) {
            return "Total: " + said + ".";
        }
        String first = header[0].strip();
        return first.isEmpty() || PLACES.matcher(first).matches() ? said + " in " + name + "." : name + ": " + said
                + ".";
    }

    /**
     * Where a key-figures table starting at line {@code from} ends: two or more rows of a label and a count, one of
     * them naming casualties ("People killed / 23", "Displaced / 41,200"); {@code from + 1} or less when none.
     */
    private static int keyFigures(String[] lines, int from) {
        int r = from;
        boolean casualties = false;
        while (r < lines.length) {
            String[] c = lines[r].split("\t", -1);
            if (c.length != 2 || c[0].isBlank() || !NUMBER.matcher(c[1].strip()).matches()
                    || c[1].strip().endsWith("%") || NUMBER.matcher(c[0].strip()).matches()
                    || c[0].strip().length() > 60) {
                break;
            }
            casualties |= CASUALTY_LABEL.matcher(c[0].strip()).find();
            r++;
        }
        return casualties && r - from >= 2 ? r : from;
    }

    private static String lowerFirst(String label) {
        // "People killed" reads "23 people killed"; an acronym or a name keeps its capitals ("IDPs", "UNHCR")
        return label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
