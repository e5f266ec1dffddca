package io.wirewatch.core.split;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions and credits pasted with a page's text. A paragraph is one only when it reads as one:
 * <ul>
 *   <li>it opens with a credit label: "Photo: Firefighters in Kharkiv", "Image: ...";</li>
 *   <li>it carries the BBC's picture labels: "Image source, Reuters", "... Image caption, ...";</li>
 *   <li>it is only a credit: "Getty Images", "REUTERS/Maksim Levin";</li>
 *   <li>it is short and closed by a credit: "(Photo by Chris McGrath/Getty Images)", "... Ukraine. Photo:
 *       REUTERS/Maksim Levin", "Rescuers at the scene in Kharkiv. Getty Images".</li>
 * </ul>
 * Naming an agency is not enough: "At least 20 people were killed, ..., Ukraine's emergency service told PA Media." is
 * news, and its toll must reach the alerts.
 */
final class Captions {
    /** Longest paragraph a closing credit makes a caption; the seeds' longest caption has 77 words. */
    static final int MAX_CAPTION_WORDS = 100;
    /** Characters at the end of a paragraph searched for a closing credit (the end-anchored patterns below). */
    private static final int TAIL_CHARS = 240;
    /** Most words of a free-form credit after a label ("Photo: Ivan Petrenko"); longer is prose. */
    private static final int MAX_LABELLED_CREDIT_WORDS = 6;

    /** The BBC's screen-reader labels for pictures; they never occur in prose. */
    private static final List<String> PICTURE_LABELS = List.of("Image source, ", "Image caption,", "Media caption,",
            "Video caption,", "IMAGE SOURCE, ", "IMAGE CAPTION,");

    private static final String AGENCY = "(?:reuters|ap(?: photo)?|afp|epa(?:-efe)?|getty images|getty|pa(?: wire"
            + "| media| images)?|anadolu(?: agency)?|shutterstock|alamy|bloomberg|sopa images|lightrocket|nurphoto"
            + "|zuma wire|sipa|tass|sputnik|ukrinform|xinhua|upi|dpa|handout|pool|rex(?: features)?)";
    /** A photographer's name or an agency's addition in a credit: "Maksim Levin", "SERGEY BOBOK ". */
    private static final String NAME = "[\\p{L}.'\\- ]{1,60}";
    /** A whole credit: "Getty Images", "REUTERS/Maksim Levin", "SERGEY BOBOK/AFP via Getty Images". */
    private static final Pattern CREDIT = Pattern.compile("(?i)(?:" + NAME + "\\s?/\\s?)?" + AGENCY
            + "(?:\\s?/\\s?" + NAME + ")?(?: via getty images)?\\.?");
    private static final String LABEL = "(?:photo(?:graph)?s?|pictures?|images?|credits?)";
    /** "Photo: ..." opening a paragraph. */
    private static final Pattern OPENING_LABEL = Pattern.compile("(?i)" + LABEL + "\\s?:");
    /**
     * A labelled credit closing a paragraph: "... Ukraine. Photo: REUTERS/Maksim Levin", or run on after the full stop
     * ("... on Tuesday.Credit: Tomer Appelbaum", Haaretz); group 1 the credit.
     */
    private static final Pattern CLOSING_LABEL = Pattern.compile("(?i)(?:^|\\s|(?<=\\.))" + LABEL
            + ":\\s*([^:]{1,80})$");
    /**
     * "(Photo by Chris McGrath/Getty Images)", "(Photo: State Emergency Service of Ukraine)", "(AP Photo/Efrem
     * Lukatsky)", "(PA Wire)", "(file photo)", "( Mehmet Ali Ozcan - Anadolu Agency )" closing a paragraph.
     */
    private static final Pattern CLOSING_PARENS = Pattern.compile("(?i)\\(\\s?(?:file (?:photo|picture|image)|"
            + "(?:photos?|photograph|pictures?|images?)(?: by|:) [^()]{1,120}|(?:" + LABEL + ":\\s*)?"
            + "(?:[^()]{0,60}(?:/|\\s[-\u2013]\\s)\\s?" + AGENCY + "(?: via getty images)?|" + AGENCY
            + "(?:\\s?/[^()]{1,60})?)\\s?)\\)$");
    /** A photographer and agency joined by '/' closing a paragraph: "... March 2, 2022. REUTERS/Maksim Levin". */
    private static final Pattern CLOSING_SLASH = Pattern.compile("(?i)(?:\\b" + AGENCY + "\\s?/\\s?" + NAME
            + "|/\\s?" + AGENCY + "(?: via getty images)?)$");
    /** Agencies that credit pictures only; the others (Reuters, AP, TASS ...) also write headlines. */
    private static final String PHOTO_AGENCY = "(?:getty images|getty|pa wire|pa images|shutterstock|alamy"
            + "|sopa images|lightrocket|nurphoto|zuma wire|rex(?: features)?|handout|pool)";
    /**
     * An agency closing a paragraph after a sentence: "Rescuers at the scene. Getty Images"; after a separator only
     * a picture agency: "... in the metro - PA Wire" is a caption, "Russia says 300 Ukrainian troops killed in Kherson
     * - TASS" a headline with its source. After a word it is the sentence's own ("... the Foreign Office told PA
     * Media").
     */
    private static final Pattern CLOSING_AGENCY = Pattern.compile("(?i)(?:(?:^|[.!?\"\u201d\u2019]\\s*)" + AGENCY
            + "(?: via getty images)?|[|:\\-\u2013\u2014]\\s*(?:" + PHOTO_AGENCY + "|" + AGENCY
            + " via getty images))$");

