package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Any other text. When at least {@link #MIN_TIMED_POSTS} lines start with a post stamp ({@link TimeParser#leading}):
 * a clock time ("14:35 GMT - ...", "09:10 Kyiv says ...") or a date then a clock time ("2 Mar 2022 17.02 GMT",
 * "March 2, 2022, 5:02 p.m. ET"), the text is a live page of some other site and is split at those lines; otherwise
 * it is one entry, headed by its first line when that reads as a headline, else by its first sentence. The two
 * forms of stamp are read alike: the rest of the stamp's line heads the post when it reads as a headline, and a
 * stamp alone on its line takes its headline from the text under it.
 */
final class GenericLayout implements Layout {
    static final String NAME = "generic";

    /** One timestamp could be a line of prose that happens to start with a time; two make a pattern. */
    private static final int MIN_TIMED_POSTS = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(SourceText doc) {
        return true;
    }

    /**
     * A line that starts a timed post.
     *
     * @param rest the text after the time on its line, whitespace-normalised ("" when the time stands alone)
     */
    private record Stamp(int line, TimeParser.Parsed time, String rest, boolean labelled) {
        Stamp(int line, TimeParser.Parsed time, String rest) {
            this(line, time, rest, false);
        }

        /** Whether the stamp's line has text after the time, other than a Breaking label. */
        boolean inline() {
            return !rest.isEmpty() && !Text.isBreakingLabel(rest);
        }
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        Day date = Day.of(doc, ctx);
        ZoneId zone = ctx.dayZone();
        List<String> lines = doc.lines();
        java.util.Map<Integer, LocalDate> days = daySeparators(lines);
        List<Stamp> stamps = posts(lines, stamps(lines, TimeParser.Defaults.of(doc, ctx, zone), days));
        stamps = inPageOrder(stamps, ctx.uploadedAt(), zone);
        if (stamps.size() < MIN_TIMED_POSTS) {
            return ArticleLayout.single(NAME, withoutCaptions(fromHeadline(Text.paragraphs(lines))), date);
        }
        return timed(lines, stamps, days.keySet(), date, zone);
    }

    /** Whether the text has the timestamp-led posts this layout splits at (then it is not a single article). */
    static boolean isTimed(SourceText doc) {
        List<String> lines = doc.lines();
        return posts(lines, stamps(lines, TimeParser.Defaults.ANY, daySeparators(lines))).size() >= MIN_TIMED_POSTS;
    }

    /** The lines that open with a certain stamp, each read on the day of the day heading above it, if any. */
    private static List<Stamp> stamps(List<String> lines, TimeParser.Defaults defaults,
                                      java.util.Map<Integer, LocalDate> days) {
        List<Stamp> stamps = new ArrayList<>();
        String above = "";
        for (int i = 0; i < lines.size(); i++) {
            LocalDate day = days.get(i);
            if (day != null) {
                defaults = new TimeParser.Defaults(day, defaults.latest(), defaults.zone());
            }
            String line = lines.get(i);
            // asked of every line: only one opening with the label's first letter can be labelled
            char c = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
            java.util.regex.Matcher label = c == 'b' || c == 'u' || c == 'j' ? LABEL_BEFORE_STAMP.matcher(line) : null;
            boolean labelled = label != null && label.lookingAt();
            if (labelled) {
                line = line.substring(label.end()); // "BREAKING 2:24pm Priya Nandakumar", a page's badge and stamp
            }
            Optional<TimeParser.Parsed> t = TimeParser.leading(line, defaults);
            if (t.isPresent() && t.get().certain() && !UPDATED.matcher(above).matches()) {
                stamps.add(new Stamp(i, t.get(), Text.norm(line.substring(t.get().end())), labelled));
            }
            if (!Text.isBlank(lines.get(i))) {
                above = lines.get(i).strip();
            }
        }
        return stamps;
    }

    /**
     * Lines that give the day of the posts under them, by line: a date alone on its line ({@link SourceText#dateLine}:
     * "Saturday, March 15, 2025") right above a line opening with a stamp, as news feeds part their days. The times
     * under it, until the next such line, are on that day. A date line elsewhere (under a "Read more" link, in a
     * post's text) dates nothing.
     */
    private static java.util.Map<Integer, LocalDate> daySeparators(List<String> lines) {
        java.util.Map<Integer, LocalDate> out = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty() || !TimeParser.mayOpenStamp(t) || TimeParser.isDatedStamp(t)) {
                continue;
            }
            LocalDate d = SourceText.dateLine(t);
            if (d == null) {
                continue;
            }
            int j = Text.nextText(lines, i + 1);
            if (j < lines.size() && TimeParser.opensWithStamp(lines.get(j))) {
                out.put(i, d);
            }
        }
        return out;
    }

    /** A label alone on the line over the page's time of update ("Updated" / "Oct. 8, 2024, 7:41 p.m. ET"). */
    private static final java.util.regex.Pattern UPDATED = java.util.regex.Pattern.compile(
            "(?i)(?:last )?updated:?");

    /**
     * The stamps that start posts, of the lines that open with a clock time. Pages put times at the start of lines
     * that are no posts: a video's length ("01:42 - Source: CNN", see also {@link TimeParser} on "0:34"), a
     * timeline or schedule in a post ("2:58 p.m.: The gunman enters the mall", "15:00 Edinburgh to London King's
     * Cross") or in an article. Split there, an article became six entries and a post lost its list to entries
     * timed at the list's hours. Two checks, each leaving a page's own stamps alone:
     * <ul>
     *   <li>A page writes its stamps in one convention, with am/pm ("6:41 p.m. ET") or without ("14:52"): when one
     *       convention has at least two stamps and more than half, times written the other way are not stamps.</li>
     *   <li>A list is a run of two or more time-led lines, each with its text on its own line and (but for the
     *       last) nothing under it, whose times run against the page's order: a timeline going forward in a page
     *       whose posts go back in time. When the run is all the page's time-led lines, there is no page order to
     *       go against, and the run is a list when prose stands on both sides of it ({@value #PROSE_AROUND_LIST}
     *       paragraphs each way: an article's timeline), and posts otherwise (a ticker of one-line posts). On a page
     *       whose other stamps all stand alone on their lines ({@value #MIN_BARE_CONVENTION} or more), a run is a list
     *       whichever way it runs: its times, written with their text on the line, are of another convention.</li>
     * </ul>
     * A line that is not a stamp stays in the post (or the text above the first post) it stands in.
     */
    private static List<Stamp> posts(List<String> lines, List<Stamp> stamps) {
        long twelve = stamps.stream().filter(s -> s.time().twelveHour()).count();
        long other = stamps.size() - twelve;
        if (twelve >= 2 && twelve > other) {
            stamps = stamps.stream().filter(s -> s.time().twelveHour()).toList();
        } else if (other >= 2 && other > twelve) {
            stamps = stamps.stream().filter(s -> !s.time().twelveHour()).toList();
        }
        // A media player's time over its caption ("00:00" or "02:31", then "... © FRANCE 24") is no post. A player
        // writes neither am/pm nor a date nor a zone: "16.12 GMT" over a picture's caption opens a Guardian post.
        stamps = stamps.stream().filter(st -> !st.rest().isEmpty() || st.time().twelveHour() || !st.time().timeOnly()
                || hasLetter(lines.get(st.line())) || !captionUnder(lines, st) && !playerAbove(lines, st)
                && !clipTitleUnder(lines, st)).toList();
        // A page whose stamps stand alone on their lines ("11:48 p.m.", then the headline under it): a time opening a
        // line of prose is text ("10:42 p.m.: AP called the race for Whitfield." in a "What to know" box).
        long alone = stamps.stream().filter(st -> !st.inline()).count();
        if (alone >= 3 && alone >= 3 * (stamps.size() - alone)) {
            stamps = stamps.stream().filter(st -> !st.inline() || !proseAfter(st)).toList();
        }
        if (stamps.size() < 2) {
            return stamps;
        }
        // runs of one-line stamps: [first, last] index pairs
        List<int[]> runs = new ArrayList<>();
        int k = 0;
        while (k < stamps.size()) {
            int j = k;
            while (j + 1 < stamps.size() && stamps.get(j).inline() && stamps.get(j + 1).inline()
                    && nothingBetween(lines, stamps.get(j), stamps.get(j + 1))) {
                j++;
            }
            if (j > k) {
                runs.add(new int[] {k, j});
            }
            k = j + 1;
        }
        if (runs.isEmpty()) {
            return withoutLoneTimes(lines, stamps);
        }
        boolean[] inRun = new boolean[stamps.size()];
        for (int[] r : runs) {
            for (int i = r[0]; i <= r[1]; i++) {
                inRun[i] = true;
            }
        }
        int order = order(stamps, inRun);
        // Every stamp outside the runs alone on its line: the page's convention, and a run of times with their text
        // on the line is a schedule in a post, whichever way it runs (RTE's "06:00 - Status Red wind warning for Clare
        // and Galway", ..., on a page whose posts run forward too)
        int bareOutside = 0;
        boolean inlineOutside = false;
        for (int i = 0; i < stamps.size(); i++) {
            if (!inRun[i]) {
                bareOutside += stamps.get(i).inline() ? 0 : 1;
                inlineOutside |= stamps.get(i).inline();
            }
        }
        boolean bareConvention = bareOutside >= MIN_BARE_CONVENTION && !inlineOutside;
        boolean[] drop = new boolean[stamps.size()];
        for (int[] r : runs) {
            int runOrder = runOrder(stamps, r);
            boolean list = bareConvention || order != 0 ? bareConvention || runOrder == -order
                    : r[0] == 0 && r[1] == stamps.size() - 1
                            && prose(lines, 0, stamps.get(0).line()) >= PROSE_AROUND_LIST
                            && prose(lines, stamps.get(r[1]).line() + 1, lines.size()) >= PROSE_AROUND_LIST;
            if (list) {
                for (int i = r[0]; i <= r[1]; i++) {
                    drop[i] = true;
                }
            }
        }
        List<Stamp> out = new ArrayList<>();
        for (int i = 0; i < stamps.size(); i++) {
            if (!drop[i]) {
                out.add(stamps.get(i));
            }
        }
        return withoutLoneTimes(lines, out);
    }

    /**
     * A page that dates its stamps ("14/11/2025 - 12:52"): a time alone on it is something else, a video's "01:12"
     * over its caption. Not a "Today 1:12 am" (Times of Israel), which dates itself.
     */
    private static List<Stamp> withoutLoneTimes(List<String> lines, List<Stamp> stamps) {
        long dated = stamps.stream().filter(s -> !s.time().timeOnly()).count();
        if (dated >= 3 && dated > 2 * (stamps.size() - dated)) {
            return stamps.stream().filter(s -> !s.time().timeOnly() || TODAY.matcher(lines.get(s.line())).lookingAt())
                    .toList();
        }
        return stamps;
    }

    /** The stamps with their times put in the page's order ({@link PageOrder}). */
    private static List<Stamp> inPageOrder(List<Stamp> stamps, Instant uploaded, ZoneId zone) {
        List<Instant> times = PageOrder.apply(stamps.stream().map(s -> s.time().instant()).toList(),
                stamps.stream().map(s -> s.time().timeOnly()).toList(), uploaded, zone, 0);
        List<Stamp> out = new ArrayList<>(stamps.size());
        for (int k = 0; k < stamps.size(); k++) {
            Stamp s = stamps.get(k);
            out.add(times.get(k).equals(s.time().instant()) ? s : new Stamp(s.line(), s.time().at(times.get(k)),
                    s.rest(), s.labelled()));
        }
        return out;
    }

    /**
     * Which way a run's times go, by most of its steps: a night's timeline ("11.30pm", "1.10am", ..., "6.00am") read
     * on one day has one step back across midnight, and its first and last times alone said it ran back.
     */
    private static int runOrder(List<Stamp> stamps, int[] run) {
        int steps = 0;
        for (int i = run[0] + 1; i <= run[1]; i++) {
            steps += Integer.signum(stamps.get(i).time().instant().compareTo(stamps.get(i - 1).time().instant()));
        }
        return steps != 0 ? Integer.signum(steps) : Integer.signum(stamps.get(run[1]).time().instant()
                .compareTo(stamps.get(run[0]).time().instant()));
    }

    private static final java.util.regex.Pattern TODAY = java.util.regex.Pattern.compile("(?i)\\s*today\\b");

    private static final java.util.regex.Pattern PLAYER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:video duration|play video)\\b");

    /** A player's label above its video's title: "Video", "Watch". */
    private static final java.util.regex.Pattern VIDEO_LABEL = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:video|watch|watch video)\\s*:?\\s*");

    /**
     * Whether the text above a stamp alone on its line is a player's ("Video Duration 01 minutes 52 seconds"), or a
     * video's title under the player's label: "Video", "Aftermath of the strike on Darnytskyi district", "02:17"
     * (Kyiv Post) is a clip's length, not a post.
     */
    private static boolean playerAbove(List<String> lines, Stamp s) {
        int above = Text.textAbove(lines, s.line(), 0);
        if (above < 0) {
            return false;
        }
        if (PLAYER.matcher(lines.get(above)).lookingAt()) {
            return true;
        }
        int label = Text.textAbove(lines, above, 0);
        return label >= 0 && lines.get(label).length() <= 12 && VIDEO_LABEL.matcher(lines.get(label)).matches();
    }

    private static boolean hasLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A clip's title, opening with the player's label: "Watch: River Eden bursts its banks in Appleby". */
    private static final java.util.regex.Pattern CLIP_TITLE = java.util.regex.Pattern.compile(
            "(?i)(?:watch|video)\\s*[:|\u2013\u2014-]\\s*\\S.*");

    /** Whether the first text under a time alone on its line is a clip's title: the time is the clip's length. */
    private static boolean clipTitleUnder(List<String> lines, Stamp s) {
        int next = Text.nextText(lines, s.line() + 1);
        return next < lines.size() && CLIP_TITLE.matcher(lines.get(next).strip()).matches();
    }

    /** Whether the first text under a stamp alone on its line is a picture's caption or credit. */
    private static boolean captionUnder(List<String> lines, Stamp s) {
        int next = Text.nextText(lines, s.line() + 1);
        return next < lines.size() && Captions.isCaption(lines.get(next).strip());
    }

    /** Fewest stamps alone on their lines that make that a page's convention; see {@link #posts}. */
    static final int MIN_BARE_CONVENTION = 3;

    /** Paragraphs of prose each side of an article's timeline; see {@link #posts}. */
    static final int PROSE_AROUND_LIST = 2;

    /** Whether the text after the stamp on its line is a sentence: four words or more ending in . ! or ?. */
    private static boolean proseAfter(Stamp s) {
        return Text.wordCount(s.rest()) >= 4 && Text.endsSentence(s.rest(), false);
    }

    /** Whether only blank lines stand between two stamps' lines. */
    private static boolean nothingBetween(List<String> lines, Stamp a, Stamp b) {
        boolean wrapped = false;
        for (int i = a.line() + 1; i < b.line(); i++) {
            if (Text.isBlank(lines.get(i))) {
                continue;
            }
            if (wrapped || !wrapsOn(lines.get(a.line()), lines.get(i))) {
                return false;
            }
            wrapped = true;
        }
        return true;
    }

    /** Longest line a timeline's entry wraps onto: a few words. */
    private static final int MAX_WRAPPED_WORDS = 8;
    /** Shortest time-led line taken to wrap: one filled to a page's width, as a PDF's text is. */
    private static final int MIN_WRAPPING_LINE = 50;

    /**
     * Whether {@code next} is the end of the time-led {@code line}, wrapped onto a line of its own: a statement's
     * timeline converted from a PDF ("15:47   First 999 call received reporting a man with a knife at Pool" over
     * "Meadow bus station."). The time-led line fills the width and ends no sentence, and what follows is a few
     * words; a ticker's post under its time is a sentence or more.
     */
    private static boolean wrapsOn(String line, String next) {
        return line.length() >= MIN_WRAPPING_LINE && !Text.endsSentence(line, false)
                && Text.wordCount(next) <= MAX_WRAPPED_WORDS;
    }

    /**
     * The page's order of posts among the stamps outside runs: -1 when later posts come first (most live pages), 1
     * when earlier ones do, 0 when there are too few or they do not agree.
     */
    private static int order(List<Stamp> stamps, boolean[] inRun) {
        int back = 0;
        int forward = 0;
        Stamp prev = null;
        for (int i = 0; i < stamps.size(); i++) {
            if (inRun[i]) {
                continue;
            }
            if (prev != null) {
                int c = stamps.get(i).time().instant().compareTo(prev.time().instant());
                back += c < 0 ? 1 : 0;
                forward += c > 0 ? 1 : 0;
            }
            prev = stamps.get(i);
        }
        return back > forward ? -1 : forward > back ? 1 : 0;
    }

    /**
     * The intro's paragraphs of the text above the first post: those that say something ({@link #saysSomething}).
     * Pages copied whole bring their site's menu ("Sign in", "Search jobs", "World", "Europe") above the first post;
     * it is no intro, and no intro is made of it alone. A picture caption or credit goes too, and so does its alt
     * text, the paragraph that the caption repeats before its credit, and a line of a list that opens with a time
     * (a TV schedule's "10:00 PM WQLT 8 News at 10", left above the posts by {@link #posts}), and a cookie banner.
     */
    private static List<String> intro(List<String> preamble) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < preamble.size(); i++) {
            String p = preamble.get(i);
            boolean altText = i + 1 < preamble.size() && preamble.get(i + 1).startsWith(p)
                    && Captions.isCaption(preamble.get(i + 1));
            boolean timed = TimeParser.opensWithStamp(p); // a schedule's line, not a post: see posts()
            if (saysSomething(p) && !altText && !timed && !Captions.isCaption(p) && !Text.mentionsCookies(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether a paragraph says something, as an intro or standfirst does: seven words or more ("Regional governor
     * says 21 killed in Kharkiv; UN says ..."), or a sentence of four or more ("Overnight, air raid sirens sounded
     * across the country."). A site's menu ("Sign in", "Search jobs", "Show more") does neither.
     */
    private static boolean saysSomething(String paragraph) {
        int words = Text.wordCount(paragraph);
        return words >= 7 || (words >= 4 && Text.endsSentence(paragraph, false));
    }

    /** How many paragraphs of {@code lines[from, to)} are prose: ten words or more ending a sentence. */
    private static int prose(List<String> lines, int from, int to) {
        int n = 0;
        for (String p : Text.paragraphs(lines.subList(from, to))) {
            if (Text.wordCount(p) >= 10 && Text.endsSentence(p, false)) {
                n++;
            }
        }
        return n;
    }


    private static SplitDocument timed(List<String> allLines, List<Stamp> stamps,
                                       java.util.Set<Integer> dayHeadings, Day date, ZoneId zone) {
        String[] aboveHeadline = numberedHeadlinesAbove(allLines, stamps);
        List<String> lines = new ArrayList<>(allLines);
        for (int separator : dayHeadings) {
            lines.set(separator, ""); // a day's heading, not the text of the post above it
        }
        for (int k = 0; k < stamps.size(); k++) {
            if (!aboveHeadline[k].isEmpty()) {
                int at = lineAbove(allLines, stamps, k);
                if (Text.BYLINE.matcher(allLines.get(at).strip()).matches()) {
                    lines.set(at, ""); // the byline between headline and stamp
                    at = Text.textAbove(allLines, at, 0);
                }
                lines.set(at, ""); // the headline is not the previous post's text
            }
        }
        for (int author : authorsUnderStamps(allLines, stamps)) {
            lines.set(author, ""); // "Bar Peleg" under "Dec 8, 2026 11:20 pm IST": who wrote it, not its headline
        }
        Set<Integer> headedByLine = new HashSet<>();
        for (int[] post : authorsUnderHeadlines(allLines, stamps)) {
            headedByLine.add(post[0]);
            lines.set(post[1], ""); // "Jenna Whitaker" under "Florida's death toll rises to 6."
        }
        String sender = sender(stamps);
        List<RawEntry> entries = new ArrayList<>();
        List<String> preamble = Text.paragraphs(lines.subList(0, stamps.get(0).line()));
        String title = "";
        if (!preamble.isEmpty() && Text.looksLikeHeadline(preamble.get(0))) {
            title = preamble.remove(0);
        }
        // A "Breaking" line alone just above a stamp labels the post under that stamp (Sky News puts it there).
        boolean labelled = takeTrailingLabel(preamble);
        List<String> intro = intro(preamble);
        if (!intro.isEmpty()) {
            // Text above the first timed post is a post of its own (an intro), not part of the title.
            entries.addAll(ArticleLayout.single(NAME, intro, introDay(stamps, date, zone)).entries());
        }
        // Two posts or more with a name alone after their time: the page names its authors on the stamp's line
        boolean namedAfterStamps = stamps.stream().filter(s -> isContributor(s.rest())).count() >= 2;
        for (int k = 0; k < stamps.size(); k++) {
            Stamp s = stamps.get(k);
            int end = k + 1 < stamps.size() ? stamps.get(k + 1).line() : lines.size();
            String rest = s.rest();
            if (AUTHOR_AFTER_STAMP.matcher(rest).matches() || namedAfterStamps && isContributor(rest)) {
                // "17:40 , Athena Stavrou" (The Independent), "1:52pm Tom Earnshaw" on a page that names the author
                // of its posts so: who wrote the post, not its headline
                rest = "";
            }
            if (sender != null && rest.startsWith(sender)) {
                rest = rest.substring(sender.length()).strip(); // "08/12/2026, 21:14 - Sky News: ..." (WhatsApp)
            }
            if (Text.isPageControl(rest)) {
                rest = ""; // "<Media omitted>"
            }
            List<String> paragraphs = new ArrayList<>();
            boolean breaking = labelled || s.labelled();
            String headline = "";
            if (!aboveHeadline[k].isEmpty()) {
                headline = aboveHeadline[k]; // "1. Rail operator thanks emergency services" over "Posted at 17:02"
                String unlabelledAbove = Text.afterBreakingLabel(headline);
                if (unlabelledAbove != null) {
                    breaking = true; // "(URGENT) N. Korea fires unidentified ballistic missile: JCS" (Yonhap)
                    headline = unlabelledAbove;
                }
            }
            String unlabelled = Text.afterBreakingLabel(rest);
            if (unlabelled != null) {
                breaking = true; // "14:35 GMT - BREAKING: Russian forces capture Kherson"
                rest = unlabelled;
            }
            if (!rest.isEmpty()) {
                if (Text.isBreakingLabel(rest)) {
                    breaking = true;
                } else if (Text.looksLikeHeadline(rest)) {
                    headline = rest;
                } else {
                    paragraphs.add(rest);
                }
            }
            boolean bare = paragraphs.isEmpty(); // nothing after the stamp on its line but perhaps a label
            paragraphs.addAll(withoutCaptions(Text.paragraphs(withoutByline(lines.subList(s.line() + 1, end)))));
            if (!paragraphs.isEmpty() && Text.isPostLabel(paragraphs.get(0))) {
                paragraphs.remove(0); // "Key update" under the stamp: the site's mark, not the headline
            }
            if (!paragraphs.isEmpty() && Text.isBreakingLabel(paragraphs.get(0))) {
                breaking = true;
                paragraphs.remove(0);
            } else if (headline.isEmpty() && !paragraphs.isEmpty()) {
                String first = Text.afterBreakingLabel(paragraphs.get(0));
                if (first != null) {
                    breaking = true; // the label opening the line under a bare time
                    paragraphs.set(0, first);
                }
            }
            if (headline.isEmpty() && bare && !paragraphs.isEmpty()) {
                String line = headlineRunOn(lines.subList(s.line() + 1, end), paragraphs.get(0));
                if (line != null) {
                    headline = line; // "IDF strikes Hodeidah port ..." run into the text under it
                    paragraphs.set(0, paragraphs.get(0).substring(line.length() + 1));
                }
            }
            if (headline.isEmpty() && !paragraphs.isEmpty()) {
                headline = Text.headlineFromProse(paragraphs.get(0));
                if (bare && paragraphs.size() > 1 && headline.equals(paragraphs.get(0))
                        && (Text.looksLikeHeadline(headline) || quotedHeadline(headline)
                        || abbreviatedHeadline(headline) || headedByLine.contains(k))) {
                    // A stamp alone on its line with a headline line under it ("2 Mar 2022 17.02 GMT", "Heavy
                    // shelling in Kharkiv"): the line is the headline, as it is after the time on the stamp's line,
                    // and not the body's first paragraph too. The headline is the one derived before (the whole
                    // line), so posts stored before keep their ids; a re-upload rewrites only their bodies, which
                    // the alerts decide again as an edit that repeats its figures (no new alert).
                    paragraphs.remove(0);
                }
            }
            labelled = k + 1 < stamps.size() && takeTrailingLabel(paragraphs);
            entries.add(new RawEntry(headline, Text.body(paragraphs), s.time().instant(),
                    LocalDate.ofInstant(s.time().instant(), zone), s.time().dateStated(), breaking));
        }
        return new SplitDocument(NAME, title, List.of(), withoutIndex(entries));
    }

    /**
     * {@code paragraphs} without the pictures' captions and credits among them ({@link Captions#isCaption}: "A voter
     * casts their ballot in Strasbourg, on March 15, 2026. FREDERICK FLORIN / AFP"), as an article's are dropped in
     * {@link ArticleLayout}. Left in, a caption between a post's headline and its text opened the body, and a post
     * without a headline was headed by its picture. Only a paragraph of at most {@value #MAX_DROPPED_CAPTION} words
     * goes: where a page's lines are run into paragraphs, a post's last paragraph may hold its text and the footer
     * under it, closed by "\u00a9 1996-2025 The Washington Post", and dropping that lost the post's text. A gallery's
     * headline opening the post ("Photos: Homes destroyed in the hills above Santa Paula") stays.
     */
    private static List<String> withoutCaptions(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() > MAX_DROPPED_CAPTION_CHARS) {
                out.add(p); // no caption this long: the common case, decided without counting its words
                continue;
            }
            // alt text over its caption, word for word
            boolean repeated = i + 1 < paragraphs.size() && p.equals(paragraphs.get(i + 1));
            if (out.isEmpty() && Captions.opensWithLabel(p) && Text.looksLikeHeadline(p)
                    || !Captions.isCaption(p) && !altText(paragraphs, i) && !repeated
                    || Text.wordCount(p) > MAX_DROPPED_CAPTION) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether paragraph {@code i} is a picture's alt text: the caption under it repeats it before its credit
     * ("Paramedics evacuate a wounded woman ..." over "Paramedics evacuate a wounded woman ....Credit: Avshalom
     * Sassoni/Maariv", Haaretz), or the caption over it after its label ("PHOTO: Mourners embrace ...").
     */
    private static boolean altText(List<String> paragraphs, int i) {
        String p = paragraphs.get(i);
        if (i > 0) {
            // under its labelled caption ("PHOTO: Mourners embrace near Civic Center Park ...", ABC News)
            String previous = paragraphs.get(i - 1);
            if (previous.length() > p.length() && previous.endsWith(p) && Captions.isCaption(previous)) {
                return true;
            }
        }
        if (i + 1 >= paragraphs.size()) {
            return false;
        }
        String next = paragraphs.get(i + 1);
        return next.length() > p.length() && next.startsWith(p) && Text.wordCount(next) <= MAX_DROPPED_CAPTION
                && Captions.isCaption(next);
    }

    /**
     * The post's first line, when it is a headline that the paragraph {@code first} runs on into the text under it:
     * where a page parts its paragraphs with blank lines but writes a post's headline and text on lines of their own
     * with none between (Haaretz: "IDF strikes Hodeidah port, power station in western Yemen" over "Israeli fighter
     * jets struck ..."), the lines were joined as one wrapped paragraph and the headline was cut from it as its first
     * sentence ("IDF strikes Hodeidah port, power station in western Yemen Israeli fighter jets struck ..."). A line
     * wrapped at a width is about as long as the lines under it; a headline is at most half as long as the longest.
     * Null when the first line is no such headline.
     */
    private static String headlineRunOn(List<String> postLines, String first) {
        int at = Text.nextText(postLines, 0);
        if (at >= postLines.size()) {
            return null;
        }
        String line = Text.norm(postLines.get(at));
        if (!first.startsWith(line + " ") || Text.wordCount(line) < 3 || !Text.looksLikeHeadline(line)) {
            return null;
        }
        int longest = 0;
        for (int i = at + 1; i < postLines.size(); i++) {
            longest = Math.max(longest, postLines.get(i).length());
        }
        return 2 * line.length() <= longest ? line : null;
    }

    /** Longest caption dropped from a post: two sentences of a picture's description and its credit. */
    private static final int MAX_DROPPED_CAPTION = 45;
    /** Characters no paragraph of {@value #MAX_DROPPED_CAPTION} words reaches: 45 words of 14 letters and a space. */
    private static final int MAX_DROPPED_CAPTION_CHARS = MAX_DROPPED_CAPTION * 15;

    /**
     * {@code postLines} with a byline among its first three lines of text blanked: it stands between the headline
     * and the body, where it was joined to the headline as one wrapped paragraph ("Death toll rises to 6, county
     * coroner says From CNN's Marcus Oyelaran"). So is a contributor block, a name over a role ("Gideon Long" /
     * "South America correspondent", "Hiba Morgan" / "Reporting from Port Sudan"). Who wrote a post is not its news.
     */
    private static List<String> withoutByline(List<String> postLines) {
        int text = 0;
        for (int i = 0; i < postLines.size() && text < 3; i++) {
            String t = postLines.get(i);
            if (Text.isBlank(t)) {
                continue;
            }
            text++;
            if (Text.BYLINE.matcher(t.strip()).matches()) {
                List<String> out = new ArrayList<>(postLines);
                out.set(i, "");
                return out;
            }
            int comma = t.indexOf(", ");
            if (comma > 0 && isContributor(t.substring(0, comma).strip())
                    && ROLE.matcher(t.substring(comma + 2).strip()).matches()) {
                List<String> out = new ArrayList<>(postLines);
                out.set(i, ""); // "Hannah Price, north of England correspondent" (Sky News)
                return out;
            }
            int role = nextText(postLines, i + 1);
            if (role >= 0 && isContributor(t.strip())
                    && ROLE.matcher(postLines.get(role).strip()).matches()) {
                List<String> out = new ArrayList<>(postLines);
                out.set(i, "");
                out.set(role, "");
                return out;
            }
        }
        return postLines;
    }

    /** A contributor's name: an author's ({@link #isAuthorName}) of two words or more ("Gideon Long"). */
    private static boolean isContributor(String t) {
        return isAuthorName(t) && Text.wordCount(t) >= 2;
    }

    /**
     * The line under a contributor's name in a post's contributor block: the role ("South America correspondent",
     * "Scotland editor", "BBC News") or where they report from ("Reporting from Port Sudan").
     */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("(?i)(?:[\\p{L}' .-]{0,40} )?"
            + "(?:correspondent|editor|reporter|producer|journalist|analyst|presenter|writer|columnist|bureau chief"
            + "|news)|reporting from [\\p{L}' ,.-]{2,40}");

    private static int nextText(List<String> lines, int from) {
        for (int k = from; k < lines.size() && k <= from + 1; k++) {
            if (!Text.isBlank(lines.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A headline line that ends on an abbreviation's full stop ("NTSB go-team headed to scene; briefing expected at 5
     * p.m.", "Biden to meet Zelensky in U.S."), which {@link Text#looksLikeHeadline} takes for prose: short, with no
     * other sentence's end before it.
     */
    private static boolean abbreviatedHeadline(String line) {
        return Text.wordCount(line) <= 16 && ABBREVIATION_END.matcher(line).find()
                && line.indexOf(". ") < 0 && line.indexOf('!') < 0 && line.indexOf('?') < 0;
    }

    /** "a.m.", "p.m.", "U.S.", "U.K.", "U.N." closing a line. */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?i)\\b(?:[ap]\\.m|u\\.s|u\\.k|u\\.n)\\.$");

    /**
     * A headline line that ends on a quotation ("Ohio governor: \"Our hearts are broken\"", "Harper claims victory,
     * Lindqvist says \"every vote must be counted\""), which {@link Text#looksLikeHeadline} takes for prose: prose
     * closes its quote after a full stop or other mark ("... broken.\""), a headline does not.
     */
    private static boolean quotedHeadline(String line) {
        char last = Text.lastChar(line);
        if ((last != '"' && last != '\u201d') || line.length() < 2 || Text.wordCount(line) > 24) {
            return false;
        }
        char before = line.charAt(line.length() - 2);
        return Character.isLetterOrDigit(before);
    }

    /** A post's number before its headline: "1. Rail operator thanks emergency services". */
    private static final java.util.regex.Pattern NUMBERED_HEADLINE = java.util.regex.Pattern.compile(
            "^\\d{1,3}\\.\\s+(?=\\p{Lu})");
    /**
     * The posts without a page's index of them: a "Key events" box lists its posts' times and headlines, two to a line
     * when printed ("2:24pm Death toll rises to four ... 1:15pm More than 1,400 evacuated ..."), which read as posts
     * with a headline that opens with a real post's and almost no text (at most twenty words: the box's own
     * controls, "Show key events only").
     */
    private static List<RawEntry> withoutIndex(List<RawEntry> entries) {
        Set<String> posts = new HashSet<>();
        for (RawEntry e : entries) {
            if (e.headline().length() >= 20 && Text.wordCount(e.body()) > 20) {
                posts.add(e.headline());
            }
        }
        List<RawEntry> out = new ArrayList<>(entries.size());
        for (RawEntry e : entries) {
            if (posts.isEmpty() || Text.wordCount(e.body()) > 20 || !opensWithOneOf(e.headline(), posts)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code headline} opens with one of {@code others} and goes on after it (a word boundary apart). */
    private static boolean opensWithOneOf(String headline, Set<String> others) {
        for (int at = headline.indexOf(' ', 20); at > 0; at = headline.indexOf(' ', at + 1)) {
            if (others.contains(headline.substring(0, at))) {
                return true;
            }
        }
        return false;
    }

    /** A Breaking badge before a post's stamp: "BREAKING 2:24pm Priya Nandakumar". */
    private static final java.util.regex.Pattern LABEL_BEFORE_STAMP = java.util.regex.Pattern.compile(
            "(?i)(?:breaking(?: news)?|urgent|just in)\\s+(?=\\d)");
    /** What follows the time on the stamp's line when it names the post's author: "17:40 , Athena Stavrou". */
    private static final java.util.regex.Pattern AUTHOR_AFTER_STAMP = java.util.regex.Pattern.compile(
            "^,\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|and|&))*$");

    /** The last line of text above stamp {@code k} and below the stamp before it, or -1. */
    private static int lineAbove(List<String> lines, List<Stamp> stamps, int k) {
        int floor = k == 0 ? 0 : stamps.get(k - 1).line() + 1;
        int prev = Text.textAbove(lines, stamps.get(k).line(), floor);
        return prev >= floor ? prev : -1;
    }

    /**
     * Per stamp, the headline of the numbered headline on the line above it, without its number, or "": pages that
     * number their posts put the headline over the time ("1. Rail operator thanks emergency services" / "Posted at
     * 17:02"). Only on a page where at least two of the stamps alone on their lines, and more than half of them, have
     * one: a post's body may end in a numbered list ("3. Keep away from the river"), which heads nothing.
     */
    private static String[] numberedHeadlinesAbove(List<String> lines, List<Stamp> stamps) {
        String[] out = new String[stamps.size()];
        java.util.Arrays.fill(out, "");
        List<BarePost> bare = barePosts(lines, stamps);
        int numbered = 0;
        for (BarePost post : bare) {
            int k = post.index();
            int above = lineAbove(lines, stamps, k);
            java.util.regex.Matcher number = NUMBERED_HEADLINE.matcher(above < 0 ? "" : lines.get(above));
            if (number.lookingAt()) {
                String headline = number.replaceFirst("");
                if (Text.looksLikeHeadline(headline)) {
                    out[k] = headline;
                    numbered++;
                }
            }
        }
        if (!onMostBareStamps(numbered, bare.size())) {
            return bylinedHeadlinesAbove(lines, stamps);
        }
        return out;
    }

    /**
     * Per stamp, the headline on the line above it, or "": NPR puts each post's headline over its stamp and the
     * byline under it ("Senate control still too early to call" / "November 4, 2026 at 12:40 AM EST" / "By Marcus
     * Oyelaran"), where the headline read as the last line of the post above; NHK World over its stamp and the
     * first sentence ({@link #opensPost}). Only on a page where at least two of the stamps alone on their lines, and
     * more than half of them, stand between a headline and a byline or a first sentence (an "Updated ..." line may
     * come between the stamp and the byline).
     */
    private static String[] bylinedHeadlinesAbove(List<String> lines, List<Stamp> stamps) {
        String[] out = new String[stamps.size()];
        java.util.Arrays.fill(out, "");
        List<BarePost> bare = barePosts(lines, stamps);
        int bylined = 0;
        for (BarePost post : bare) {
            int k = post.index();
            Stamp s = post.stamp();
            int above = lineAbove(lines, stamps, k);
            int below = Text.nextText(lines, s.line() + 1);
            if (below < lines.size() && UPDATED_LINE.matcher(lines.get(below)).lookingAt()) {
                below = Text.nextText(lines, below + 1);
            }
            if (above >= 0 && Text.BYLINE.matcher(lines.get(above).strip()).matches()) {
                // the byline between the headline and the stamp (Los Angeles Times: "Death toll rises to 3 ..." /
                // "By Marisol Vega and Tom Becker" / "Sept. 30, 2026 8:52 PM PT"): the headline heads this post
                int floor = k == 0 ? 0 : stamps.get(k - 1).line() + 1;
                int headline = Text.textAbove(lines, above, floor);
                if (headline >= floor && Text.looksLikeHeadline(lines.get(headline).strip())) {
                    out[k] = Text.norm(lines.get(headline));
                    bylined++;
                }
                continue;
            }
            if (above < 0 || !Text.looksLikeHeadline(lines.get(above).strip())) {
                continue;
            }
            String headline = lines.get(above).strip();
            if (below < lines.size() && (Text.BYLINE.matcher(lines.get(below).strip()).matches()
                    || opensPost(headline, lines.get(below).strip()))) {
                // a gallery's "Photos: Election night watch parties across the country" heads its post here
                out[k] = Text.norm(lines.get(above));
                bylined++;
            } else if (Text.wordCount(headline) >= 3 && !Text.isPageControl(headline)) {
                // on such a page, a headline over a post opening with a list's intro ("Here's how it unfolded:")
                // or a picture heads it too
                out[k] = Text.norm(lines.get(above));
            }
        }
        if (!onMostBareStamps(bylined, bare.size())) {
            java.util.Arrays.fill(out, "");
        }
        return out;
    }

    /**
     * Whether {@code above} and {@code below} a stamp read as a headline over it and the first sentence of the post
     * under it, as NHK World prints its items ("Death toll from Miyagi quake rises to 4" / "Dec. 6, 2026 22:40 JST" /
     * "Police in Miyagi Prefecture say four people have died ..."). Where headlines stand under their stamps, the line
     * under a stamp is the headline, not a sentence; and the line that ends the post above ("Share", a short "Read
     * more") is no headline of four words.
     */
    private static boolean opensPost(String above, String below) {
        return Text.wordCount(above) >= 4 && !Text.isPageControl(above) && Text.wordCount(below) >= 8
                && Text.endsSentence(below, false);
    }

    /**
     * The lines that name a post's author right under its stamp, without a "By" (Haaretz: "Dec 8, 2026 11:20 pm IST" /
     * "Bar Peleg" / "Death toll in Rishon Letzion strike rises to four, ..."), where the name read as the headline or
     * ran into it. Only on a page where at least two of the stamps alone on their lines, and more than half of them,
     * have a name ({@link #isAuthorName}) under them, at least two of them with a headline under the name (The Irish
     * Times names the author of every post, headlined or not): a short headline in title case ("NDRF Teams Join Rescue
     * Operations") has the post's text under it, not another headline. Empty when the page is not such.
     */
    private static List<Integer> authorsUnderStamps(List<String> lines, List<Stamp> stamps) {
        List<Integer> names = new ArrayList<>();
        List<BarePost> bare = barePosts(lines, stamps);
        int headed = 0;
        for (BarePost post : bare) {
            int end = post.end();
            int first = Text.nextText(lines, post.stamp().line() + 1);
            if (first >= end || !isAuthorName(lines.get(first).strip())) {
                continue;
            }
            names.add(first);
            int second = Text.nextText(lines, first + 1);
            if (second < end && Text.wordCount(lines.get(second).strip()) >= 3
                    && Text.looksLikeHeadline(lines.get(second).strip())) {
                headed++;
            }
        }
        return onMostBareStamps(names.size(), bare.size()) && headed >= 2 ? names : List.of();
    }

    /**
     * The posts whose first line is a headline with the author's name under it and the text under that, as The New
     * York Times writes them ("18m ago" / "Florida's death toll rises to 6." / "Jenna Whitaker" / "At least six
     * people ..."): each post's index and its name's line. The headline ends on a full stop, so without its name
     * it read as the text's first sentence, and the name as a paragraph of the text. Only on a page where at least
     * two of the stamps alone on their lines, and more than half of them, head such a post, and only a name of two
     * words or more: one word under a line may be a place or a label.
     */
    private static List<int[]> authorsUnderHeadlines(List<String> lines, List<Stamp> stamps) {
        List<int[]> posts = new ArrayList<>();
        List<BarePost> bare = barePosts(lines, stamps);
        for (BarePost post : bare) {
            int end = post.end();
            int first = Text.nextText(lines, post.stamp().line() + 1);
            int name = first < end ? Text.nextText(lines, first + 1) : end;
            int text = name < end ? Text.nextText(lines, name + 1) : end;
            if (text >= end) {
                continue;
            }
            String headline = lines.get(first).strip();
            String author = lines.get(name).strip();
            int words = Text.wordCount(headline);
            if (words >= 3 && words <= 20 && !isAuthorName(headline) && isAuthorName(author)
                    && Text.wordCount(author) >= 2 && Text.wordCount(lines.get(text).strip()) >= 10) {
                posts.add(new int[] {post.index(), name});
            }
        }
        return onMostBareStamps(posts.size(), bare.size()) ? posts : List.of();
    }

    /** A person's or a newsroom's name: one to four capitalised words ("Bar Peleg", "Haaretz", "Jack Khoury"). */
    private static final java.util.regex.Pattern AUTHOR_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|and|&|de|al|bin|van|von|el|da|di|le"
                    + "|la)){0,3}");

    /** Whether {@code t} reads as an author's name ({@link #AUTHOR_NAME}), and is not a label. */
    private static boolean isAuthorName(String t) {
        return !t.isEmpty() && t.length() <= 40 && AUTHOR_NAME.matcher(t).matches() && !Text.isBreakingLabel(t)
                && !Text.isPostLabel(t) && !Text.isPageControl(t);
    }

    /** A chat export's sender after a message's stamp: "Sky News: " of "08/12/2026, 21:14 - Sky News: ...". */
    private static final java.util.regex.Pattern SENDER = java.util.regex.Pattern.compile(
            "^[\\p{L}\\p{N}][\\p{L}\\p{N}&.'\u2019 -]{0,30}: ");

    /**
     * The sender that opens most messages after their stamps in a chat's export ("Sky News: " in WhatsApp's
     * "08/12/2026, 21:14 - Sky News: BREAKING: ..."), or null: the channel's name, which is neither the headline nor
     * the text, and stood before a "BREAKING:" label, which then went unread. Only when at least three stamps, and
     * more than half of those with text on their line, open so with the same name.
     */
    private static String sender(List<Stamp> stamps) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int inline = 0;
        for (Stamp s : stamps) {
            if (!s.inline()) {
                continue;
            }
            inline++;
            java.util.regex.Matcher m = SENDER.matcher(s.rest());
            if (m.lookingAt() && Text.wordCount(m.group()) <= 4) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3 && 2 * e.getValue() > inline) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Whether a layout seen at {@code hits} of the {@code bare} stamps alone on their lines is the page's: at least two
     * of them, and more than half. A post's text may look so once by chance (a list ending in a numbered line, a short
     * title-case headline over a subheading); a page's layout repeats.
     */
    /**
     * A stamp alone on its line and its post, which ends at the next stamp's line or the text's end.
     *
     * @param index the stamp's place among the page's stamps
     */
    private record BarePost(int index, Stamp stamp, int end) {
    }

    /** The page's stamps alone on their lines ({@link Stamp#inline} not), with their posts' ends. */
    private static List<BarePost> barePosts(List<String> lines, List<Stamp> stamps) {
        List<BarePost> out = new ArrayList<>();
        for (int k = 0; k < stamps.size(); k++) {
            if (!stamps.get(k).inline()) {
                out.add(new BarePost(k, stamps.get(k), k + 1 < stamps.size() ? stamps.get(k + 1).line()
                        : lines.size()));
            }
        }
        return out;
    }

    private static boolean onMostBareStamps(int hits, int bare) {
        return hits >= 2 && 2 * hits > bare;
    }

    /** A post's own "Updated November 4, 2026 at 12:58 AM EST" line under its stamp. */
    private static final java.util.regex.Pattern UPDATED_LINE = java.util.regex.Pattern.compile("(?i)updated\\b");

    /**
     * The intro's day: the document's when it states one, else the day of its newest post whose date the page states
     * (a CNN page dates every stamp, "6:41 p.m. ET, June 8, 2024", and has no date line), else the upload's.
     */
    private static Day introDay(List<Stamp> stamps, Day date, ZoneId zone) {
        if (date.stated()) {
            return date;
        }
        return stamps.stream().filter(s -> s.time().dateStated()).map(s -> s.time().instant())
                .max(Instant::compareTo).map(i -> new Day(LocalDate.ofInstant(i, zone), true)).orElse(date);
    }

    /** How far down a copied article page its byline is looked for, in paragraphs (a site's menu comes first). */
    private static final int BYLINE_PARAGRAPHS = 60;

    /**
     * An article's paragraphs from its headline on, without its byline, when it has a byline ({@link Text#BYLINE})
     * with a headline just above it (at most two paragraphs up, past a standfirst): a page copied whole brings its
     * site's menu above the headline ("Skip to main content", "AP NEWS", "Sign in"), which headed the entry and opened
     * its body. Otherwise {@code paragraphs} as they are. An article's entry id does not depend on its headline, so a
     * story stored before keeps its id.
     */
    private static List<String> fromHeadline(List<String> paragraphs) {
        for (int b = 1; b < Math.min(paragraphs.size(), BYLINE_PARAGRAPHS); b++) {
            if (!Text.BYLINE.matcher(paragraphs.get(b)).matches()) {
                continue;
            }
            // Of the headline-like lines above the byline, the top one unless the lead repeats much less of it than
            // of one under it: a standfirst without a full stop ("Rescuers dig through mud ... after days of monsoon
            // rain") sits between the headline and the byline, and a menu's banner may stand above the headline.
            List<Integer> above = new ArrayList<>();
            for (int h = b - 1; h >= Math.max(0, b - 3); h--) {
                String p = paragraphs.get(h);
                if (Text.looksLikeHeadline(p) && Text.wordCount(p) >= 5) {
                    above.add(0, h);
                } else if (!above.isEmpty()) {
                    break;
                }
            }
            if (!above.isEmpty()) {
                int h = above.get(above.size() - 1);
                if (above.size() > 1) {
                    Set<String> lead = leadStems(paragraphs, b + 1);
                    double most = 0;
                    for (int c : above) {
                        most = Math.max(most, echo(paragraphs.get(c), lead));
                    }
                    for (int c : above) {
                        if (echo(paragraphs.get(c), lead) >= NEAR_MOST_ECHO * most) {
                            h = c;
                            break;
                        }
                    }
                }
                List<String> out = new ArrayList<>(paragraphs.subList(h, b));
                out.addAll(paragraphs.subList(b + 1, paragraphs.size()));
                return out;
            }
            break;
        }
        return withoutMenu(paragraphs);
    }

    /** A breadcrumb trail: "Home > News > Incidents", "World › Europe". */
    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile(
            "\\S \\s*[>\u203a\u00bb]\\s* \\S");

    /** Fewest items of a site's menu that {@link #withoutMenu} takes for one. */
    private static final int MENU_ITEMS = 3;
    /** Prose paragraphs under a page's header that {@link #withoutMenu} compares its headline candidates with. */
    private static final int LEAD_PARAGRAPHS = 3;

    /**
     * {@code paragraphs} from the headline on, when they open with a site's menu: {@value #MENU_ITEMS} or more
     * paragraphs of at most four words without a sentence's end ("Skip to content", "News", "Sport", "Log in") above a
     * headline of five words or more (The Telegraph's and ITV's article pages, copied whole with no byline near the
     * headline). Otherwise {@code paragraphs} as they are.
     *
     * <p>The page's top, down to its first prose, may hold other lines of five words or more: the site's banner inside
     * its menu ("The Guardian - Back to home"), its tagline ("Informing humanitarians worldwide 24/7 - a service
     * provided by UN OCHA"), the standfirst, an attachment's link. Of these the headline is the one whose words the
     * article's first paragraphs repeat most ({@link #echo}), as a headline tells the lead's news in short; the first
     * of those near the most wins ({@link #NEAR_MOST_ECHO}). Taking the first line of five words made the Guardian's
     * banner the headline and its menu the article's first paragraph.
     */
    private static List<String> withoutMenu(List<String> paragraphs) {
        int menu = 0;
        List<Integer> candidates = new ArrayList<>();
        List<Integer> menuAbove = new ArrayList<>();
        int i = 0;
        for (; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            int words = Text.wordCount(p);
            if (words <= 4 && !Text.endsSentence(p, false) || BREADCRUMB.matcher(p).find()) {
                menu++; // "Home > News > Incidents" is the menu's too
            } else if (words >= 5 && Text.looksLikeHeadline(p)) {
                candidates.add(i);
                menuAbove.add(menu);
            } else {
                break; // the first prose: the page's top ends
            }
        }
        Set<String> lead = leadStems(paragraphs, i);
        // Under no menu the first line heads the article, unless it shares no word with the lead while a line below
        // it tells much of the lead's news: a statement's letterhead ("WEST MIDLANDS POLICE Corporate Communications
        // Department ...") over its headline
        boolean letterhead = !candidates.isEmpty() && candidates.get(0) == 0 && echo(paragraphs.get(0), lead) == 0;
        double[] echoes = new double[candidates.size()];
        double most = -1;
        for (int c = 0; c < candidates.size(); c++) {
            echoes[c] = -1;
            if (candidates.get(c) < paragraphs.size() - 1) {
                double e = echo(paragraphs.get(candidates.get(c)), lead);
                if (menuAbove.get(c) >= MENU_ITEMS || letterhead && c > 0 && e >= LETTERHEAD_ECHO) {
                    echoes[c] = e;
                }
            }
            most = Math.max(most, echoes[c]);
        }
        for (int c = 0; c < candidates.size(); c++) {
            // the first of those near the most: a standfirst under the headline tells more of the lead in more words
            if (echoes[c] >= 0 && echoes[c] >= NEAR_MOST_ECHO * most) {
                return paragraphs.subList(candidates.get(c), paragraphs.size());
            }
        }
        return paragraphs;
    }

    /** The {@link #stems} of the first {@value #LEAD_PARAGRAPHS} prose paragraphs from {@code from}, not captions. */
    private static Set<String> leadStems(List<String> paragraphs, int from) {
        Set<String> lead = new HashSet<>();
        int read = 0;
        for (int k = from; k < paragraphs.size() && read < LEAD_PARAGRAPHS; k++) {
            String p = paragraphs.get(k);
            if (Text.wordCount(p) >= 10 && !Captions.isCaption(p)) {
                lead.addAll(stems(p));
                read++;
            }
        }
        return lead;
    }

    /**
     * Share of the top candidates' best {@link #echo} a line needs to be taken as the headline, the first such line
     * winning: Anadolu's standfirst ("Disaster agency AFAD says 214 people injured, ...") repeats more of the lead
     * (.75) than the headline above it (.67) does.
     */
    private static final double NEAR_MOST_ECHO = 0.75;

    /** Least {@link #echo} of a line under a letterhead that makes it the headline: half its words. */
    private static final double LETTERHEAD_ECHO = 0.5;

    /** Length a word is cut to for {@link #echo}: "flood" of "floods", "flooding" and "flooded". */
    private static final int STEM = 5;

    /**
     * The words of four letters or more in {@code text}, lower-cased and cut to {@value #STEM} letters: a stemmer's
     * effect, rough but enough to compare a headline with its lead ("rescued" / "rescue", "floods" / "flooding").
     * Shorter words are mostly function words.
     */
    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return out;
    }

    /** The share of {@code line}'s {@link #stems} found in {@code lead}; 0 for a line without any. */
    private static double echo(String line, Set<String> lead) {
        Set<String> words = stems(line);
        if (words.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String w : words) {
            if (lead.contains(w)) {
                found++;
            }
        }
        return (double) found / words.size();
    }

    /** Removes a last paragraph that is a lone "Breaking" label, saying whether there was one. */
    private static boolean takeTrailingLabel(List<String> paragraphs) {
        if (!paragraphs.isEmpty() && Text.isBreakingLabel(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
            return true;
        }
        return false;
    }
}
