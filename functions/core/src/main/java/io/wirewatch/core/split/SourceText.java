package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.text.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as the layouts see it: lines with line endings and whitespace normalised, the uploader's
 * {@code " date 2022-03-03"} header (prepended by the upload tooling) taken off the first line, and a line near the
 * top that is the page's own date ("Wed 2 Mar 2022 17.30 GMT", "Published 2 March 2022") taken out of the text.
 *
 * @param lines      the lines, whitespace-normalised (blank lines are empty), header removed and the date line
 *                   blanked; never empty
 * @param headerDate the date from the header, or {@code null}
 * @param lineDate   the date of the page's date line ({@link #DATE_LINE}), or {@code null}
 * @param updated    the stamp of the page's latest version as its date line gives it, label removed ("12:41 AM CST
 *                   November 6, 2024" of "Updated: 12:41 AM CST November 6, 2024"), or {@code null}
 */
record SourceText(List<String> lines, LocalDate headerDate, LocalDate lineDate, String updated) {

    /** " date 2022-03-03 Text..." at the very start of the document. */
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");

    private static final String MONTHS = Months.ALTERNATION;
    /**
     * "14:50", "2:50 PM GMT", "14.50 BST", "2:50pm", "2:47 PM GMT+2", "14:58, UK" (Sky News): a clock time, its zone
     * as an abbreviation, an offset or the country.
     */
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?(?-i:[A-Z]{2,5})(?:[+-]\\d{1,2})?\\)?|,\\s*(?-i:UK))?";
    /** What may stand between a date and its time: "2 March 2022, 14:50", "2 March 2022 • 2:50pm", "- 14:50". */
    private static final String SEP = "\\s*(?:[,\u2022\u00b7|\u2013\u2014-]|\\bat\\b)?\\s*";
    /** A date line that says which version of the page it dates: "Published: ...", "Updated ...". */
    private static final Pattern PUBLISHED_OR_UPDATED = Pattern.compile(
            "(?i)(?:last\\s+)?(?:published|updated|modified)\\b");
    /** "Published", "Updated on", "Last updated:": the label a page's date line may open with. */
    private static final String LABEL = "(?:(?:last\\s+)?(?:published|updated|posted|modified)(?:\\s+on)?\\s*:?\\s*)?";
    /**
     * A line that is only a date with its year, as pages print their own under the title: an optional label
     * ("Published", "Updated", "Last updated", "Posted", with "on" or ':'), an optional time before the date, an
     * optional weekday, the date ("2 March 2022", "March 2, 2022", "2022-03-02"), then an optional time. Groups: day
     * and month, or month and day, then the year; or the ISO date.
     */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^" + LABEL + "(?:" + CLOCK + SEP + ")?"
            + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)?,?\\s*"
            + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?|(" + MONTHS + ")\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?,?)\\s+(\\d{4})(?:" + SEP + CLOCK + ")?$"
            + "|^" + LABEL + "(\\d{4})-(\\d{2})-(\\d{2})(?:" + SEP + CLOCK + ")?$");
    /**
     * Whether a line is prose: ten words or more ending a sentence ('.', '!' or '?', perhaps inside a closing quote
     * or bracket), as a site's menu and an article's headline are not. Asked of every line above a page's date line,
     * so the end is looked at before the words are counted.
     */
    private static boolean isProse(String t) {
        return Text.endsSentence(t, false) && Text.wordCount(t, 10) >= 10;
    }
    /** How many non-blank lines from the top a page's date line may sit in: under a title, a kicker, a byline. */
    private static final int DATE_LINE_LINES = 5;
    /**
     * Longest line read as a date line: the longest form above is under 60 characters. A line giving the page's
     * first and latest versions ("Updated ...|Published ...") may be twice as long.
     */
    private static final int MAX_DATE_LINE = 80;

    SourceText {
        lines = List.copyOf(lines);
    }

    static SourceText of(String text) {
        // Normalised once here so that no layout pays for it again (a live page can be megabytes).
        List<String> lines = new ArrayList<>(Text.lines(text == null ? "" : text));
        lines.replaceAll(Text::norm);
        LocalDate header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Text.isBlank(line)) {
                continue;
            }
            Matcher m = DATE_HEADER.matcher(line);
            if (m.lookingAt()) {
                try {
                    header = LocalDate.parse(m.group(1));
                    lines.set(i, line.substring(m.end()));
                } catch (DateTimeParseException e) {
                    // "date 2022-13-45": not a date; leave the line as text
                }
            }
            break;
        }
        DateLine line = takeDateLine(lines);
        return new SourceText(lines, header, line == null ? null : line.date(), line == null ? null : line.updated());
    }

    /**
     * A page's date line.
     *
     * @param date    its date (of a pair of versions, the later)
     * @param updated the stamp of its "Updated" version, label removed, or null when it names none
     */
    private record DateLine(LocalDate date, String updated) {
    }

    /** "Updated", "Last updated on:", before the stamp of a page's latest version. */
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?i)^(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*:?\\s*");

    /** The stamp after an "Updated" label in {@code line}, or in one part of a "Published ... | Updated ..." line. */
    private static String updatedStamp(String line) {
        for (String part : line.split("\\|")) {
            Matcher m = UPDATED_LABEL.matcher(part.strip());
            if (m.lookingAt()) {
                return part.strip().substring(m.end());
            }
        }
        return null;
    }

    /**
     * The date of the page's date line, blanking that line; null, leaving the text alone, when there is none. The line
     * must be among the first {@value #DATE_LINE_LINES} non-blank lines, or further down but above the first line that
     * opens with a post's time stamp, with such a line below it (a page copied with its site's menu on top), or an
     * article's under its menu (labelled "Published" or "Updated", or under its byline or headline, with no prose above
     * it); and the only line of its kind in the text but for lines giving the same date ("Published On 3 Jun 2024" over
     * "3 Jun 2024"), which go with it, and for "Published ..." right over "Updated ..." (the later date is the page's).
     * Of its kind: a line that is a date alone ("Published 2 March 2022", "Wednesday 2 March 2022") is the page's
     * unless another such line follows; pages that stamp each post with a date and time ("2 Mar 2022 17.02 GMT") have
     * many, and each is its post's. A date line that is such a stamp itself ("Wed 2 Mar 2022 18.30 GMT", {@link
     * TimeParser#isDatedStamp}) is the page's unless another stamp with a date follows and text lies between the two:
     * then it heads a post like the rest ("2 Mar 2022 17.02 GMT" over "Kharkiv shelled"), and taking it for the page's
     * lost that post. Posts stamped with a time alone ("17.02 GMT") are never of its kind. The line is blanked, not
     * removed, so that it still parts the title above it from the text below: left in, it was an entry of its own ("Wed
     * 2 Dec 2026 18.30 GMT" as a headline) or ran into the headline of an article. In a text without blank lines, where
     * each line is a paragraph anyway, it is removed: a blank there would be the text's only one, and the lines on each
     * side of it would be joined into two paragraphs.
     */
    private static DateLine takeDateLine(List<String> lines) {
        int at = -1;
        LocalDate date = null;
        boolean stamp = false;
        // For a date line that is a stamp: whether text follows it before the next stamp with a date.
        boolean headsText = false;
        boolean stampFollows = false;
        int seen = 0;
        // A date line below the first few lines is the page's only when it is above the first post and a post
        // follows: under a site's menu ("Sign in", "World", "Europe", ...) the page's header starts further down.
        boolean deep = false;
        List<Integer> repeats = new ArrayList<>();
        boolean postBefore = false;
        boolean postAfter = false;
        int seenAt = 0;
        boolean paired = false;
        int pairedAt = -1;
        String above = "";
        boolean proseBefore = false;
        boolean proseAbove = false;
        boolean articleHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            LocalDate d = dateLine(t);
            if (at < 0) {
                if (d == null) {
                    postBefore |= TimeParser.opensWithStamp(t);
                    if (postBefore && seen >= DATE_LINE_LINES) {
                        return null; // the posts begin above any date line: one further down is a post's or prose's
                    }
                    // A caption over its credit ("... in Carlisle on Friday." over "Photograph: Owen Humphreys/PA")
                    // is the header's picture, not the article's prose.
                    proseBefore = proseBefore || proseAbove && !Captions.isCaption(t);
                    // "We use cookies to improve ...", "We and our 147 partners store ... such as cookies, ..."
                    proseAbove = isProse(t) && !Text.isCookieNotice(t) && !Text.mentionsCookies(t);
                    above = t;
                    continue;
                }
                proseBefore |= proseAbove;
                deep = seen > DATE_LINE_LINES;
                if (deep && postBefore) {
                    return null;
                }
                // An article's header under a menu, above any prose: labelled, or under the byline ("Updated 2:47 PM
                // GMT+2, February 24, 2024", AP) or the headline ("Thursday 10 December 2026, 7:12pm", ITV)
                articleHeader = !proseBefore && (PUBLISHED_OR_UPDATED.matcher(t).lookingAt()
                        || Text.BYLINE.matcher(above).matches()
                        || Text.wordCount(above) >= 5 && Text.looksLikeHeadline(above));
                at = i;
                seenAt = seen;
                date = d;
                stamp = TimeParser.isDatedStamp(t);
                continue;
            }
            postAfter |= deep && !postAfter && TimeParser.opensWithStamp(t);
            boolean datedStamp = (stamp || d != null) && TimeParser.isDatedStamp(t);
            if (stamp && datedStamp) {
                if (headsText && !stampFollows) {
                    return null; // the date line heads a post of its own: a post stamp like this one
                }
                stampFollows = true;
            } else if (d != null && !datedStamp && d.equals(date) && !stamp) {
                repeats.add(i); // the same date again ("Published On 3 Jun 2024" over "3 Jun 2024"): the page's too
            } else if (d != null && !datedStamp && !paired && seen == seenAt + 1
                    && (stamp ? UPDATED_LABEL.matcher(t).lookingAt()
                            : PUBLISHED_OR_UPDATED.matcher(lines.get(at)).lookingAt()
                            && PUBLISHED_OR_UPDATED.matcher(t).lookingAt())) {
                // "Published: 6:45 PM CST November 5, 2024" over "Updated: 12:41 AM CST November 6, 2024", or the
                // Guardian's "Fri 4 Dec 2026 14.22 GMT" over "Last modified on Fri 4 Dec 2026 18.05 GMT": the
                // page's first and latest versions; its newest posts are of the later day
                paired = true;
                pairedAt = i;
                repeats.add(i);
                date = d.isAfter(date) ? d : date;
            } else if (d != null && !datedStamp) {
                return null; // a second date line: the page has no single date of its own
            } else if (stamp && !stampFollows) {
                headsText = true;
            }
        }
        if (deep && !postAfter && !articleHeader) {
            return null; // far down an article: a date in its text (a timeline's, a letter's), not the page's
        }
        if (at < 0) {
            return null;
        }
        String updated = updatedStamp(lines.get(at));
        if (updated == null && pairedAt >= 0) {
            updated = updatedStamp(lines.get(pairedAt));
        }
        repeats.add(0, at);
        boolean blank = partsParagraphs(lines);
        for (int k = repeats.size() - 1; k >= 0; k--) {
            int line = repeats.get(k);
            if (blank) {
                lines.set(line, "");
            } else {
                // A text without blank lines has a paragraph per line (Text.paragraphs); a blank left here
                // would be its only one and join every line around it into paragraphs.
                lines.remove(line);
            }
        }
        return new DateLine(date, updated);
    }

    /** Whether a blank line stands between two lines of text, so that blank lines part the text's paragraphs. */
    private static boolean partsParagraphs(List<String> lines) {
        boolean text = false;
        boolean gap = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                gap = text;
            } else if (gap) {
                return true;
            } else {
                text = true;
            }
        }
        return false;
    }

    /**
     * The date {@code t} is when it is a {@link #DATE_LINE}, else null. A line longer than {@value #MAX_DATE_LINE}
     * characters or without a digit is none, and is not matched against the pattern: most lines of a page are such.
     */
    static LocalDate dateLine(String t) {
        if (t.length() > 2 * MAX_DATE_LINE || !hasDigit(t)) {
            return null;
        }
        int bar = t.indexOf('|');
        if (bar > 0 && t.indexOf('|', bar + 1) < 0 && PUBLISHED_OR_UPDATED.matcher(t).lookingAt()) {
            // "Updated January 8, 2025 at 12:31 a.m. EST|Published January 7, 2025 at 5:45 a.m. EST": the page's
            // first and latest versions on one line; its newest posts are of the later day
            LocalDate a = dateLine(t.substring(0, bar).strip());
            LocalDate b = dateLine(t.substring(bar + 1).strip());
            return a == null || b == null ? null : a.isAfter(b) ? a : b;
        }
        if (t.length() > MAX_DATE_LINE) {
            return null;
        }
        Matcher m = DATE_LINE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(6) != null) {
                return LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)),
                        Integer.parseInt(m.group(8)));
            }
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            String month = m.group(2) != null ? m.group(2) : m.group(3);
            return LocalDate.of(Integer.parseInt(m.group(5)), TimeParser.month(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31 February 2022": not a date
        }
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The date the document states for itself, or null: the upload tooling's header, else the uploader's metadata
     * ({@link DocumentContext#statedDate}), else the page's date line. The uploader's explicit word wins over the
     * line when they disagree: the uploader says on purpose which day the text is of, while a page's line may be
     * when it was first published, days before the version saved ("Published 2 March" over posts of 4 March).
     */
    LocalDate statedDate(DocumentContext ctx) {
        return headerDate != null ? headerDate : ctx.statedDate() != null ? ctx.statedDate() : lineDate;
    }

    /** Whether the document has no text at all besides a possible header. */
    boolean isBlank() {
        return lines.stream().allMatch(Text::isBlank);
    }

    /** Up to {@code max} first non-blank lines, whitespace-normalised. */
    List<String> firstLines(int max) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (out.size() >= max) {
                break;
            }
            String t = Text.norm(l);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