    /**
     * A copyright credit closing a paragraph: "... on December 2, 2026. © Bashar Taleb, AFP" (France 24), "... in
     * Sındırgı - Copyright AFAD via AP" (Euronews).
     */
    private static final Pattern CLOSING_COPYRIGHT = Pattern.compile("(?i)(?:©|\\bcopyright\\b)[^.!?©]{1,60}$");

    /**
     * A source in brackets closing a caption's sentence, of one to four capitalised words: "... December 9, 2026.
     * (Screenshot/Al-Masirah)", "... in Eilat, December 9, 2026. (Israel Police)" (The Times of Israel). After a
     * sentence's end only: "... said the Israel Defense Forces (IDF)" names who spoke.
     */
    private static final Pattern CLOSING_SOURCE = Pattern.compile(
            "[.!?][\"\u201d\u2019]?\\s+\\(\\p{Lu}[\\p{L}'.-]*(?:[ /]\\p{Lu}[\\p{L}'.-]*){0,3}\\)$");
    /**
     * A broadcaster's call sign or a short credit in capitals closing a caption's sentence: "... near Odenton, Md., on
     * Wednesday. WBAL". A label ("UPDATE", "BREAKING") is not one.
     */
    private static final Pattern CLOSING_CALL_SIGN = Pattern.compile(
            "[.!?][\"\u201d\u2019]?\\s+(?!(?:UPDATE|UPDATED|BREAKING|LIVE|WATCH|NEW|ENDS|MORE)$)\\p{Lu}{3,6}$");

    /**
     * A credit in square brackets closing a caption, as Al Jazeera writes them: "... on May 13 [File: AFP]", "...
     * where 48 people died last week [Mohamed Zakaria/Reuters]", "[Al Jazeera]". It opens with a capital ("[sic]" and
     * a footnote's "[2]" are no credit) and holds a file label, an agency's slash or at most four words.
     */
    private static final Pattern CLOSING_BRACKET = Pattern.compile(
            "\\s\\[(?:(?i:file(?: photo)?|handout)\\s*:\\s*[^\\[\\]]{2,40}|\\p{Lu}[^\\[\\]/]{0,40}/[^\\[\\]]{2,40}"
                    + "|\\p{Lu}[\\p{L}'.-]*(?: [\\p{L}'.-]+){0,3})\\]$");

    private Captions() {
    }

