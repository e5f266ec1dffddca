package io.wirewatch.core.split;

import io.wirewatch.core.text.Datelines;
import io.wirewatch.core.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small string helpers shared by the layouts. Everything here is linear in its input and hand-written where a regex
 * would be slower or riskier on megabyte-sized lines.
 */
final class Text {
    /** Longest headline we derive from a sentence; a cut keeps whole words. */
    static final int MAX_DERIVED_HEADLINE = 120;

    /**
     * A line that is only a "Breaking" label, perhaps after an emoji: "Breaking", "JUST IN",
     * "\u26a1\ufe0f\u0422\u0415\u0420\u041c\u0406\u041d\u041e\u0412\u041e" (urgent, Ukrainian).
     */
    private static final Pattern BREAKING_LABEL = Pattern.compile(
            "(?iu)(?:[^\\p{L}\\p{N}\\s]{1,3}\\s?)?(?:breaking(?: news)?|just in|терміново|срочно):?");

    /**
     * A "Breaking" label opening a headline: "BREAKING: Russian forces capture Kherson", "Breaking news: ...",
     * "BREAKING - ...", "JUST IN: ..." (Politico), a wire's "(URGENT) ..." (Yonhap). The separator is required:
     * "Breaking the siege of Mariupol" is a headline, not a label.
     */
    private static final Pattern BREAKING_PREFIX = Pattern.compile(
            "(?i)\\((?:urgent|breaking)\\)\\s+(?=\\S)|(?:breaking(?: news)?|just in|(?-i:URGENT))(?:\\s*:\\s*"
            + "|\\s*[-\u2013\u2014]\\s+)(?=\\S)");

