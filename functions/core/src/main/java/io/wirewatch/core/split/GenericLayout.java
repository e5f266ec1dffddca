package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** A line that starts a timed post. */
    private record Stamp(int line, TimeParser.Parsed time) {
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        Day date = Day.of(doc, ctx);
        ZoneId zone = ctx.dayZone();
        List<String> lines = doc.lines();
        List<Stamp> stamps = stamps(lines, TimeParser.Defaults.of(doc, ctx, zone), Integer.MAX_VALUE);
        if (stamps.size() < MIN_TIMED_POSTS) {
            return ArticleLayout.single(NAME, Text.paragraphs(lines), date);
        }
        return timed(lines, stamps, date, zone);
    }

    /** Whether the text has the timestamp-led posts this layout splits at (then it is not a single article). */
    static boolean isTimed(SourceText doc) {
        return stamps(doc.lines(), TimeParser.Defaults.ANY, MIN_TIMED_POSTS).size() >= MIN_TIMED_POSTS;
    }

    private static List<Stamp> stamps(List<String> lines, TimeParser.Defaults defaults, int max) {
        List<Stamp> stamps = new ArrayList<>();
        for (int i = 0; i < lines.size() && stamps.size() < max; i++) {
            Optional<TimeParser.Parsed> t = TimeParser.leading(lines.get(i), defaults);
            if (t.isPresent() && t.get().certain()) {
                stamps.add(new Stamp(i, t.get()));
            }
        }
        return stamps;
    }

    private static SplitDocument timed(List<String> lines, List<Stamp> stamps, Day date, ZoneId zone) {
        List<RawEntry> entries = new ArrayList<>();
        List<String> preamble = Text.paragraphs(lines.subList(0, stamps.get(0).line()));
        String title = "";
        if (!preamble.isEmpty() && Text.looksLikeHeadline(preamble.get(0))) {
            title = preamble.remove(0);
        }
        if (!preamble.isEmpty()) {
            // Text above the first timed post is a post of its own (an intro), not part of the title.
            entries.addAll(ArticleLayout.single(NAME, preamble, date).entries());
        }
        for (int k = 0; k < stamps.size(); k++) {
            Stamp s = stamps.get(k);
            int end = k + 1 < stamps.size() ? stamps.get(k + 1).line() : lines.size();
            String rest = Text.norm(lines.get(s.line()).substring(s.time().end()));
            List<String> paragraphs = new ArrayList<>();
            boolean breaking = false;
            String headline = "";
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
            paragraphs.addAll(Text.paragraphs(lines.subList(s.line() + 1, end)));
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
            if (headline.isEmpty() && !paragraphs.isEmpty()) {
                headline = Text.headlineFromProse(paragraphs.get(0));
                if (bare && paragraphs.size() > 1 && headline.equals(paragraphs.get(0))
                        && Text.looksLikeHeadline(headline)) {
                    // A stamp alone on its line with a headline line under it ("2 Mar 2022 17.02 GMT", "Heavy
                    // shelling in Kharkiv"): the line is the headline, as it is after the time on the stamp's line,
                    // and not the body's first paragraph too. The headline is the one derived before (the whole
                    // line), so posts stored before keep their ids; a re-upload rewrites only their bodies, which
                    // the alerts decide again as an edit that repeats its figures (no new alert).
                    paragraphs.remove(0);
                }
            }
            entries.add(new RawEntry(headline, Text.body(paragraphs), s.time().instant(),
                    LocalDate.ofInstant(s.time().instant(), zone), s.time().dateStated(), breaking));
        }
        return new SplitDocument(NAME, title, List.of(), entries);
    }
}
