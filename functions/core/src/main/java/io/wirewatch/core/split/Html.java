package io.wirewatch.core.split;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as HTML ("Save Page As...") read as the text a person would copy from it in the browser, so the
 * layouts, which are written for copied text, split it like a copy.
 *
 * <p>Why not an HTML parser library: the core has no dependencies, and the layouts need only what a copy holds. What
 * the browser does not render is left out: {@code <head>}, scripts, styles, {@code <noscript>} (rendered only with
 * scripts off), templates, SVG icons, media fallbacks, form option lists, comments, and any element with the
 * {@code hidden} attribute or an inline {@code display:none}/{@code visibility:hidden} style. So are the site's
 * menus ({@code <nav>}, {@code role="navigation"}), which a copy holds but which are never news. Those are where a
 * saved page keeps text nobody reads, and some of it would be news to the figure rules (a script's JSON state with
 * "At least 900 killed", a hidden template of a post). What the stylesheet hides cannot be known here; text hidden
 * only for the eye ("Image source, Reuters" for screen readers) is copied by the browser too, and the layouts know
 * it.
 *
 * <p>Line breaks follow the browser's {@code innerText}, as a copy from Chrome has them: every block element
 * (paragraphs, headings, list items, {@code div}, {@code article}; not {@code time} or {@code span}, which are
 * inline) starts and ends a line, {@code <br>} breaks one, table cells are parted by a tab, whitespace runs collapse
 * to one space except inside {@code <pre>}. No blank line sets a paragraph off ({@code innerText} would put one
 * around a {@code <p>}): where text has blank lines the layouts join the lines between two of them into a
 * paragraph, as text wrapped at a width needs, and a page's lines are never wrapped; joined, the Telegraph's
 * picture caption ran into its "Latest" links, and a headline into the next ("... rises to seven Nato allies
 * pledge five ...", a toll of 7 for the wrong words). Entities are decoded, numeric ones in 128-159 as
 * Windows-1252, as browsers do. The work is one pass over the text with no regular expression on the markup, so a
 * page of megabytes costs little.
 */
final class Html {

    private Html() {
    }

    /** {@code s} as HTML text: its "&", "<" and ">" escaped (the file readers write pages for {@link #toText}). */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** How much of a document is looked at to tell HTML. */
    private static final int SNIFF = 64 * 1024;
    /** The upload tooling's " date 2022-03-03" first line, which stays in front of the page's text. */
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*\\R?");
    /** A closing tag of an element only HTML has, as a fragment of a page ("<div class=...>...") shows. */
    private static final Pattern HTML_CLOSE = Pattern.compile(
            "(?i)</(?:p|div|span|a|li|h[1-6]|article|section|td|b|strong|em|i|ul|ol|main|header|footer)\\s*>");

    /**
     * The document as text: a page in HTML becomes its visible text, with the upload tooling's date header kept in
     * front; any other text is returned as it is.
     */
    static String textOf(String text) {
        if (text == null) {
            return null;
        }
        Matcher header = DATE_HEADER.matcher(text);
        int start = header.lookingAt() ? header.end() : 0;
        String page = Mhtml.page(text, start);
        String body;
        if (page != null) {
            body = isHtml(page, 0) ? toText(page, 0) : page;
        } else if (isHtml(text, start)) {
            body = toText(text, start);
        } else {
            return text;
        }
        return start == 0 ? body : text.substring(0, start).strip() + "\n" + body;
    }

    /**
     * Whether the text from {@code start} is an HTML page or fragment: it opens (after a byte-order mark and
     * whitespace) with a doctype, an {@code <html>} tag, an XML declaration of XHTML, or with a tag when an
     * HTML-only closing tag ({@code </p>}, {@code </div>}, ...) follows within the first 64 KiB. A news feed (RSS,
     * Atom, RDF) is no page: {@link FeedLayout} reads it.
     */
    static boolean isHtml(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i >= n || text.charAt(i) != '<') {
            return false;
        }
        String head = text.substring(i, Math.min(n, i + SNIFF)).toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return head.contains("<html") && head.indexOf("<html") < firstOf(head, "<rss", "<feed", "<rdf:rdf");
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return true;
        }
        if (head.startsWith("<?xml") || head.startsWith("<!--")) {
            return head.contains("<html");
        }
        return head.length() > 1 && Character.isLetter(head.charAt(1)) && HTML_CLOSE.matcher(head).find();
    }

    private static int firstOf(String s, String... needles) {
        int best = Integer.MAX_VALUE;
        for (String needle : needles) {
            int at = s.indexOf(needle);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

    /** Elements whose content is raw text up to their end tag, none of it shown (title shows in the tab only). */
    private static final Set<String> RAW = Set.of("script", "style", "noscript", "template", "textarea", "title",
            "iframe", "noembed", "noframes", "xmp");
    /** Elements whose whole subtree is not rendered as text. */
    private static final Set<String> UNSHOWN = Set.of("head", "svg", "math", "select", "datalist", "audio", "video",
            "canvas", "object", "map", "nav");
    /** Elements with no end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "keygen", "basefont", "frame");
    /** Elements that begin and end a line of their own. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "listing", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
            "tr", "ul", "search");
    /** Inline elements that format words within a sentence rather than lay out a part of the page. */
    private static final Set<String> FORMATTING = Set.of("b", "i", "em", "strong", "u", "s", "sup", "sub", "small",
            "mark", "abbr", "cite", "q", "code", "del", "ins", "bdi", "bdo", "dfn", "kbd", "samp", "var", "font", "br",
            "wbr", "img");

    /** An inline style that hides its element. */
    private static final Pattern HIDING_STYLE = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(?:!important\\s*)?(?:;|$)");

    /** The visible text of {@code html} from {@code start}, as {@link Html} describes. */
    static String toText(String html, int start) {
        Out out = new Out();
        int n = html.length();
        int i = start;
        String skipping = null; // the element whose subtree is being left out
        int skipDepth = 0;
        int pre = 0;
        // An inline element's end just before another element's start, with nothing or a line break of the
        // markup between: sites lay such siblings out as blocks or flex items (a post's relative and absolute
        // times, a byline's name and role, a label above a stamp), so a copy shows them on lines of their own.
        // A space between them, or at the end of the first ("published at </span><time>"), is text running on;
        // so is a label's value after its colon ("Issued on:", then the <time>), and text formatting (<b>, <sup>).
        boolean inlineEnd = false;
        boolean runsOn = false;
        int links = 0; // <a> elements open around this point
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int lt = html.indexOf('<', i);
                int end = lt < 0 ? n : lt;
                if (skipping == null) {
                    String t = decode(html.substring(i, end));
                    if (inlineEnd && t.isBlank()) {
                        runsOn |= t.indexOf('\n') < 0 && t.indexOf('\r') < 0;
                    } else {
                        inlineEnd = false;
                    }
                    out.text(t, pre > 0);
                }
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
                int close = html.indexOf('>', i);
                i = close < 0 ? n : close + 1;
                continue;
            }
            Tag tag = Tag.at(html, i);
            if (tag == null) {
                // a '<' that opens no tag ("a < b") is text
                if (skipping == null) {
                    out.text("<", pre > 0);
                }
                i++;
                continue;
            }
            i = tag.end();
            String name = tag.name();
            if (!tag.closing() && RAW.contains(name)) {
                i = endOfRaw(html, i, name);
                continue;
            }
            if (skipping != null) {
                if (name.equals(skipping) && !VOID.contains(name) && !tag.selfClosing()) {
                    skipDepth += tag.closing() ? -1 : 1;
                } else if (skipping.equals("head") && name.equals("body") && !tag.closing()) {
                    skipDepth = 0; // a page that never closes its head
                }
                if (skipDepth == 0) {
                    skipping = null;
                }
                continue;
            }
            if (!tag.closing() && !VOID.contains(name) && !tag.selfClosing() && hidden(name, tag.attributes())) {
                skipping = name;
                skipDepth = 1;
                continue;
            }
            if (inlineEnd && !tag.closing() && !FORMATTING.contains(name)) {
                if (!runsOn) {
                    out.breaks(1);
                } else if (out.endsWith(':')) {
                    out.space(); // "Text by:" then its value: a space, as the label's own markup may leave none
                }
            }
            inlineEnd = tag.closing() && !BLOCK.contains(name) && !FORMATTING.contains(name) && !name.equals("p")
                    && !name.equals("td") && !name.equals("th");
            runsOn = inlineEnd && (out.spaceAhead() || out.endsWith(':'));
            if (name.equals("a") && !tag.selfClosing()) {
                links = Math.max(0, links + (tag.closing() ? -1 : 1));
            }
            if (!tag.closing() && links == 0 && AGE_ELEMENTS.contains(name)) {
                int after = absoluteTime(html, i, name, tag.attributes(), out);
                if (after > i) {
                    i = after;
                    inlineEnd = true;
                    runsOn = false;
                    continue;
                }
            }
            if (name.equals("br")) {
                out.lineBreak();
            } else if (name.equals("td") || name.equals("th")) {
                if (!tag.closing()) {
                    out.cell();
                }
            } else if (BLOCK.contains(name) || name.equals("p")) {
                out.breaks(1);
            }
            if (name.equals("pre") || name.equals("listing")) {
                pre = Math.max(0, pre + (tag.closing() ? -1 : 1));
                if (!tag.closing() && html.startsWith("\n", i)) {
                    i++; // the newline right after <pre> is not content
                } else if (!tag.closing() && html.startsWith("\r\n", i)) {
                    i += 2;
                }
            }
        }
        return Tables.casualtyRows(out.toString());
    }

    /**
     * Elements that show a time and may keep its instant in {@code datetime}: {@code <time>}, and the ones scripts
     * and AMP pages use to show an age ({@code <amp-timeago>} on The New York Times' AMP pages).
     */
    private static final Set<String> AGE_ELEMENTS = Set.of("time", "amp-timeago", "relative-time", "time-ago");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'GMT'",
            Locale.ENGLISH);

    /**
     * A {@code <time>} ({@link #AGE_ELEMENTS}) whose text says only how long ago ({@link Text#isAge}: "18 minutes
     * ago", or "yesterday") and whose {@code datetime} holds the instant (Al Jazeera's live posts): the instant is
     * written instead, as "14 May 2024 11:42 GMT". A copy of the page has only the age, which moves with every
     * upload and is not read as a time; the saved markup knows better. Not for an age inside a link (a "Key events"
     * list linking to posts: its lines are no posts) or next to the page's own time. Returns where the element ends
     * once written, else {@code from} (read as usual).
     */
    private static int absoluteTime(String html, int from, String name, String attributes, Out out) {
        String datetime = attribute(attributes, "datetime");
        if (datetime == null || datetime.length() < 16) {
            return from;
        }
        int close = endOfRaw(html, from, name);
        int endTag = html.lastIndexOf("</", close);
        if (close >= html.length() || endTag < from) {
            return from;
        }
        String shown = toText(html.substring(from, endTag), 0);
        boolean age = Text.isAge(shown) || shown.equalsIgnoreCase("yesterday") || shown.equalsIgnoreCase("now");
        if (!age || timeFollows(html, close)) {
            return from;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(datetime.strip().replace(' ', 'T')).toInstant();
        } catch (DateTimeException e) {
            return from; // no zone ("2024-05-14T11:42"), or no time: the age stays, as in a copy
        }
        out.breaks(1);
        out.text(STAMP.format(instant.atOffset(ZoneOffset.UTC)), false);
        out.breaks(1);
        return close;
    }

    /**
     * Whether another {@code <time>} follows with only markup between (the Guardian's "29m ago" next to "16.36
     * GMT"): the page shows the time itself, and the age is left as the copy has it.
     */
    private static boolean timeFollows(String html, int from) {
        int n = Math.min(html.length(), from + 300);
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '<') {
                if (html.regionMatches(true, i, "<time", 0, 5)) {
                    return true;
                }
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean hidden(String name, String attributes) {
        if (UNSHOWN.contains(name) || name.equals("dialog") && !hasAttribute(attributes, "open")) {
            return true;
        }
        if (attributes.isEmpty()) {
            return false;
        }
        if (hasAttribute(attributes, "hidden")) {
            return true;
        }
        if (attributes.contains("navigation") && "navigation".equalsIgnoreCase(attribute(attributes, "role"))) {
            return true;
        }
        String style = attribute(attributes, "style");
        return style != null && HIDING_STYLE.matcher(style).find();
    }

    /** Where raw text content ends: after {@code </name ...>}, or the end of the page. */
    private static int endOfRaw(String html, int from, String name) {
        int i = from;
        int n = html.length();
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) {
                return n;
            }
            int after = lt + 2 + name.length();
            if (html.regionMatches(true, lt + 2, name, 0, name.length())
                    && (after >= n || !Character.isLetterOrDigit(html.charAt(after)))) {
                int close = html.indexOf('>', after);
                return close < 0 ? n : close + 1;
            }
            i = lt + 2;
        }
    }

    /**
     * A tag at {@code <}: its lower-case name, whether it closes or closes itself, its attribute text, and where it
     * ends. Quoted attribute values may hold '>'.
     */
    private record Tag(String name, boolean closing, boolean selfClosing, String attributes, int end) {

        static Tag at(String html, int lt) {
            int n = html.length();
            int i = lt + 1;
            boolean closing = i < n && html.charAt(i) == '/';
            if (closing) {
                i++;
            }
            if (i >= n || !isAsciiLetter(html.charAt(i))) {
                return null;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>'
                    && html.charAt(i) != '/') {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int attrStart = i;
            char quote = 0;
            while (i < n) {
                char c = html.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    // a quote opens a value only after '=' (an apostrophe elsewhere is a stray character)
                    int k = i - 1;
                    while (k > attrStart && Character.isWhitespace(html.charAt(k))) {
                        k--;
                    }
                    if (html.charAt(k) == '=') {
                        quote = c;
                    }
                } else if (c == '>') {
                    break;
                }
                i++;
            }
            if (i >= n) {
                return new Tag(name, closing, false, html.substring(attrStart), n);
            }
            String attributes = html.substring(attrStart, i);
            boolean selfClosing = attributes.endsWith("/");
            return new Tag(name, closing, selfClosing, attributes, i + 1);
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }

    /** Attribute names and values: name, then optionally '=' and a quoted or bare value. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private static boolean hasAttribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The decoded value of an attribute, "" for one without a value, {@code null} when absent. */
    static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                return v == null ? "" : decode(v);
            }
        }
        return null;
    }

    /**
     * The text as {@code innerText} builds it: runs of whitespace are one space, a block boundary asks for a line
     * break (never at the start or end, never two for two boundaries), {@code <br>} adds one outright.
     */
    private static final class Out {
        private final StringBuilder b = new StringBuilder();
        /** Line breaks asked for by block boundaries since the last text. */
        private int breaks;
        /** Whitespace seen since the last text on this line. */
        private boolean space;
        /** A table cell began since the last text on this line. */
        private boolean tab;

        void breaks(int k) {
            breaks = Math.max(breaks, k);
        }

        void lineBreak() {
            trimLine();
            b.append('\n');
            space = false;
            tab = false;
        }

        void space() {
            space = true;
        }

        /** Whether the text so far ends with {@code c}: a label's colon ("Issued on:") runs on into its value. */
        boolean endsWith(char c) {
            return b.length() > 0 && b.charAt(b.length() - 1) == c;
        }

        /** Whether whitespace has been seen since the last text, to be written before the next. */
        boolean spaceAhead() {
            return space;
        }

        void cell() {
            tab = true;
        }

        void text(String s, boolean preformatted) {
            if (preformatted) {
                if (!s.isEmpty()) {
                    flush();
                    b.append(s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' '));
                }
                return;
            }
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    space = true;
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                flush();
                b.append(s, i, j);
                i = j;
            }
        }

        /** Writes what is asked for before the next text: line breaks, else a tab or a space within the line. */
        private void flush() {
            boolean lineStart = b.length() == 0 || b.charAt(b.length() - 1) == '\n';
            if (breaks > 0 && b.length() > 0) {
                trimLine();
                int have = 0;
                for (int k = b.length() - 1; k >= 0 && b.charAt(k) == '\n'; k--) {
                    have++;
                }
                for (int k = have; k < breaks; k++) {
                    b.append('\n');
                }
            } else if (tab && !lineStart) {
                b.append('\t');
            } else if (space && !lineStart) {
                b.append(' ');
            }
            breaks = 0;
            space = false;
            tab = false;
        }

        private void trimLine() {
            int k = b.length();
            while (k > 0 && (b.charAt(k - 1) == ' ' || b.charAt(k - 1) == '\t')) {
                k--;
            }
            b.setLength(k);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00a0';
        }

        @Override
        public String toString() {
            trimLine();
            return b.toString().strip();
        }
    }

    /** Windows-1252 characters of 0x80-0x9F, which browsers read numeric references in that range as. */
    private static final String CP1252 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
            + "\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
            + "\u0153\u009d\u017e\u0178";

    /**
     * Decodes character references: numeric ones ({@code &#8217;}, {@code &#x2019;}) and the named ones news pages
     * use (Latin-1, punctuation, currency, arrows, a few symbols). An unknown name is left as written. One pass, so
     * {@code &amp;lt;} is {@code &lt;}.
     */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (amp >= 0) {
            b.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            String replaced = null;
            int end = amp + 1;
            if (semi > amp + 1 && semi - amp <= 33) {
                String ref = s.substring(amp + 1, semi);
                replaced = reference(ref);
                end = semi + 1;
            }
            if (replaced == null) {
                b.append('&');
                i = amp + 1;
            } else {
                b.append(replaced);
                i = end;
            }
            amp = s.indexOf('&', i);
        }
        b.append(s, i, n);
        return b.toString();
    }

    private static String reference(String ref) {
        if (ref.startsWith("#")) {
            int code;
            try {
                code = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (code >= 0x80 && code <= 0x9f) {
                return String.valueOf(CP1252.charAt(code - 0x80));
            }
            if (code <= 0 || !Character.isValidCodePoint(code) || code >= 0xd800 && code <= 0xdfff) {
                return "\ufffd";
            }
            return new String(Character.toChars(code));
        }
        return NAMED.get(ref);
    }

    private static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        Map<String, String> m = new java.util.HashMap<>();
        // Latin-1 (160-255), in code point order, as HTML 4 named them
        String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg "
                + "plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave "
                + "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH "
                + "Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
                + "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc "
                + "iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn "
                + "yuml").split(" ");
        for (int k = 0; k < latin1.length; k++) {
            m.put(latin1[k], String.valueOf((char) (160 + k)));
        }
        m.put("nbsp", " "); // copied text carries a plain space
        m.put("shy", ""); // a soft hyphen is invisible unless a line breaks at it
        String[][] more = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
            {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"hellip", "\u2026"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
            {"sbquo", "\u201a"}, {"ldquo", "\u201c"}, {"rdquo", "\u201d"}, {"bdquo", "\u201e"}, {"lsaquo", "\u2039"},
            {"rsaquo", "\u203a"}, {"bull", "\u2022"}, {"prime", "\u2032"}, {"Prime", "\u2033"}, {"dagger", "\u2020"},
            {"Dagger", "\u2021"}, {"permil", "\u2030"}, {"euro", "\u20ac"}, {"trade", "\u2122"}, {"minus", "\u2212"},
            {"larr", "\u2190"}, {"rarr", "\u2192"}, {"uarr", "\u2191"}, {"darr", "\u2193"}, {"harr", "\u2194"},
            {"le", "\u2264"}, {"ge", "\u2265"}, {"ne", "\u2260"}, {"asymp", "\u2248"}, {"infin", "\u221e"},
            {"ensp", " "}, {"emsp", " "}, {"thinsp", " "}, {"hairsp", " "}, {"numsp", " "}, {"puncsp", " "},
            {"zwnj", ""}, {"zwj", ""}, {"lrm", ""}, {"rlm", ""}, {"OElig", "\u0152"}, {"oelig", "\u0153"},
            {"Scaron", "\u0160"}, {"scaron", "\u0161"}, {"Yuml", "\u0178"}, {"fnof", "\u0192"}, {"circ", "\u02c6"},
            {"tilde", "\u02dc"}, {"star", "\u2606"}, {"starf", "\u2605"}, {"check", "\u2713"}, {"cross", "\u2717"},
            {"hyphen", "\u2010"}, {"dash", "\u2010"}, {"horbar", "\u2015"}, {"nbhy", "\u2011"}, {"rupee", "\u20b9"},
            {"Ccaron", "\u010c"}, {"ccaron", "\u010d"}, {"Zcaron", "\u017d"}, {"zcaron", "\u017e"},
            {"Lstrok", "\u0141"}, {"lstrok", "\u0142"}, {"Sacute", "\u015a"}, {"sacute", "\u015b"},
            {"nacute", "\u0144"}, {"zacute", "\u017a"}, {"zdot", "\u017c"}, {"eogon", "\u0119"},
            {"aogon", "\u0105"}, {"gbreve", "\u011f"}, {"Idot", "\u0130"}, {"imath", "\u0131"},
            {"scedil", "\u015f"}, {"Scedil", "\u015e"}};
        for (String[] e : more) {
            m.put(e[0], e[1]);
        }
        return Map.copyOf(m);
    }
}
