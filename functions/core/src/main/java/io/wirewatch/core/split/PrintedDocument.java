package io.wirewatch.core.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A printed document (a PDF) as the HTML page it reads as: lines of type become headings, paragraphs and line
 * breaks, and what the printer put on every page is left out. A PDF knows no paragraphs or headings, only lines of
 * type at places on pages; a reader sees the structure in the type, and so does this:
 * <ul>
 *   <li>A line set larger than the body text (by 15%, the body being the size most characters are set in) is a
 *       heading, the largest sizes the higher levels; so is a short bold line that does not end a sentence over body
 *       text ("Key figures", a post's headline). The splitter then reads headings as it reads a page's.</li>
 *   <li>A paragraph is the run of lines in one type that the extractor saw start a paragraph (a gap or an indent);
 *       its lines are joined where the text wraps (a line filling most of the paragraph's width) and kept apart where
 *       the writer broke them (a short line: a list, a timeline, a key-figures box of numbers over labels). A word
 *       hyphenated over the break is joined ("Palestin-" / "ian").</li>
 *   <li>A paragraph that runs over a page break is one paragraph: the page's last line does not end a sentence and
 *       the next page's first line goes on in the same type.</li>
 *   <li>Running heads and footers are left out: a line in the page's top or bottom tenth that recurs, its digits
 *       aside, on at least half the pages (and two), and, on any page, such a line that is only a page number
 *       ("Page 2 of 5", "- 2 -", "2/5", a browser's "file:///... 1/3" or "https://... 1/3") or a browser's print
 *       stamp ("12/4/26, 3:26 AM" with the page's title).</li>
 * </ul>
 */
public final class PrintedDocument {

    /**
     * One line as an extractor read it.
     *
     * @param page           page number, from 1
     * @param text           the line's text
     * @param top            where the line is on its page, 0 at the top edge to 1 at the bottom
     * @param size           its type size in points (of its first character)
     * @param bold           whether its type is bold
     * @param paragraphStart whether the extractor saw a paragraph start here (a larger gap or an indent)
     */
    public record Line(int page, String text, double top, double size, boolean bold, boolean paragraphStart) {
    }

    private PrintedDocument() {
    }

    /** The part of a page at its top and at its bottom where running heads and footers are printed. */
    private static final double MARGIN = 0.1;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:(?:page|p\\.|seite|página|pagina)\\s*)?[-–—(\\[]?\\s*\\d{1,4}\\s*"
                    + "(?:(?:/|of|de|von|sur|di)\\s*\\d{1,4})?\\s*[-–—)\\]]?"
                    + "|(?:(?:https?|file)://\\S+|www\\.\\S+)\\s+\\d{1,4}\\s*/\\s*\\d{1,4}");
    /** Chromium's and Firefox's print header: the date and time of printing, then the page's title. */
    private static final Pattern PRINT_STAMP = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s.*)?");
    /** A date or a clock time: a stamp of when the document was issued, kept from what stands above its title. */
    private static final Pattern STAMPED = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)[a-z]*\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2}");
    /** A release's end mark: "ENDS", "- ends -", "###", "-30-". */
    private static final Pattern END_MARK = Pattern.compile("(?i)[-–—\\s]*ends?[-–—\\s]*|#{3}|-30-");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,%+\\s]+");
    /** A post's stamp alone on its line: a time, its zone, perhaps its date before it. */
    private static final Pattern POST_STAMP = Pattern.compile("(?i)(?:\\d{1,2} \\p{L}{3,9}\\.?,? (?:\\d{4},? )?)?"
            + "\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:[A-Z]{2,5}|UTC[+-]\\d{1,2}|GMT[+-]\\d{1,2}))?");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"'”’)]$");

    /** The lines as a page in HTML; blank when no line has text. */
    public static String toHtml(List<Line> lines) {
        List<Line> body = paragraphsByGap(withoutFurniture(lines));
        double bodySize = bodySize(body);
        List<Double> headingSizes = headingSizes(body, bodySize);
        int column = columnWidth(body, bodySize);
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (Line l : body) {
            if (!block.isEmpty() && startsBlock(block.get(block.size() - 1), l)) {
                blocks.add(block);
                block = new ArrayList<>();
            }
            block.add(l);
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        int[] levels = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            levels[i] = headingLevel(blocks.get(i), bodySize, headingSizes);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (levels[i] == 3 && (i + 1 == blocks.size() || levels[i + 1] > 0)) {
                // a bold line heads the text under it; over a heading it is a letterhead or a label
                levels[i] = 0;
            }
        }
        int title = title(blocks, levels);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        if (title >= 0) {
            write(out, blocks.get(title), 1, column, bodySize);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (i < title) {
                // the issuer's letterhead, address, "FOR IMMEDIATE RELEASE", a wire's slug: not the story's; of a
                // block of short lines (a wire's "MPW-WORLD 18-Sep-2025 14:52 GMT" over its slug), its stamp
                List<Line> kept = blocks.get(i).stream().filter(l -> STAMPED.matcher(l.text()).find()
                        || Text.isBreakingLabel(l.text())).toList();
                if (kept.isEmpty()) {
                    continue;
                }
                blocks.set(i, blocks.get(i).size() > 1 && kept.size() < blocks.get(i).size() ? kept
                        : blocks.get(i));
            }
            if (i <= title) {
                levels[i] = 0; // a stamp or a label over the title heads nothing
                if (i == title) {
                    continue;
                }
            }
            List<Line> b = blocks.get(i);
            if (levels[i] == 0 && i + 1 < blocks.size() && levels[i + 1] == 0 && b.size() == 1
                    && NUMBER.matcher(b.get(0).text()).matches() && blocks.get(i + 1).size() <= 2) {
                // a key figure set large over its label in body type is one statement, as a reader takes it:
                // "46" over "people killed" reads "46 people killed."
                StringBuilder figure = new StringBuilder(b.get(0).text().strip());
                for (Line l : blocks.get(++i)) {
                    figure.append(' ').append(l.text());
                }
                out.append("<p>").append(Html.escape(figure.toString()))
                        .append(SENTENCE_END.matcher(figure).matches() ? "" : ".").append("</p>\n");
                continue;
            }
            write(out, b, levels[i], column, bodySize);
        }
        return out.append("</body></html>\n").toString();
    }

    /**
     * The block that is the document's title: of the headings (the two larger sizes) on the first page above the
     * lead (the first paragraph of 15 words or more that ends as a sentence), the largest one that tells something
     * (four words or more, not all in capitals), else the largest. A letterhead or a label ("BRENNOCK
     * CONSTABULARY", "FLASH UPDATE") may be set larger than the title and above it. The title is put first, as a
     * reader reads it first and the splitter heads a story with its first line; of what stood above it only a
     * stamp (a line with a date or a time: "Issued: 17 February 2025, 09:00") and a Breaking label are kept, under
     * it. -1 when there is no heading there.
     */
    private static int title(List<List<Line>> blocks, int[] levels) {
        int best = -1;
        for (int i = 0; i < blocks.size() && i <= 8; i++) {
            List<Line> b = blocks.get(i);
            if (b.get(0).page() != 1) {
                break;
            }
            String text = text(b);
            if (levels[i] == 0 && text.split("\\s+").length >= 15 && SENTENCE_END.matcher(text).matches()) {
                break;
            }
            if ((levels[i] == 1 || levels[i] == 2) && (best < 0 || told(b) != told(blocks.get(best)) ? best < 0
                    || told(b) : b.get(0).size() > blocks.get(best).get(0).size())) {
                best = i;
            }
        }
        return best;
    }

    private static boolean told(List<Line> block) {
        String text = text(block);
        return text.split("\\s+").length >= 4 && !text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    private static String text(List<Line> block) {
        StringBuilder b = new StringBuilder();
        for (Line l : block) {
            b.append(b.length() == 0 ? "" : " ").append(l.text());
        }
        return b.toString();
    }

    /** Whether {@code next} begins a new block after {@code last}. */
    private static boolean startsBlock(Line last, Line next) {
        if (Character.isLowerCase(next.text().charAt(0)) && !SENTENCE_END.matcher(last.text()).matches()
                && Math.abs(last.size() - next.size()) <= 0.1 * Math.max(last.size(), next.size())) {
            // a sentence goes on, whatever gap or indent the extractor saw (a column's or a page's turn)
            return false;
        }
        if (!sameType(last, next)) {
            return true;
        }
        if (next.page() != last.page()) {
            // the page break is no paragraph break when a sentence runs over it
            return SENTENCE_END.matcher(last.text()).matches();
        }
        return next.paragraphStart();
    }

    private static boolean sameType(Line a, Line b) {
        return a.bold() == b.bold() && Math.abs(a.size() - b.size()) <= 0.1 * Math.max(a.size(), b.size());
    }

    /**
     * The length in characters of a full line of body text: the longest but for a few (the 90th percentile), so that
     * a line the printer wrapped can be told from one the writer ended.
     */
    private static int columnWidth(List<Line> lines, double bodySize) {
        List<Integer> lengths = new ArrayList<>();
        for (Line l : lines) {
            if (Math.abs(l.size() - bodySize) <= 0.1 * bodySize) {
                lengths.add(l.text().length());
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get((int) Math.floor(0.9 * (lengths.size() - 1)));
    }

    private static void write(StringBuilder out, List<Line> block, int level, int column, double bodySize) {
        if (level > 0) {
            StringBuilder text = new StringBuilder();
            for (Line l : block) {
                if (END_MARK.matcher(l.text()).matches()) {
                    // "ENDS" in bold over "Notes to editors": the mark ends the text, the notes head their own
                    if (!text.isEmpty()) {
                        heading(out, level, text);
                    }
                    out.append("<p>").append(Html.escape(l.text())).append("</p>\n");
                    text.setLength(0);
                } else {
                    join(text, l.text(), true);
                }
            }
            if (!text.isEmpty()) {
                heading(out, level, text);
            }
            return;
        }
        int widest = 0;
        for (Line l : block) {
            widest = Math.max(widest, l.text().length());
        }
        // a column holds fewer characters of larger type (a standfirst set large)
        column = (int) Math.round(column * Math.min(1, bodySize / block.get(0).size()));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < block.size(); i++) {
            Line l = block.get(i);
            if (i > 0) {
                Line before = block.get(i - 1);
                // the printer wrapped a line that fills most of the column, or that the next line's first word
                // would not have fitted on; a short one was ended by the writer (a list, a timeline, numbers over
                // their labels), unless the next goes on mid-sentence
                int firstWord = l.text().indexOf(' ') < 0 ? l.text().length() : l.text().indexOf(' ');
                boolean wrapped = before.text().length() >= 0.7 * column
                        || before.text().length() + 1 + firstWord > 0.95 * widest && widest >= 0.5 * column
                        || Character.isLowerCase(l.text().charAt(0)) && !SENTENCE_END.matcher(before.text()).matches();
                if (!wrapped) {
                    text.append('\n');
                }
                join(text, l.text(), wrapped);
            } else {
                text.append(l.text());
            }
        }
        out.append("<p>").append(Html.escape(text.toString()).replace("\n", "<br>\n")).append("</p>\n");
    }

    private static void heading(StringBuilder out, int level, CharSequence text) {
        out.append("<h").append(level).append('>').append(Html.escape(text.toString())).append("</h").append(level)
                .append(">\n");
    }

    /** Appends {@code line} to {@code text}, over a hyphen that broke a word when {@code wrapped}. */
    private static void join(StringBuilder text, String line, boolean wrapped) {
        int n = text.length();
        if (n == 0 || text.charAt(n - 1) == '\n') {
            text.append(line);
            return;
        }
        if (wrapped && n >= 3 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && Character.isLetter(text.charAt(n - 3)) && Character.isLowerCase(line.charAt(0))) {
            text.setLength(n - 1);
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    /** 1-3 for a heading (the larger the type, the higher), else 0. */
    private static int headingLevel(List<Line> block, double bodySize, List<Double> headingSizes) {
        Line first = block.get(0);
        int words = 0;
        for (Line l : block) {
            words += l.text().split("\\s+").length;
        }
        if (words > 25 || block.size() > 3 || NUMBER.matcher(first.text()).matches()) {
            return 0; // a key figure set large ("46" over "people killed") heads nothing
        }
        if (first.size() >= 1.15 * bodySize) {
            int rank = 0;
            for (double s : headingSizes) {
                if (first.size() < s - 0.1 * s) {
                    rank++;
                }
            }
            return Math.min(3, rank + 1);
        }
        String last = block.get(block.size() - 1).text();
        return first.bold() && words <= 15 && !last.endsWith(".") ? 3 : 0;
    }

    /** The type size most characters are set in. */
    private static double bodySize(List<Line> lines) {
        Map<Long, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
        }
        long best = 0;
        int most = -1;
        for (Map.Entry<Long, Integer> e : chars.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best / 2.0;
    }

    /** The sizes larger than the body's, largest first, one per 10% step. */
    private static List<Double> headingSizes(List<Line> lines, double bodySize) {
        TreeSet<Double> sizes = new TreeSet<>();
        for (Line l : lines) {
            if (l.size() >= 1.15 * bodySize && !NUMBER.matcher(l.text()).matches()) {
                sizes.add(l.size());
            }
        }
        List<Double> distinct = new ArrayList<>();
        for (double s : sizes.descendingSet()) {
            if (distinct.isEmpty() || s < 0.9 * distinct.get(distinct.size() - 1)) {
                distinct.add(s);
            }
        }
        return distinct;
    }

    /** The lines without running heads, footers, page numbers and print stamps, and without blank lines. */
    static List<Line> withoutFurniture(List<Line> lines) {
        double bodySize = bodySize(lines);
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Set<Integer> pages = new HashSet<>();
        for (Line l : lines) {
            pages.add(l.page());
            if (inMargin(l)) {
                pagesOf.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.page());
            }
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<Line> kept = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String text = l.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (inMargin(l) && (pagesOf.get(shape(l.text())).size() >= recurring
                    || PAGE_NUMBER.matcher(text).matches() || PRINT_STAMP.matcher(text).matches()
                    || l.page() > 1 && l.top() < MARGIN && l.size() < 0.9 * bodySize
                    && !POST_STAMP.matcher(text).matches())) {
                // the last: a running head on the pages after the first, which has a letterhead instead; not a
                // live page's stamp over the post a page opens with ("03:55 GMT", "3 Dec 2026 22:10 GMT")
                continue;
            }
            kept.add(l.text().equals(text) ? l : new Line(l.page(), text, l.top(), l.size(), l.bold(),
                    l.paragraphStart()));
        }
        return kept;
    }

    /**
     * The lines with their paragraph starts read from the gaps between them, where the extractor's are noise.
     * PDFBox marks a paragraph where the gap to the line before is larger than its type's height allows or where
     * the line is indented; a page printed with airy lines (a browser's at line-height 1.45) has every line's gap
     * larger than that, and every line comes marked. Then a line opens a paragraph when its gap to the line before,
     * of the same type on the same page, is wider than the type's usual line pitch (the median gap: most lines of a
     * text are no paragraph's first); other lines keep their mark. The marks are taken as noise when most lines at
     * that pitch carry one: in a text whose paragraphs are told by indents, only their first lines do.
     */
    static List<Line> paragraphsByGap(List<Line> lines) {
        Map<Long, List<Double>> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            double gap = gap(lines.get(i - 1), lines.get(i));
            if (gap > 0) {
                gaps.computeIfAbsent(Math.round(lines.get(i).size() * 2), k -> new ArrayList<>()).add(gap);
            }
        }
        Map<Long, Double> pitch = new HashMap<>();
        long most = -1;
        for (Map.Entry<Long, List<Double>> g : gaps.entrySet()) {
            if (g.getValue().size() >= MEASURED) {
                java.util.Collections.sort(g.getValue());
                pitch.put(g.getKey(), g.getValue().get(g.getValue().size() / 2));
                most = most < 0 || g.getValue().size() > gaps.get(most).size() ? g.getKey() : most;
            }
        }
        if (most < 0) {
            return lines;
        }
        // a type with too few lines to measure (a title over three lines) is set at the text's pitch per point:
        // headings are set no airier than the text
        double perPoint = pitch.get(most) / most;
        for (Long size : gaps.keySet()) {
            pitch.putIfAbsent(size, perPoint * size);
        }
        int atPitch = 0;
        int marked = 0;
        for (int i = 1; i < lines.size(); i++) {
            Double p = pitch.get(Math.round(lines.get(i).size() * 2));
            double gap = gap(lines.get(i - 1), lines.get(i));
            if (p != null && gap > 0 && gap <= OPENS * p) {
                atPitch++;
                marked += lines.get(i).paragraphStart() ? 1 : 0;
            }
        }
        if (atPitch < 4 || marked * 2 <= atPitch) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        out.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            double gap = gap(lines.get(i - 1), l);
            Double p = pitch.get(Math.round(l.size() * 2));
            out.add(p == null || gap <= 0 ? l
                    : new Line(l.page(), l.text(), l.top(), l.size(), l.bold(), gap > OPENS * p));
        }
        return out;
    }

    /** Gaps of a type needed to know its line pitch: fewer (a caption, a byline) keep the extractor's marks. */
    private static final int MEASURED = 6;

    /** How much wider than the line pitch the gap before a paragraph's first line is at least. */
    private static final double OPENS = 1.2;

    /** The gap from {@code a}'s top down to {@code b}'s, both of one size and weight on one page; 0 otherwise. */
    private static double gap(Line a, Line b) {
        return a.page() == b.page() && a.bold() == b.bold() && Math.round(a.size() * 2) == Math.round(b.size() * 2)
                ? b.top() - a.top() : 0;
    }

    private static boolean inMargin(Line l) {
        return l.top() < MARGIN || l.top() > 1 - MARGIN;
    }

    /** A line's text with its digits as one sign, so "Page 2 of 5" and "Page 3 of 5" are one running footer. */
    private static String shape(String text) {
        return text.strip().replaceAll("\\d+", "#");
    }

}
