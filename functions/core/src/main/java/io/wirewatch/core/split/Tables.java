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
            + "confirmed|reported|total)\\s+)*(?:killed|dead|deaths|died|fatalities|injured|wounded|injuries|missing"
            + "|casualties|hurt)");
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
            // its corner cell empty, which the text may not show: the rows have one cell more than the header
            boolean corner = header.length >= 3 && header[0].isBlank() || header.length >= 2 && i + 1 < lines.length
                    && lines[i + 1].split("\t", -1).length == header.length + 1;
            end = corner ? transposed(lines, i, out) : i;
            if (end > i + 1) {
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
            casualties |= c > 0 && isCasualties(cell);
        }
        return casualties;
    }

    /** Whether a label names casualties, its notes in brackets aside: "Deaths (confirmed) [prosecutor, 3 June]". */
    private static boolean isCasualties(String label) {
        return CASUALTY_LABEL.matcher(label(label)).matches();
    }

    /** A label without its notes in brackets, lower-cased: "deaths", "injured". */
    private static String label(String cell) {
        return NOTES.matcher(cell).replaceAll("").strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");

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

    /**
     * A row as its statement: the casualty columns first, then the place ("9 killed, 41 injured in Khulna"), then the
     * other columns after a semicolon, whose money and shares would otherwise stand between a count and its place.
     */
    private static String row(String[] header, String[] cells) {
        List<String> counts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            String n = cells[c].strip();
            if (NUMBER.matcher(n).matches()) {
                (isCasualties(header[c]) ? counts : others).add(n + " " + label(header[c]));
            }
        }
        String name = cells[0].strip();
        String said = String.join(", ", counts);
        String rest = others.isEmpty() ? "" : (said.isEmpty() ? "" : "; ") + String.join(", ", others);
        if (TOTAL.matcher(name).matches()) {
            return "Total: " + said + rest + ".";
        }
        String first = header[0].strip();
        boolean place = first.isEmpty() || PLACES.matcher(first).matches();
        return place ? said + (said.isEmpty() ? "" : " in " + name) + rest + (said.isEmpty() ? " in " + name : "")
                + "." : name + ": " + said + rest + ".";
    }

    /**
     * A key-figures table by date, its labels down the first column and a column per date ("" / "12 May (6pm)" / "13
     * May (6pm)" over "Killed / 9 / 14"): each row is read as its last column's count ("14 killed."), the latest; the
     * earlier columns are the counts before it, and no figures. Adds its lines to {@code out} and returns where it
     * ends, or {@code from} when the lines are no such table.
     */
    private static int transposed(String[] lines, int from, List<String> out) {
        String[] header = lines[from].split("\t", -1);
        if (!header[0].isBlank()) {
            String[] cornered = new String[header.length + 1];
            cornered[0] = "";
            System.arraycopy(header, 0, cornered, 1, header.length);
            header = cornered;
        }
        int width = header.length;
        for (int c = 1; c < width; c++) {
            if (header[c].isBlank() || NUMBER.matcher(header[c].strip()).matches()
                    || header[c].chars().noneMatch(Character::isDigit)) {
                return from; // columns of dates or times: "12 May (6pm)"
            }
        }
        int r = from + 1;
        boolean casualties = false;
        List<String> read = new ArrayList<>();
        while (r < lines.length) {
            String[] cells = lines[r].split("\t", -1);
            if (cells.length != width || cells[0].isBlank() || NUMBER.matcher(cells[0].strip()).matches()) {
                break;
            }
            String last = null;
            for (int c = width - 1; c >= 1 && last == null; c--) {
                String cell = cells[c].strip();
                last = NUMBER.matcher(cell).matches() ? cell : NONE.matcher(cell).matches() ? null : "";
            }
            if (last == null || last.isEmpty()) {
                break;
            }
            casualties |= isCasualties(cells[0]);
            read.add(last + " " + lowerFirst(cells[0].strip()) + ".");
            r++;
        }
        if (!casualties || read.size() < 2) {
            return from;
        }
        out.add(lines[from]);
        out.addAll(read);
        return r;
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
            casualties |= CASUALTY_LABEL.matcher(label(c[0])).find();
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
