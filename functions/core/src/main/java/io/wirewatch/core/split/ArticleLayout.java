package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.RawEntry;
import io.wirewatch.core.model.SplitDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A single news article: one entry. Recognised by the upload tooling's {@code date} header or a wire dateline
 * ("KYIV, Ukraine -") near the top. The headline is the first line when that line reads as one, otherwise the first
 * sentence of the body (which then stays whole).
 */
final class ArticleLayout implements Layout {
    static final String NAME = "article";

    /** The dateline may sit in any of the first few paragraphs: after a headline line, or after captions. */
    private static final int DATELINE_LINES = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(SourceText doc) {
        if (GenericLayout.isTimed(doc)) {
            return false; // timestamp-led posts: a live page of some other site, even with a date header
        }
        if (doc.headerDate() != null) {
            return true;
        }
        for (String t : doc.firstLines(DATELINE_LINES)) {
            if (Text.DATELINE.matcher(t).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SplitDocument split(SourceText doc, DocumentContext ctx) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : Text.paragraphs(doc.lines())) {
            if (!Captions.isCaption(p)) {
                paragraphs.add(p);
            }
        }
        // A dateline ("KYIV, Ukraine -") names no date: without a header or metadata the story is of its upload.
        return single(NAME, paragraphs, Day.of(doc, ctx));
    }

    /**
     * One entry from {@code paragraphs}: an optional "Breaking" label (a line, or the start of the first), then a
     * headline line when the first paragraph reads as one (it becomes the title too), else a headline derived from
     * the first sentence.
     */
    static SplitDocument single(String layout, List<String> paragraphs, Day day) {
        List<String> ps = new ArrayList<>(paragraphs);
        boolean breaking = false;
        if (!ps.isEmpty() && Text.isBreakingLabel(ps.get(0))) {
            breaking = true;
            ps.remove(0);
        } else if (!ps.isEmpty() && Text.afterBreakingLabel(ps.get(0)) != null) {
            breaking = true; // "BREAKING: Russian forces capture Kherson": the label goes, the headline stays
            ps.set(0, Text.afterBreakingLabel(ps.get(0)));
        }
        if (ps.isEmpty()) {
            return new SplitDocument(layout, "", List.of(), List.of());
        }
        String first = ps.get(0);
        if (ps.size() > 1 && Text.looksLikeHeadline(first) && !Text.DATELINE.matcher(first).lookingAt()) {
            String body = Text.body(ps.subList(1, ps.size()));
            return new SplitDocument(layout, first, List.of(), List.of(new RawEntry(first, body, null, day.date(),
                    day.stated(), breaking)));
        }
        String headline = Text.headlineFromProse(first);
        return new SplitDocument(layout, "", List.of(), List.of(new RawEntry(headline, Text.body(ps), null,
                day.date(), day.stated(), breaking)));
    }
}
