package io.wirewatch.core.split;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The day of a post's time alone, corrected by the page's order. A time alone goes on the day that puts it nearest
 * the upload, up to {@link TimeParser.Defaults#CLOCK_SKEW} after it, since a page's clock may run hours ahead of the
 * day zone. On a page saved just after midnight that put the morning before on the new day, after the upload: a
 * Washington Post page uploaded at 00:30 ET had "Polls open" at "5:45 a.m." under "7:00 p.m." and the evening's
 * posts, and dated it the next morning. A page's posts run one way in time, so a time alone read as after the upload
 * that is later than the post the page's order makes newer (on a page of latest posts first, the one above it) is
 * of the day before. Only such times move: a pinned post above the newest keeps its day, and so does every time of a
 * page whose other times do not agree on an order.
 */
final class PageOrder {
    private PageOrder() {
    }

    /**
     * {@code times} (in page order) with each one that page order shows to be of the day before moved there. The
     * order is read from the times that are not in question (not a time alone after the upload); a page with too few
     * of those takes {@code usual}.
     *
     * @param timeOnly whether each time was given alone ({@link TimeParser.Dated#timeOnly}); others never move
     * @param uploaded the page's upload instant
     * @param zone     the zone whose day a moved time goes back one of (the page's)
     * @param usual    the order when the times do not tell: -1 for a site whose pages put the latest post first,
     *                 0 when that is not known
     */
    static List<Instant> apply(List<Instant> times, List<Boolean> timeOnly, Instant uploaded, ZoneId zone,
                               int usual) {
        boolean[] open = new boolean[times.size()];
        boolean any = false;
        for (int k = 0; k < times.size(); k++) {
            open[k] = timeOnly.get(k) && times.get(k).isAfter(uploaded);
            any |= open[k];
        }
        if (!any) {
            return times; // the common case: nothing lies after the upload
        }
        int read = order(times, open);
        int order = read != 0 ? read : usual;
        if (order == 0) {
            return times;
        }
        List<Instant> out = new ArrayList<>(times);
        int n = out.size();
        for (int step = 1; step < n; step++) {
            int k = order < 0 ? step : n - 1 - step; // from the newest post to the oldest
            Instant newer = out.get(order < 0 ? k - 1 : k + 1);
            Instant at = out.get(k);
            if (open[k] && at.isAfter(newer)) {
                Instant before = at.atZone(zone).minusDays(1).toInstant();
                if (!before.isAfter(newer)) {
                    out.set(k, before);
                }
            }
        }
        return out;
    }

    /**
     * -1 when most neighbouring times not {@code open} go back (latest posts first), 1 when most go forward, else 0.
     */
    private static int order(List<Instant> times, boolean[] open) {
        int back = 0;
        int forward = 0;
        int prev = -1;
        for (int i = 0; i < times.size(); i++) {
            if (open[i]) {
                continue;
            }
            if (prev >= 0) {
                int c = times.get(i).compareTo(times.get(prev));
                back += c < 0 ? 1 : 0;
                forward += c > 0 ? 1 : 0;
            }
            prev = i;
        }
        return Integer.compare(forward, back);
    }
}
