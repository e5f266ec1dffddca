package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BBC live pages as copied from a browser: an optional "Summary" box of bullets, then numbered posts whose headline
 * runs straight into "published at 17:02 Greenwich Mean Time 2 March 2022", an optional "Breaking" label line, and a
 * body interleaved with image captions, bylines and social-media embed boilerplate.
 */
final class BbcLiveLayout implements Layout {
    static final String NAME = "bbc-live";

    private static final String MARKER = "published at";
    /** The BBC prints UK wall-clock time; when a header names no zone, that is what it means. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * The post's number: "2. " before a headline, or all of "2." when the post has none (trimmed, nothing follows
     * it; the number left as the headline also changed the post's id when a new post on top renumbered it).
     */
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}\\.(?:\\s+|$)");
    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?i)(?:summary|key points|key events):?");

    /** First line of an embed block; the block runs to its "End of ... post" line. */
    private static final Pattern EMBED_START = Pattern.compile(
            "(?i)^(?:this [\\p{L} ]{1,30} (?:post|content) cannot be displayed|skip [\\p{L} ]{1,30} (?:post|content)"
                    + "|allow [\\p{L} ]{1,30} content\\?)");
    private static final Pattern EMBED_END = Pattern.compile("(?i)^end of [\\p{L} ]{1,30} (?:post|content)\\.?$");
    /** Embed chrome that may also appear outside a complete block. */
    private static final Pattern EMBED_LINE = Pattern.compile(
            "(?i)^(?:the bbc is not responsible for the content of external sites\\.?"
                    + "|this article contains content provided by .*"
                    + "|view original (?:tweet|content|post|video) on [\\p{L} ]{1,30}\\.?"
                    + "|quote message:?|read more on [\\p{L} ]{1,30})$");
    private static final Pattern CAPTION_MARKER = Pattern.compile("(?i)(?:image|media|video) caption,");
    private static final String IMAGE_SOURCE = "image source,";
    private static final Pattern EXTERNAL = Pattern.compile(",\\s*external$");
    /** Longest stretch searched for an embed's end line before the start line is treated as a stray. */
    private static final int MAX_EMBED_LINES = 30;
    /** Unpunctuated lines up to this many words are image alt text, bylines or quote attributions, not prose. */
    private static final int MAX_ALT_TEXT_WORDS = 12;
    /** Longest first line taken as the page's title; a longer one is prose. */
    private static final int MAX_TITLE = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(SourceText doc) {
        for (String line : doc.lines()) {
            if (header(line, TimeParser.Defaults.ANY).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A post header: the headline before the marker (may be empty), the stated instant, and whether its date is
     * stated ({@link TimeParser.Dated#dateStated}): a post of the day the page was saved says only "published at
     * 14:50", and on a page with no date header or metadata that is dated by the upload.
     */
    private record Header(String headline, Instant publishedAt, boolean dateStated, boolean timeOnly) {
    }

    private static Optional<Header> header(String line, TimeParser.Defaults defaults) {
        if (!line.contains("ublished at") && !line.contains("UBLISHED AT")) {
            return Optional.empty(); // fast exit for the vast majority of lines (String.contains is vectorised)
        }
        int at = Text.lastIndexOfIgnoreCase(line, MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        String tail = line.substring(at + MARKER.length());
        return TimeParser.parse(tail, defaults).map(when -> {
            String headline = Text.norm(line.substring(0, at));
            headline = NUMBERING.matcher(headline).replaceFirst("");
            headline = EXTERNAL.matcher(headline).replaceFirst("");
            return new Header(headline, when.instant(), when.dateStated(), when.timeOnly());
        });
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        List<String> lines = doc.lines();
        // The page's zone, not the day zone: a time given without a date is on the UK day the page was written.
        TimeParser.Defaults defaults = TimeParser.Defaults.of(doc, ctx, UK);
        List<Integer> at = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<Header> h = header(lines.get(i), defaults);
            if (h.isPresent()) {
                at.add(i);
                headers.add(h.get());
            }
        }
        // BBC live pages put the latest post first
        List<Instant> times = PageOrder.apply(headers.stream().map(Header::publishedAt).toList(),
                headers.stream().map(Header::timeOnly).toList(), ctx.uploadedAt(), UK, -1);
        for (int k = 0; k < headers.size(); k++) {
            Header h = headers.get(k);
            headers.set(k, new Header(h.headline(), times.get(k), h.dateStated(), h.timeOnly()));
        }
        int first = at.isEmpty() ? lines.size() : at.get(0);
        // A page that runs its headlines into "published at" has no headline lines of their own: what stands above
        // an untitled post there is the previous post's last line (a caption, a byline) or the page's title.
        boolean runIn = headers.stream().anyMatch(h -> !h.headline().isEmpty());
        int titleAt = titleLine(lines, first);
        boolean[] consumed = new boolean[lines.size()];
        List<RawEntry> entries = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int start = at.get(k);
            int end = k + 1 < at.size() ? at.get(k + 1) : lines.size();
            Header h = headers.get(k);
            String headline = h.headline();
            boolean labelAbove = false;
            if (headline.isEmpty() && !runIn) {
                // Some page versions put the headline on its own line above "Published at ...", and a "Breaking"
                // label on its own line above that (or above the header of a post without a headline).
                int floor = k == 0 ? 0 : at.get(k - 1) + 1;
                int prev = Text.textAbove(lines, start, floor);
                if (prev >= floor && Text.isBreakingLabel(lines.get(prev))) {
                    labelAbove = true;
                    consumed[prev] = true;
                    prev = Text.textAbove(lines, prev, floor);
                }
                String above = prev >= floor && isHeadlineAbove(lines.get(prev), prev, start, titleAt)
                        ? NUMBERING.matcher(lines.get(prev)).replaceFirst("") : "";
                if (!above.isEmpty()) {
                    headline = above;
                    consumed[prev] = true;
                    int label = Text.textAbove(lines, prev, floor);
                    if (!labelAbove && label >= floor && Text.isBreakingLabel(lines.get(label))) {
                        labelAbove = true;
                        consumed[label] = true;
                    }
                }
                if (!above.isEmpty() || labelAbove) {
                    if (!entries.isEmpty()) {
                        // That line was read into the previous body before we knew; rebuild it without the line.
                        int prevStart = at.get(k - 1);
                        RawEntry last = entries.remove(entries.size() - 1);
                        entries.add(new RawEntry(last.headline(), body(lines, prevStart + 1, start, consumed).text(),
                                last.publishedAt(), last.day(), last.dateStated(), last.breaking()));
                    }
                }
            }
            Body body = body(lines, start + 1, end, consumed);
            entries.add(new RawEntry(headline, body.text(), h.publishedAt(),
                    LocalDate.ofInstant(h.publishedAt(), ctx.dayZone()), h.dateStated(),
                    body.breaking() || labelAbove));
        }
        Preamble pre = preamble(lines, first, consumed);
        return new SplitDocument(NAME, pre.title(), pre.keyPoints(), entries);
    }

    /**
     * Whether {@code t}, the last line above the untitled post whose header is line {@code header}, is that post's
     * headline. A picture caption or credit is not ("Pregnant woman being comforted by manImage source, Anadolu
     * Agency" ends the post before), nor is the page's title, line {@code titleAt}, unless it sits directly on the
     * header: then it is the first post's headline, written the own-line way, and the page has no title line.
     */
    private static boolean isHeadlineAbove(String t, int line, int header, int titleAt) {
        return Text.looksLikeHeadline(t) && !Captions.isCaption(t) && !SHARING.matcher(t).matches()
                && (line != titleAt || line == header - 1);
    }

    /**
     * The sharing panel that closes each post on newer BBC pages ("Share", "close panel", "Share page", "Copy link",
     * "About sharing"). Short and unpunctuated, its lines never reach a body ({@link #isAltText}), but its last one
     * stood right above the next post's header, where a post without a headline took it for one.
     */
    private static final Pattern SHARING = Pattern.compile(
            "(?i)share|share (?:this )?(?:page|post)|close panel|copy link|about sharing|view more on \\p{L}+");


    /** The line before {@code end} that {@link #preamble} takes as the page's title, or -1. */
    private static int titleLine(List<String> lines, int end) {
        for (int i = 0; i < end; i++) {
            String t = lines.get(i);
            if (!t.isEmpty()) {
                return isTitle(t) ? i : -1;
            }
        }
        return -1;
    }

    /** Whether the page's first line of text is its title: not a bullet, not the Summary box's label, not prose. */
    private static boolean isTitle(String t) {
        return !Text.isBullet(t) && !SUMMARY_LABEL.matcher(t).matches() && t.length() <= MAX_TITLE;
    }

    private record Preamble(String title, List<String> keyPoints) {
    }

    /** Title and Summary-box bullets from the lines before the first post. */
    private static Preamble preamble(List<String> lines, int end, boolean[] consumed) {
        String title = "";
        boolean seenText = false;
        List<String> keyPoints = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (consumed[i]) {
                continue;
            }
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (Text.isBullet(t)) {
                String point = Text.stripBullet(t);
                if (!point.isEmpty()) {
                    keyPoints.add(point);
                }
            } else if (!seenText && isTitle(t)) {
                title = t;
            }
            seenText = true;
        }
        return new Preamble(title, keyPoints);
    }

    private record Body(String text, boolean breaking) {
    }

    /** The body of the post in lines {@code [from, to)}: label, captions, embeds and alt text removed. */
    private static Body body(List<String> lines, int from, int to, boolean[] consumed) {
        int n = to - from;
        boolean[] drop = new boolean[n];
        boolean breaking = false;
        for (int i = 0; i < n; i++) {
            String t = lines.get(from + i);
            if (t.isEmpty()) {
                continue;
            }
            if (consumed[from + i]) {
                drop[i] = true;
                continue;
            }
            if (Text.isBreakingLabel(t)) {
                // A label only right under the header; the same word later is ordinary text.
                breaking = true;
                drop[i] = true;
                break;
            }
            break;
        }
        for (int i = 0; i < n; i++) {
            String t = lines.get(from + i);
            if (t.isEmpty() || drop[i]) {
                continue;
            }
            if (consumed[from + i]) {
                drop[i] = true;
            } else if (EMBED_START.matcher(t).lookingAt()) {
                int last = embedEnd(lines, from, i, n);
                for (int j = i; j <= last; j++) {
                    drop[j] = true;
                }
                i = last;
            } else if (EMBED_END.matcher(t).matches() || EMBED_LINE.matcher(t).matches()) {
                drop[i] = true;
            } else if ((t.contains("source,") || t.contains("SOURCE,")) && Text.containsIgnoreCase(t, IMAGE_SOURCE)) {
                // "People seek shelterImage source, Anadolu Agency": the caption text precedes the credit.
                drop[i] = true;
            } else if ((t.contains("caption,") || t.contains("CAPTION,"))) {
                Matcher c = CAPTION_MARKER.matcher(t);
                if (c.find()) {
                    dropCaption(lines, from, n, i, c, t, drop);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            String p = lines.get(from + i);
            if (p.endsWith("external")) {
                p = EXTERNAL.matcher(p).replaceFirst("");
            }
            if (!p.isEmpty() && !isAltText(p)) {
                paragraphs.add(p);
            }
        }
        return new Body(Text.body(paragraphs), breaking);
    }

    /** Index (relative) of the line that closes the embed starting at {@code i}, or {@code i} when none is near. */
    private static int embedEnd(List<String> lines, int from, int i, int n) {
        int limit = Math.min(n, i + MAX_EMBED_LINES);
        for (int j = i + 1; j < limit; j++) {
            if (EMBED_END.matcher(lines.get(from + j)).matches()) {
                return j;
            }
        }
        return i;
    }

    /**
     * "Ivankiv" / "Image caption," / "" / "Two districts ... one woman tells us": the alt text directly above the
     * marker, the marker, and the caption paragraph after it are all picture furniture.
     */
    private static void dropCaption(List<String> lines, int from, int n, int i, Matcher c, String t,
                                    boolean[] drop) {
        drop[i] = true;
        if (c.start() == 0 && i > 0 && !lines.get(from + i - 1).isEmpty()) {
            drop[i - 1] = true;
        }
        if (t.substring(c.end()).isBlank()) {
            for (int j = i + 1; j < n; j++) {
                if (!lines.get(from + j).isEmpty()) {
                    drop[j] = true;
                    break;
                }
            }
        }
    }

    /**
     * Picture alt text ("Father wave goodbye at Dnipro station"), bylines ("Joel Gunter" / "BBC News, Lviv") and
     * quote attributions are short and unpunctuated; BBC prose always ends with punctuation. Bullets are exempt.
     */
    private static boolean isAltText(String p) {
        if (Text.isBullet(p) || Text.wordCount(p, MAX_ALT_TEXT_WORDS + 1) > MAX_ALT_TEXT_WORDS) {
            return false;
        }
        char last = Text.lastChar(p);
        return !(Text.endsLikeProse(p) || last == '\u2019' || last == '\'');
    }
}