    /** List markers seen in pasted pages. '-' and '*' count only when followed by a space. */
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[\u2022\u00b7\u25cf\u25aa\u25e6\u2023\u2043]\\s*|[-*\u2013]\\s+)");

    /**
     * Wire datelines: "KYIV, Ukraine -", "WASHINGTON (AP) -", "KYIV, UKRAINE - MARCH 02:", "KYIV, March 2 (Reuters)
     * -".
     */
    static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,40})?"
            + Datelines.DATE + "(?:\\s*\\([A-Za-z]{1,12}\\))?\\s*[-\u2013\u2014]{1,2}\\s+");

    private Text() {
    }

    /**
     * Lines of {@code text} with CRLF / CR turned into LF and a leading byte-order mark removed, so every layout
     * sees the same input whatever platform the document was saved on.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = text.startsWith("\ufeff") ? 1 : 0;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * {@link #computeIsSpace} for every char, one bit each (8 KB). norm() asks this of every character of every
     * document, and pasted pages are full of curly quotes and dashes, for which the two Character lookups were the
     * slow path.
     */
    private static final long[] SPACE_BITS = spaceBits();

    private static long[] spaceBits() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (computeIsSpace((char) c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    static boolean isSpace(char c) {
        return (SPACE_BITS[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean computeIsSpace(char c) {
        if (c < 0x80) {
            return c <= ' ' || c == 0x7f; // ASCII controls count as space: junk, not words
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                || c == '\u0085';
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isNormal(s)) {
            return s; // the common case, and every line after SourceText: no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} has no leading, trailing, doubled or non-' ' whitespace. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        boolean prevSpace = false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prevSpace) {
                    return false;
                }
                prevSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                prevSpace = false;
            }
        }
        return true;
    }

    /**
     * The first line at or after {@code from} with text, or {@code lines.size()} when none; over lines as
     * {@link SourceText} gives them (a blank line is empty).
     */
    static int nextText(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    /**
     * The nearest line with text above {@code line}, at or after {@code floor}; below {@code floor} when none. Over
     * lines as {@link SourceText} gives them (a blank line is empty).
     */
    static int textAbove(List<String> lines, int line, int floor) {
        int prev = line - 1;
        while (prev >= floor && lines.get(prev).isEmpty()) {
            prev--;
        }
        return prev;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A label a site puts over a post that is not Breaking: "Key update" (ITV), "Key event", "Pinned post", "UPDATE"
     * (Kyiv Post). It is neither the post's headline nor its text.
     */
    private static final Pattern POST_LABEL = Pattern.compile(
            "(?i)(?:key (?:update|event|development)|pinned(?: post)?|update)");

    /** A label line, Breaking or not, which stands as a paragraph of its own. */
    private static boolean isLabel(String t) {
        return t.length() <= MAX_LABEL && (isBreakingLabel(t) || isPostLabel(t));
    }

    /** Longest label line: "key development" with room for a colon and spaces. */
    private static final int MAX_LABEL = 20;

    static boolean isPostLabel(String paragraph) {
        return paragraph.length() <= MAX_LABEL && POST_LABEL.matcher(paragraph).matches();
    }

    /** Longest text {@link #BREAKING_LABEL} matches: "breaking news:". */
    private static final int MAX_BREAKING_LABEL = "breaking news:".length() + 3;

    static boolean isBreakingLabel(String line) {
        // Asked of every paragraph; a paragraph with more non-space characters than the longest label cannot be
        // one, and is rejected after a few characters instead of being normalised and matched in full.
        int nonSpace = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i)) && ++nonSpace > MAX_BREAKING_LABEL) {
                return false;
            }
        }
        return BREAKING_LABEL.matcher(norm(line)).matches();
    }

    /**
     * The rest of {@code line} after a leading "Breaking" label ({@link #BREAKING_PREFIX}), or {@code null} when it
     * does not open with one. Sites put the label in front of the headline as often as on a line of its own, and
     * left there it both hides the flag and stays in the headline.
     */
    static String afterBreakingLabel(String line) {
        if (line.length() < "just in:".length()
                || !line.regionMatches(true, 0, "breaking", 0, 8) && !line.regionMatches(true, 0, "just in", 0, 7)
                && !line.regionMatches(true, 0, "(urgent)", 0, 8) && !line.regionMatches(false, 0, "URGENT", 0, 6)
                && !line.regionMatches(true, 0, "(breaking)", 0, 10)) {
            return null; // asked of many lines: reject on the first characters before running the pattern
        }
        Matcher m = BREAKING_PREFIX.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : null;
    }

    static boolean isBullet(String normalised) {
        return BULLET.matcher(normalised).lookingAt();
    }

    /** The text of a bullet line without its marker; other lines unchanged. */
    static String stripBullet(String normalised) {
        Matcher m = BULLET.matcher(normalised);
        return m.lookingAt() ? normalised.substring(m.end()).trim() : normalised;
    }

    /** Last character of {@code s}, or 0 for an empty string. */
    static char lastChar(String s) {
        return s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    }

    /** Whether a paragraph ends the way prose does: with sentence punctuation or a closing double quote. */
    /**
     * Whether {@code s} ends a sentence: '.', '!' or '?', perhaps inside closing quotes or brackets ("... he said.\"",
     * "(... 2022.)"). The end alone is looked at; callers ask it of every line or paragraph of a page.
     *
     * @param trailingSpace whether spaces may stand among and after the closing marks (a raw line, not normalised)
     */
    static boolean endsSentence(String s, boolean trailingSpace) {
        int i = s.length() - 1;
        while (i >= 0 && (trailingSpace && isSpace(s.charAt(i)) || SENTENCE_CLOSERS.indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0;
    }

    /** What may close a sentence after its full stop: quotes and a bracket. */
    private static final String SENTENCE_CLOSERS = "\"'\u201d\u2019)";

    static boolean endsLikeProse(String s) {
        char c = lastChar(s);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == '\u2026' || c == ':'
                || c == ';' || c == ',';
    }

    static int wordCount(String s) {
        return wordCount(s, Integer.MAX_VALUE);
    }

    /**
     * The words of {@code s}, counted no further than {@code upTo}: what a check against a limit needs ("10 words or
     * more", "more than 24"), without reading a long paragraph to its end.
     */
    static int wordCount(String s, int upTo) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && words < upTo; i++) {
            boolean sp = isSpace(s.charAt(i));
            if (!sp && !in) {
                words++;
            }
            in = !sp;
        }
        return words;
    }

    /**
     * Whether a stand-alone line reads as a headline rather than prose: short, not ending like a sentence, and not
     * a quotation. Questions count as headlines only when short ("What did Nato chief say?").
     */
    /** A wire's version tag opening a headline: "(LEAD) ", "(2nd LD) ", "(URGENT) ". */
    private static final Pattern WIRE_TAG = Pattern.compile("\\([\\p{L}\\d ]{2,20}\\) \\p{L}");

    static boolean looksLikeHeadline(String s) {
        if (s.isEmpty() || s.length() > 160 || wordCount(s, 25) > 24 || isBullet(s)) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '(' && WIRE_TAG.matcher(s).lookingAt()) {
            first = s.charAt(s.indexOf(')') + 2); // "(LEAD) N. Korea fires ...", "(2nd LD) Ferry with 212 aboard ..."
        }
        if (first == '"' || first == '\u201c' || !(Character.isLetterOrDigit(first) || first == '\u2018'
                || first == '\'')) {
            return false;
        }
        char last = lastChar(s);
        if (last == '?' || last == '!') {
            return wordCount(s) <= 14;
        }
        return !endsLikeProse(s);
    }

    /**
     * A headline made from the first sentence of {@code paragraph}: a leading dateline is dropped and the sentence
     * is cut at a word boundary to at most {@link #MAX_DERIVED_HEADLINE} characters (with an ellipsis).
     */
    static String headlineFromProse(String paragraph) {
        // Only the start matters; bounding the input keeps this cheap on a megabyte of unbroken junk.
        String p = norm(paragraph.length() > 4000 ? paragraph.substring(0, 4000) : paragraph);
        Matcher d = DATELINE.matcher(p);
        if (d.lookingAt() && d.end() < p.length()) {
            p = p.substring(d.end());
        }
        List<String> sentences = Sentences.split(p);
        String first = sentences.isEmpty() ? p : sentences.get(0);
        return cut(first, MAX_DERIVED_HEADLINE);
    }

    /** {@code s} cut to at most {@code max} characters at a word boundary, with "…" when something was cut. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        int space = s.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        String head = s.substring(0, end).strip();
        while (!head.isEmpty() && ",;:-\u2013\u2014".indexOf(lastChar(head)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + "\u2026";
    }

    /**
     * Case-insensitive {@link String#lastIndexOf(String)} for an ASCII {@code needle}, driven by the JDK's fast
     * single-character search (a per-position region compare is several times slower on megabyte pages).
     */
    static int lastIndexOfIgnoreCase(String s, String needle) {
        char lo = Character.toLowerCase(needle.charAt(0));
        char up = Character.toUpperCase(needle.charAt(0));
        // one pass back: looking for each case's last place from every candidate read a text with no capital of
        // the first letter to its start again and again
        for (int i = s.length() - needle.length(); i >= 0; i--) {
            char c = s.charAt(i);
            if ((c == lo || c == up) && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static boolean containsIgnoreCase(String s, String needle) {
        return lastIndexOfIgnoreCase(s, needle) >= 0;
    }

    /** Whether {@code s} contains any of {@code needles} (case-sensitive). */
    static boolean containsAny(String s, List<String> needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A writer's credit: "By TOI Staff", "By Rachel Oduya, Transport Correspondent", "From CNN's Marcus Oyelaran".
     * Also "By RFE/RL's Kazakh Service".
     * "From" only with an outlet's possessive, since "From Kyiv With Love" may be a headline, or with an outlet's
     * initials and a writer's role: "From CNN Meteorologist Dana Whitfield".
     */
    static final Pattern BYLINE = Pattern.compile("(?:By|BY|From \\p{Lu}[\\p{L}.-]*['\u2019]s"
            + "|From \\p{Lu}{2,6} (?i:meteorologists?|correspondents?|producers?|reporters?|writers?|staff|senior"
            + "|chief|national|international|political|legal|medical|white house))"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019./-]*,?|and|&|,)){1,8}");

    /**
     * A line that only credits an agency or a writer ("AFP", "Reuters", {@link #BYLINE}): a paragraph of its own,
     * never joined to the headline above it or the text below it as a hard-wrapped line would be.
     */
    static final Pattern CREDIT_LINE = Pattern.compile("AFP|Reuters|REUTERS|AP|Associated Press|PA Media|Bloomberg|"
            + "Agence France-Presse|" + BYLINE.pattern());

    /**
     * Paragraphs of plain text. Blank lines separate paragraphs; when a document has none, every line is one (wire
     * copy is often pasted that way). Within a blank-separated block hard-wrapped lines are joined, but bullet lines
     * and credit lines ({@link #CREDIT_LINE}) stay separate.
     */
    /**
     * A line that is one of the page's controls or an ad's slot, copied with the text: a sharing panel ("Share",
     * "Copy", "Link copied", "Email", "Facebook", "X", "Reddit"), "Print", "ADVERTISEMENT", "Story continues below
     * advertisement", a player's "Play video" / "Video duration 2:41", "Listen to this article" and a reading time
     * ("4 min", "3 minute read"), a media tag ("PHOTO", "VIDEO"), a statement's marking ("OFFICIAL", "PRESS
     * STATEMENT", "ENDS"). Such a line alone is never news; left in, AP's panel
     * opened an article's body ("Share Copy Link copied Email Facebook X Reddit KYIV, Ukraine (AP) ...").
     */
    private static final java.util.Set<String> PAGE_CONTROLS = java.util.Set.of("share", "share page", "share post",
            "share this article", "share this story", "share this page", "share this post", "share the article",
            "share the story", "copy", "copy link", "link copied", "copied", "email", "e-mail", "facebook", "twitter",
            "x", "reddit", "linkedin",
            "whatsapp", "pinterest", "flipboard", "messenger", "telegram", "bluesky", "threads", "print", "comment",
            "comments", "save", "bookmark", "advertisement", "advertising", "advert", "sponsored",
            "story continues below", "story continues below advertisement", "article continues below",
            "article continues below advertisement", "continue reading below", "skip advert", "play video", "listen",
            "listen to this article", "gift this article", "gift this article free", "photo", "photos", "video",
            "videos", "official", "official-sensitive", "official sensitive", "unclassified", "press release",
            "press statement", "news release", "media release", "for immediate release", "ends");
    /**
     * A messenger's furniture (Telegram Desktop's copy): a message's counts of views and reactions ("\ud83d\udc41
     * 31.4K", "\ud83d\ude22 1.2K  \ud83d\ude4f 846", "... edited"), its media placeholder ("[ Photo ]") and its
     * forward line ("[Forwarded from ...]"); WhatsApp's "<Media omitted>".
     */
    private static final Pattern MESSENGER = Pattern.compile("(?iu)(?:[^\\p{L}\\p{N}\\s]{1,3}\\s*[\\d.,]+[km]?\\s*)+"
            + "(?:edited)?|\\[\\s*(?:photo|video|album|sticker|file|gif|voice message|poll)\\s*]"
            + "|\\[forwarded from [^\\]]{1,50}]|<\\s*media omitted\\s*>");

    /** The first letters of the controls. */
    private static final String CONTROL_INITIALS = "abcefglmnoprstuvwx";
    /**
     * A control with a variable part: "Share on Facebook", a player's "Video duration 2:41", a PDF's "Page 1 of 2",
     * a list's "list 2 of 4".
     */
    private static final Pattern PAGE_CONTROL = Pattern.compile(
            "(?i)share (?:on|in|via) \\p{L}+|send (?:in|by|via) e-?mail|page \\d{1,3} of \\d{1,3}"
                    + "|video duration \\d{1,2}:\\d{2}(?::\\d{2})?"
                    + "|video duration \\d{1,2} minutes? \\d{1,2} seconds?"
                    // Al Jazeera's "Keep reading" links, as a screen reader hears them
                    + "|list (?:of \\d{1,3} items?|\\d{1,3} of \\d{1,3})|end of list");
    /** An article's reading time: "4 min", "3 minute read", "5 mins read". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\d{1,2} min(?:ute)?s?(?: read)?");

    static boolean isPageControl(String t) {
        // asked of every line: most are longer than any control, or open with a letter none opens with
        if (t.isEmpty() || t.length() > 60) {
            return false;
        }
        char first = t.charAt(0);
        if (first == '0' && t.length() == 4 && t.charAt(1) == ':') {
            return true; // a player's "0:47": a length, never a time of day (see TimeParser)
        }
        if (Character.isDigit(first) && t.length() <= 16 && READING_TIME.matcher(t).matches()) {
            return true; // "4 min", "3 minute read": an article's reading time
        }
        if (!Character.isLetterOrDigit(first)) {
            return MESSENGER.matcher(t).matches(); // "👁 31.4K", "[ Photo ]"
        }
        if (t.length() > 40 || CONTROL_INITIALS.indexOf(Character.toLowerCase(first)) < 0) {
            return false;
        }
        String l = t.toLowerCase(Locale.ROOT);
        return PAGE_CONTROLS.contains(l)
                || (l.startsWith("share ") || l.startsWith("send ") || l.startsWith("page ")
                || l.startsWith("video duration ") || l.startsWith("list ") || l.startsWith("end of list"))
                && PAGE_CONTROL.matcher(l).matches();
    }

    /**
     * A site's cookie banner, copied above its page: "Cookies on GOV.UK", "We use some essential cookies to make this
     * website work.", "We’d like to set additional cookies ...", "This website uses cookies. ...", "Accept additional
     * cookies", "Cookie settings". Left in, an article copied whole was headed "Cookies on GOV.UK" and its body
     * opened with the banner. Only the banner's own phrasings count (a site's "we" using or setting cookies, a button,
     * a heading), so a story about cookies keeps its text.
     */
    private static final Pattern COOKIE_NOTICE = Pattern.compile("(?iu)(?:accept|reject|allow|manage|view|decline"
            + "|refuse|change|customi[sz]e)(?: all| additional| optional| essential| necessary| analytics)?"
            + " cookies?(?: settings| preferences)?|cookies?(?: on \\S+(?: \\S+)?| settings| preferences| policy"
            + "| notice| consent)|.*\\bwe(?: and our (?:\\d+ )?(?:partners|vendors))?(?:['’]d like to| would like to"
            + "| also)? (?:use|set|place|store)\\b.{0,60}"
            + "\\bcookies\\b.*|(?:this|our) (?:web)?site uses cookies\\b.*");
    /** Longest line of a cookie banner: its sentences run to two lines of a browser's width. */
    private static final int MAX_COOKIE_NOTICE = 300;

    /** The word a cookie banner cannot do without. */
    private static final Pattern COOKIES = Pattern.compile("(?i)\\bcookies\\b");

    /**
     * Whether {@code t} mentions cookies at all: looser than {@link #isCookieNotice}, for text that is asked only
     * whether it says something of the page's own (an intro, prose above a date line), where a banner's sentence
     * in its own words ("We and our 147 partners store ... such as cookies") must not count either.
     */
    static boolean mentionsCookies(String t) {
        // asked of every paragraph: the pattern runs only where the word can be
        return (t.indexOf("ookie") >= 0 || t.indexOf("OOKIE") >= 0) && COOKIES.matcher(t).find();
    }

    /** Whether {@code t} is a line of a site's cookie banner ({@link #COOKIE_NOTICE}). */
    static boolean isCookieNotice(String t) {
        // asked of every line: "ookie" is found or not at the cost of one scan, with no pattern run
        return t.length() <= MAX_COOKIE_NOTICE && t.indexOf("ookie") >= 0 && COOKIE_NOTICE.matcher(t).matches();
    }

    /**
     * A line that only says how long ago something was posted: "23m ago", "2 hours ago", "an hour ago", "Updated 1h
     * ago", "just now". Such an age
     * is never read as a post's time (it moves with every upload; see {@link GenericLayout}), and it is no text.
     */
    private static final Pattern AGE = Pattern.compile("(?i)(?:(?:updated|posted)\\s+)?(?:\\d{1,3}\\s*(?:s|secs?"
            + "|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)|an?\\s+(?:few\\s+)?(?:seconds?|minutes?|hours?|days?))"
            + "\\s+ago|just now");

    static boolean isAge(String t) {
        return !t.isEmpty() && t.length() <= 24 && (Character.isDigit(t.charAt(0))
                || "uUpPaAjJ".indexOf(t.charAt(0)) >= 0) && AGE.matcher(t).matches();
    }

    /**
     * Whether {@code lines} hold a paragraph per line though blank lines stand among them: most of their text (by
     * characters) is in lines that end a sentence. A page copied from a browser gives each paragraph its line and puts
     * blanks only round boxes ("CLICK HERE TO GET THE FOX NEWS APP", a newsletter's sign-up) or between posts, where
     * joining the lines ran a post's headline into its first paragraph. Text wrapped at a width ends a sentence at the
     * end of a line only where its paragraph ends, a small share of its text.
     */
    private static boolean linePerParagraph(List<String> lines) {
        long ending = 0;
        long all = 0;
        for (String l : lines) {
            all += l.length();
            if (endsSentence(l, true)) {
                ending += l.length();
            }
        }
        return all > 0 && ending * 10 >= all * 6;
    }

    /**
     * A heading over a list of links to other stories: "Related", "See also", "Most viewed", "Read next", "More from
     * AP News", "You may also like". Its list is headlines, and headlines give tolls ("Kazakh Mine Disaster Death Toll
     * Climbs To 46 As Rescuers Find More Bodies" under RFE/RL's "See also", "3 Killed As Speeding Truck Rams Into Bus
     * In Rajasthan's Sikar" in NDTV's trending list): read as the story's text, another story's toll was alerted as
     * this one's. "Top stories" and "Latest news" are not among them: a news feed heads its own items so.
     */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(?:related(?: content| stories| articles"
            + "| coverage| news| links| reading| topics)?|see also|also read|read also|read more|more to read"
            + "|read next|more on this story|more top stories|most (?:popular|read|viewed|watched|shared)"
            + "|popular now|trending(?: now| stories| news)?|featured(?: stories| news)?|you (?:may|might) also like"
            + "|recommended(?: stories| for you)?"
            + "|more from [\\p{L}\\p{N}&.' -]{1,30}|more stories|more news|further reading|editor'?s picks"
            + "|in case you missed it|explore more(?: on these topics)?|suggested topics|keep reading|key events)"
            + "\\s*:?");
    /** "Related: Storm Hollis: Met Office issues rare red warning ..." (The Guardian): a link, on its line. */
    private static final Pattern RELATED_LINK = Pattern.compile(
            "(?i)(?:related|see also|also read|read also|read more)\\s*:\\s*\\S.*");
    /** Longest heading {@link #RELATED_HEADING} is asked of. */
    private static final int MAX_RELATED_HEADING = 40;
    /** Most lines of a related list: a "Most viewed" list of ten, each with its section and age. */
    private static final int MAX_RELATED_LINES = 40;

    /**
     * {@code lines} without lists of links to other stories ({@link #RELATED_HEADING} and the headlines under it, with
     * their dates, ages and sections, down to the first line of prose) and without a link on its line ({@link
     * #RELATED_LINK}); {@code lines} itself when there are none.
     */
    private static List<String> withoutRelatedLinks(List<String> lines) {
        List<String> out = null; // made on the first list found: most texts have none and are returned as they are
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            int end = i;
            if (t.length() <= MAX_RELATED_HEADING && startsRelated(t) && RELATED_HEADING.matcher(t).matches()) {
                end = i + 1;
                while (end < lines.size() && end - i <= MAX_RELATED_LINES && isLinkLine(lines.get(end).strip())
                        && !headsStory(lines, end)) {
                    end++;
                }
            } else if (startsRelated(t) && RELATED_LINK.matcher(t).matches()
                    && (t.length() > MAX_RELATED_HEADING || !RELATED_HEADING.matcher(t).matches())
                    && looksLikeHeadline(t.substring(t.indexOf(':') + 1).strip())) {
                end = i + 1;
            }
            if (end > i) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                i = end - 1; // the heading and its list are left out
            } else if (out != null) {
                out.add(lines.get(i));
            }
        }
        return out == null ? lines : out;
    }

    /**
     * Whether line {@code at} is the page's own headline: a headline of five words or more with a byline ({@link
     * #BYLINE}) as the next line of text. AP's "Trending News" topics stand right above its headline, and the list
     * read down to the byline took the headline along. Not a stamp under it: a list's cards carry theirs ("Updated
     * 16 May 2026"); nor a topic's tag above the byline ("Wes Streeting" closing The Telegraph's "Related Topics").
     */
    private static boolean headsStory(List<String> lines, int at) {
        String line = lines.get(at).strip();
        if (line.isEmpty() || line.charAt(0) == 'B' || wordCount(line) < 5) {
            return false;
        }
        for (int k = at + 1; k < lines.size() && k <= at + 2; k++) {
            String t = lines.get(k).strip();
            if (!t.isEmpty()) {
                return t.startsWith("By") && BYLINE.matcher(t).lookingAt();
            }
        }
        return false;
    }

    /** The initials of {@link #RELATED_HEADING} and {@link #RELATED_LINK}: most lines are rejected on their first. */
    private static boolean startsRelated(String t) {
        return !t.isEmpty() && "rsamptyefickRSAMPTYEFICK".indexOf(t.charAt(0)) >= 0;
    }

    /**
     * A line of a list of links: a blank, a headline, or a few words (a section's name, a date, an age: "World
     * category", "December 6, 2026", "2 hrs ago").
     */
    private static boolean isLinkLine(String t) {
        return t.isEmpty() || wordCount(t) <= 4 && !endsSentence(t, false) || looksLikeHeadline(t);
    }

    static List<String> paragraphs(List<String> lines) {
        lines = withoutRelatedLinks(lines);
        // Only a blank line between two lines of text counts; leading and trailing ones say nothing.
        boolean hasBlank = false;
        boolean seenText = false;
        boolean pendingBlank = false;
        for (String l : lines) {
            String st = l.strip();
            if (isPageControl(st) || isAge(st) || isLabel(st) || isCookieNotice(st)) {
                // Not the text's: the lines of a post followed by a blank and the next post's "23m ago" or "BREAKING"
                // (or an "Advertisement") are still a paragraph each, not run together into one.
                continue;
            }
            if (isBlank(l)) {
                pendingBlank = seenText;
            } else {
                hasBlank |= pendingBlank;
                seenText = true;
                pendingBlank = false;
            }
            if (hasBlank) {
                break;
            }
        }
        if (hasBlank && linePerParagraph(lines)) {
            hasBlank = false;
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int runEnd = -1; // lines before it have been looked at for a menu's run ...
        boolean inRun = false; // ... and this says whether they are one
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String t = norm(l);
            if (isPageControl(t) || isAge(t) || isCookieNotice(t)) {
                continue; // "Share", "Link copied", "ADVERTISEMENT", "23m ago": the page's furniture, in no paragraph
            }
            boolean menu = false;
            if (hasBlank && isMenuItem(t)) {
                if (i >= runEnd) {
                    runEnd = menuRunEnd(lines, i);
                    inRun = menuItems(lines, i, runEnd) >= MENU_RUN;
                }
                menu = inRun;
            }
            if (t.isEmpty() || !hasBlank || menu || isBullet(t) || CREDIT_LINE.matcher(t).matches()
                    || isLabel(t)) {
                if (menu) {
                    flush(cur, out);
                    out.add(t);
                    continue;
                }
                flush(cur, out);
                if (!t.isEmpty()) {
                    if (isBullet(t)) {
                        out.add(t);
                    } else {
                        cur.append(t);
                    }
                }
                if (!hasBlank) {
                    flush(cur, out);
                }
                continue;
            }
            if (cur.length() > 0 && (CREDIT_LINE.matcher(cur).matches()
                    || cur.length() <= MAX_LABEL && isLabel(cur.toString()))) {
                // the line after an agency's or writer's credit, or after a label ("JUST IN"), is not its continuation
                flush(cur, out);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(t);
        }
        flush(cur, out);
        return out;
    }

    /** Fewest lines in a row that make a site's menu when each is short ({@link #isMenuItem}). */
    private static final int MENU_RUN = 3;

    /*
     * A run of MENU_RUN or more menu items ("Allow all", "Al Jazeera", "Live", "News", "Sudan war"), page furniture
     * among them passed over, is a site's menu. Where paragraphs are parted by blank lines, the lines between two
     * blanks are one paragraph; a menu above the headline has no blank lines, and joined into one paragraph with the
     * headline it made a page's intro ("Allow all Al Jazeera Live Click here to search News | Sudan war LIVE Sudan
     * war live: RSF shelling ..."). Each line of a run is a paragraph of its own, as the menu's items are, and
     * nothing joins them to the line after. A wrapped paragraph has no short lines but its last. A run is looked at
     * once, from its first line: most lines are no menu item and cost only that question.
     */

    /** Where the run of menu items and furniture that {@code from} opens ends (exclusive). */
    private static int menuRunEnd(List<String> lines, int from) {
        int i = from;
        while (i < lines.size()) {
            String t = norm(lines.get(i));
            if (!isMenuItem(t) && !(!t.isEmpty() && (isPageControl(t) || isAge(t) || isCookieNotice(t)))) {
                break;
            }
            i++;
        }
        return i;
    }

    /** How many of {@code lines[from, to)} are menu items. */
    private static int menuItems(List<String> lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String t = norm(lines.get(i));
            if (isMenuItem(t) && !isPageControl(t) && !isAge(t) && !isCookieNotice(t)) {
                n++;
            }
        }
        return n;
    }

    /** A line of four words or fewer that ends no sentence: a menu's item, a section's name, a tag. */
    private static boolean isMenuItem(String t) {
        // asked of every line where blank lines part paragraphs: most are longer than four words can be
        return !t.isEmpty() && t.length() <= MAX_MENU_ITEM && wordCount(t) <= 4 && !endsSentence(t, false)
                && !isBullet(t);
    }

    /** Longest menu item looked at: four long words. */
    private static final int MAX_MENU_ITEM = 60;

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    /** Body text: paragraphs whitespace-normalised, bullets unmarked, joined with a blank line. */
    static String body(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            String t = stripBullet(norm(p));
            if (t.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(t);
        }
        return b.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