    /**
     * A photographer's credit to a paper or network: "Thomas Wells/Northeast Mississippi Daily Journal via USA TODAY
     * NETWORK". A name of two or three capitalised words before the slash, and words in capitals after it: "Russia/
     * Ukraine talks stall" is a headline.
     */
    private static final Pattern PERSON_CREDIT = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){1,2}"
            + "\\s?/\\s?(?:\\p{Lu}[\\p{L}.'&-]*|of|the|and|via)(?: (?:\\p{Lu}[\\p{L}.'&-]*|of|the|and|via)){0,10}");

    /** Whether {@code p} opens with a picture's label: "Photos: Homes destroyed ...", "Image: ...". */
    static boolean opensWithLabel(String p) {
        return OPENING_LABEL.matcher(p).lookingAt();
    }

    /** Whether the whitespace-normalised paragraph {@code p} is a photo caption or credit, not prose. */
    static boolean isCaption(String p) {
        if (p.isEmpty()) {
            return false;
        }
        if (OPENING_LABEL.matcher(p).lookingAt() || Text.containsAny(p, PICTURE_LABELS)) {
            return true;
        }
        if (p.indexOf('/') > 0 && p.length() <= 120 && PERSON_CREDIT.matcher(p).matches()) {
            return true;
        }
        // A sentence ends with '.'; a closing credit does not, unless it is a labelled credit ("Photo: Reuters.").
        char last = Text.lastChar(p);
        boolean prose = Text.endsLikeProse(p);
        if (prose && last != '.' || Text.wordCount(p, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS) {
            return false;
        }
        // Only the end is searched: the patterns are anchored there, and paragraphs can be long.
        String tail = p.length() > TAIL_CHARS ? p.substring(p.length() - TAIL_CHARS) : p;
        // A labelled credit needs its colon: most paragraphs have none at their end, and skip the search.
        Matcher labelled = tail.indexOf(':') >= 0 ? CLOSING_LABEL.matcher(tail) : null;
        // "In pictures: Kyiv's metro becomes a shelter" is the BBC's headline for a gallery, not a credit
        if (labelled != null && labelled.find() && !tail.substring(0, labelled.start()).strip()
                .toLowerCase(java.util.Locale.ROOT).matches("(?:.*\\s)?in")) {
            String credit = labelled.group(1).strip();
            if (CREDIT.matcher(credit).matches() || !prose && Text.wordCount(credit) <= MAX_LABELLED_CREDIT_WORDS) {
                return true;
            }
        }
        if (prose) {
            return false;
        }
        if ((tail.indexOf('\u00a9') >= 0 || Text.containsIgnoreCase(tail, "copyright"))
                && CLOSING_COPYRIGHT.matcher(tail).find()) {
            return true;
        }
        if (last == ')') {
            return CLOSING_PARENS.matcher(tail).find() || CLOSING_SOURCE.matcher(tail).find();
        }
        if (last == ']') {
            return CLOSING_BRACKET.matcher(tail).find();
        }
        // Each pattern below is asked only where its end can be: now that posts' paragraphs are asked too, searching
        // every short paragraph with all three cost the splitter a fifth of its time.
        return tail.indexOf('/') >= 0 && CLOSING_SLASH.matcher(tail).find()
                || AGENCY_LAST_WORDS.contains(lastWord(tail)) && CLOSING_AGENCY.matcher(tail).find()
                || Character.isUpperCase(last) && CLOSING_CALL_SIGN.matcher(tail).find();
    }

    /** The last words of {@link #AGENCY}'s and {@link #PHOTO_AGENCY}'s names: what {@link #CLOSING_AGENCY} ends on. */
    private static final java.util.Set<String> AGENCY_LAST_WORDS = java.util.Set.of("reuters", "ap", "photo", "afp",
            "epa", "efe", "images", "getty", "wire", "media", "pa", "anadolu", "agency", "shutterstock", "alamy",
            "bloomberg", "lightrocket", "nurphoto", "sipa", "tass", "sputnik", "ukrinform", "xinhua", "upi", "dpa",
            "handout", "pool", "rex", "features");

    /** The last run of letters in {@code s}, lower-cased: "reuters" of "... Kyiv. REUTERS." */
    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
