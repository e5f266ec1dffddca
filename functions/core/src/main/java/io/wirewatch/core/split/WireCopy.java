package io.wirewatch.core.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news agency's copy as its desk terminal prints it, one story or several: each under its slug and filing time
 * ("BRAZIL-FLOODS/ (UPDATE 3, PIX, TV)   20 Nov 2025 17:48 GMT"), then its headline with its version ("UPDATE
 * 3-Floods in southern Brazil kill 31, thousands flee"), an editor's note of what the version changed ("(Adds
 * rescue of family in Vale Formoso, governor's comments, paragraphs 5-8)"), the text continued after "-- MORE --"
 * under the slug again (", take 2"), and the desk's contact and keywords in double brackets at its end.
 *
 * <p>Read as the stories it carries: each story's filing time on a line of its own over its headline without its
 * version, as a live page's post is printed, and without the slugs, notes, takes and keywords, which are the wire's
 * routing and no news. A printout's two slugs with their times are what tell it: a headline alone with a slash
 * ("COLOMBIA-MINE/") over a separate stamp is left to the file reader's other rules.
 */
final class WireCopy {

    private WireCopy() {
    }

    /**
     * A slug with its filing time and, run on after it, perhaps the headline. A slug joins its words with hyphens
     * before its slash ("BRAZIL-FLOODS/", "USA-ELECTION/TRUMP"): "UK/EU 20 Nov 2025 17:48" is no slug.
     */
    private static final Pattern SLUG = Pattern.compile("(?m)^[ \\t]*[A-Z][A-Z0-9&.]*-[A-Z0-9&.-]*/[A-Z0-9/&.-]*"
            + "(?:[ \\t]*\\([^)\\n]{0,60}\\))?(,[ \\t]*take[ \\t]*\\d+)?[ \\t]+"
            + "(\\d{1,2}[ \\t]+[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{4},?[ \\t]+\\d{1,2}:\\d{2}(?:[ \\t]*(?:GMT|UTC))?)"
            + "[ \\t]*(.*)$");
    /** A headline's version before it: "UPDATE 3-", "REFILE-UPDATE 1-", "WRAPUP 2-", "EXCLUSIVE-". */
    private static final Pattern VERSION = Pattern.compile("^(?:(?:UPDATE|WRAPUP)[ \\t]+\\d+|REFILE|RPT|CORRECTED"
            + "|EXCLUSIVE|ANALYSIS|FACTBOX|TIMELINE|INSIGHT)(?:-(?:UPDATE[ \\t]+\\d+|[A-Z]+))?-(?=\\S)");
    /** An editor's note of what a version changed, and the routing at a story's end. */
    private static final Pattern ROUTING = Pattern.compile("(?m)^[ \\t]*(?:\\((?:Adds|Updates|Recasts|Changes|Refiles"
            + "|Repeats|Rewrites|Writes through|Removes|Inserts|Moves)\\b[^\\n]*|\\(\\([^\\n]*\\)\\)[^\\n]*"
            + "|Keywords:[^\\n]*|[-=_]{10,})[ \\t]*$");

    /**
     * The text of a printout of wire copy with each story's time over its headline and without the wire's routing;
     * {@code null} when the text is no such printout (fewer than one slug with a filing time at a line's start).
     */
    static String normalise(String text) {
        Matcher m = SLUG.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int stories = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            if (m.group(1) == null) {
                stories++;
                String headline = VERSION.matcher(m.group(3).strip()).replaceFirst("");
                out.append("\n\n").append(m.group(2)).append("\n\n");
                if (!headline.isEmpty()) {
                    out.append(headline).append("\n\n");
                } else {
                    // the headline on the line under the slug keeps its version until it is read there
                    int eol = text.indexOf('\n', m.end());
                    int next = eol < 0 ? -1 : text.indexOf('\n', eol + 1);
                    String line = eol < 0 ? "" : text.substring(eol + 1, next < 0 ? text.length() : next);
                    Matcher v = VERSION.matcher(line.strip());
                    if (v.lookingAt()) {
                        out.append(line.strip().substring(v.end())).append("\n\n");
                        last = next < 0 ? text.length() : next;
                        continue;
                    }
                }
            }
            last = m.end(); // a take's slug: the text goes on
        }
        if (stories == 0) {
            return null;
        }
        out.append(text.substring(last));
        return ROUTING.matcher(out).replaceAll("").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
