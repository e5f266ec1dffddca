package io.wirewatch.core.alert;

import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.Ids;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.port.AlertLedger;
import io.wirewatch.core.port.AlertPublisher;
import io.wirewatch.core.port.FigureSeries;
import io.wirewatch.core.port.OpsLog;
import io.wirewatch.core.port.SentAlert;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.port.SeriesStore;
import io.wirewatch.core.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alert rules: which new entries deserve a message, and making sure each piece of news goes out once.
 *
 * <ul>
 *   <li>A figure is news when its series (who × kind class × attribution, and place or document for a figure
 *       nobody is said to have given: {@link FigureSeries#of(Figure, Entry)}) is new or the figure vouches for more
 *       than the last known value ({@link Qualifier#lowerBoundOf}). The series store decides atomically, so two
 *       functions seeing the same figure cannot both claim it.</li>
 *   <li>A figure is compared only with values of the same or an earlier time ({@link SeriesState#moves}): one
 *       from before the series' last value (an upload about 3 March after one about 24 March) neither alerts,
 *       nor moves the series, nor is held back as lower.</li>
 *   <li>A firm figure below its series' last value is not sent (a correction, an old report, or another incident
 *       the series cannot tell apart); it is noted in the ledger as {@link #HELD} for the daily brief.</li>
 *   <li>A figure dated to an earlier year ("the fighting in 2014 ... left 136 dead") is context, not news: it
 *       neither alerts nor moves its series ({@link History}).</li>
 *   <li>A running toll ({@link #RELAYED_TOLL} or more) is news once per count: when another claimant told the
 *       same count of the same people on the same day or the day before, the figure moves its own series but is
 *       not alerted again ({@link SeriesStore#firstTelling}).</li>
 *   <li>Within one entry, a count another claimant of the entry already gave is listed once.</li>
 *   <li>A claimant's count equal to its own last value of a related kind (killed and casualties/losses) for the
 *       same people moves its series but is not alerted ({@link #RELATED_CLASS}).</li>
 *   <li>A Breaking entry is news once per headline, across documents and re-uploads (the ledger is keyed by the
 *       normalised headline), and once per story: a headline that rewords one alerted as Breaking that day or the
 *       day before, with the same content words and numbers ({@link SameStory}), is not alerted again. The ledger
 *       checks and lists a story in one atomic step ({@link AlertLedger#claimStory}), so outlets breaking one
 *       story at the same moment, in batches processed side by side, alert it once.</li>
 *   <li>An entry that is both Breaking and carries new figures yields one message, not two.</li>
 *   <li>An entry edited in place (same id, a new toll in its body) is decided again: the figures the edit adds are
 *       news, what it repeats is not ({@link #figureKey}).</li>
 *   <li>Storm guard: when one document brings more than {@code stormLimit} alerts in one batch, the first
 *       {@code stormLimit} as the document lists them go out and the rest are folded into one roundup.</li>
 *   <li>A batch is decided and published oldest entry first ({@link #IN_TIME}), whatever order the page lists its
 *       posts in, so a correction is the last word.</li>
 * </ul>
 *
 * <p>Delivery is at most once per piece of news: claims are taken before publishing and given back if the
 * publish fails, so the entry's retry can send it; a crash between claim and publish loses that alert rather than
 * risking a duplicate, which is the trade a newsroom asked for ("never twice"). So does a publish whose outcome is
 * unknown ({@link AlertPublisher.OutcomeUnknown}): its claims are kept and the line it logs is alarmed.
 */
public final class AlertService {
    private final SeriesStore series;
    private final AlertLedger ledger;
    private final AlertPublisher publisher;
    private final AlertRenderer renderer;
    private final int stormLimit;
    private final OpsLog log;

    /**
     * @param stormLimit how many alerts one document may send in one batch before the rest are folded; at least 1
     */
    public AlertService(SeriesStore series, AlertLedger ledger, AlertPublisher publisher, AlertRenderer renderer,
                        int stormLimit, OpsLog log) {
        if (stormLimit < 1) {
            throw new IllegalArgumentException("stormLimit must be at least 1, was " + stormLimit);
        }
        this.series = series;
        this.ledger = ledger;
        this.publisher = publisher;
        this.renderer = renderer;
        this.stormLimit = stormLimit;
        this.log = log;
    }

    /**
     * What one batch produced.
     *
     * @param published     messages accepted by the publisher
     * @param failedEntries ids of entries whose processing failed and should be retried
     */
    public record Outcome(List<AlertMessage> published, List<String> failedEntries) {
    }

    /** A decided alert, rendered once, with what it took so that can be given back if publishing fails. */
    private record Decision(Alert alert, AlertMessage message, String ledgerKey, Taken taken) {
        int order() {
            return taken.order();
        }

        int listed() {
            return taken.listed();
        }
    }

    /**
     * What deciding one entry took, to be given back if its alert is not sent: series advances, tellings of
     * running tolls, and the days whose story list this call added the entry to; with the entry's place in the
     * batch, in time order ({@link #IN_TIME}) and as the stream listed it.
     */
    private record Taken(Entry entry, int order, int listed, List<Claim> claims, List<String> tellings,
                         List<LocalDate> stories) {
        Taken(Entry entry, int order, int listed) {
            this(entry, order, listed, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * Counts from this size up are running tolls, which claimants relay to each other ("more than 2,000 civilians"
     * from Ukraine's emergency services, then from Kyiv, then from Zelensky the next day): the same count is the same
     * news whoever tells it. Below it, the same small count from another claimant is usually another incident
     * (two killed in Kharkiv, two killed in Odesa), so it is left to the series.
     */
    static final long RELAYED_TOLL = 100;

    /** Ledger type of a figure held back as lower than its series, listed in the daily brief but never sent. */
    public static final String HELD = "held";

    /** Ledger type of a Breaking entry that retells a story already alerted, listed in the daily brief, never sent. */
    public static final String RETOLD = "retold";

    private record Claim(FigureSeries series, SeriesState next, Optional<SeriesState> previous) {
    }

    /**
     * The order a batch is decided and published in: oldest first, by day, then time of day (an untimed entry first
     * in its day). A live page lists its newest post first, and publishing in that order sent a correction before
     * the claim it corrects, leaving the false claim as the last message a desk saw; deciding in it made a rising
     * toll's earlier count look older than the series. Entries of one time keep their stream order (sort is stable).
     */
    static final Comparator<Entry> IN_TIME = Comparator.comparing(Entry::day)
            .thenComparing(Entry::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** A message to publish, the decisions it covers, and where it stands in the batch's time order. */
    private record Outgoing(AlertMessage message, List<Decision> covered) {
        int first() {
            return covered.stream().mapToInt(Decision::order).min().orElseThrow();
        }

        int last() {
            return covered.stream().mapToInt(Decision::order).max().orElseThrow();
        }

        String documentId() {
            return covered.get(0).alert().entry().documentId();
        }
    }

    /**
     * Applies the rules to new entries and publishes what is news, oldest first ({@link #IN_TIME}). When an entry
     * fails (deciding it, or publishing its alert), the later alerts of its document are given back and reported
     * too, so that the retry, which the stream starts at the earliest reported record, sends them in order: a
     * correction never overtakes the claim it corrects. Other documents are not held back, so one entry that keeps
     * failing delays only its own document's later news.
     */
    public Outcome onNewEntries(List<Entry> entries) {
        Set<String> failed = new LinkedHashSet<>();
        Map<Entry, Integer> listed = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            listed.putIfAbsent(entries.get(i), i);
        }
        List<Entry> inTime = new ArrayList<>(entries);
        inTime.sort(IN_TIME);
        Map<String, Integer> firstFailure = new HashMap<>(); // document -> time order of its first failed entry
        Map<String, List<Decision>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < inTime.size(); i++) {
            Entry e = inTime.get(i);
            try {
                decide(e, i, listed.get(e)).ifPresent(d -> byDocument.computeIfAbsent(e.documentId(),
                        k -> new ArrayList<>()).add(d));
            } catch (RuntimeException ex) {
                log.warn("alerts: entry " + e.id() + " failed while deciding: " + Text.clean(String.valueOf(ex)));
                failed.add(e.id());
                firstFailure.merge(e.documentId(), i, Math::min);
            }
        }
        List<Outgoing> outgoing = new ArrayList<>();
        for (List<Decision> decisions : byDocument.values()) {
            List<Decision> first = decisions;
            List<Decision> rest = List.of();
            // A roundup of one is just a worse alert; fold only when it saves at least one message. The ones that
            // go out on their own are the first as the document lists them (a live page: its newest).
            if (decisions.size() > stormLimit + 1) {
                Set<Decision> own = Collections.newSetFromMap(new IdentityHashMap<>());
                decisions.stream().sorted(Comparator.comparingInt(Decision::listed)).limit(stormLimit)
                        .forEach(own::add);
                first = decisions.stream().filter(own::contains).toList();
                rest = decisions.stream().filter(d -> !own.contains(d)).toList();
            }
            for (Decision d : first) {
                outgoing.add(new Outgoing(d.message(), List.of(d)));
            }
            if (!rest.isEmpty()) {
                List<Alert> folded = rest.stream().map(Decision::alert).toList();
                List<FigureChange> changes = folded.stream().flatMap(a -> a.changes().stream()).toList();
                Alert roundup = new Alert(AlertType.ROUNDUP, folded.get(0).entry(), changes, folded);
                log.info("alerts: storm guard folded " + rest.size() + " alerts from document "
                        + folded.get(0).entry().documentId() + " into one roundup");
                outgoing.add(new Outgoing(renderer.render(roundup), rest));
            }
        }
        outgoing.sort(Comparator.comparingInt(Outgoing::first));
        List<AlertMessage> published = new ArrayList<>();
        List<Decision> toGiveBack = new ArrayList<>();
        for (Outgoing o : outgoing) {
            Integer failedAt = firstFailure.get(o.documentId());
            if (failedAt != null && failedAt < o.last()) {
                log.warn("alerts: \"" + o.message().subject() + "\" held for the retry, after an earlier entry of "
                        + "document " + o.documentId() + " that failed; claims given back");
                o.covered().forEach(d -> {
                    toGiveBack.add(d);
                    failed.add(d.alert().entry().id());
                });
            } else if (!send(o.message(), o.covered(), published, failed, toGiveBack)) {
                firstFailure.merge(o.documentId(), o.first(), Math::min);
            }
        }
        // newest first: a later decision's revert restores the earlier one's value, which must then be reverted too
        toGiveBack.sort(Comparator.comparingInt(Decision::order).reversed());
        toGiveBack.forEach(this::giveBack);
        return new Outcome(published, List.copyOf(failed));
    }

    /**
     * Publishes one message; false when it failed, its decisions put on {@code toGiveBack} (given back once the
     * batch is done, newest first) and its entries noted as failed.
     */
    private boolean send(AlertMessage message, List<Decision> covered, List<AlertMessage> published,
                         Set<String> failed, List<Decision> toGiveBack) {
        try {
            publisher.publish(message);
            published.add(message);
            log.info("alerts: published " + message.type().attribute() + " \"" + message.subject() + "\"");
            return true;
        } catch (AlertPublisher.OutcomeUnknown ex) {
            // SNS may have taken it: giving the claims back would let the retry send it twice, which "never twice"
            // rules out, so they stay and a person checks (the LostAlerts alarm counts this line). Not a failure:
            // the document's later news goes on.
            log.warn("alerts: publish outcome unknown for \"" + Text.clean(message.subject()) + "\" (entries "
                    + entryIds(covered) + "); claims kept, as they could not give back without risking a second "
                    + "message: check whether it arrived, else send it by hand: " + Text.clean(String.valueOf(ex)));
            return true;
        } catch (RuntimeException ex) {
            log.warn("alerts: publish failed for \"" + Text.clean(message.subject()) + "\" (entries "
                    + entryIds(covered) + "), claims given back for retry: " + Text.clean(String.valueOf(ex)));
            for (Decision d : covered) {
                toGiveBack.add(d);
                failed.add(d.alert().entry().id());
            }
            return false;
        }
    }

    private static String entryIds(List<Decision> covered) {
        return String.join(", ", covered.stream().map(d -> d.alert().entry().id()).toList());
    }

    private Optional<Decision> decide(Entry e, int order, int listed) {
        Taken taken = new Taken(e, order, listed);
        try {
            return decide(e, taken);
        } catch (RuntimeException ex) {
            // Any write may fail (throttling, a network error), after earlier figures' series already moved:
            // give back everything this entry took, so that its retry finds those figures new again.
            try {
                giveBack(taken);
            } catch (RuntimeException notGivenBack) {
                // Logged here, not only attached to ex: the caller logs ex alone, and a claim kept makes the
                // retry find this entry's news taken (the LostAlerts alarm counts these lines).
                log.warn("alerts: could not give back claims of entry " + e.id() + " \"" + Text.clean(e.headline())
                        + "\" after it failed; its retry may not alert it: "
                        + Text.clean(String.valueOf(notGivenBack)));
                ex.addSuppressed(notGivenBack);
            }
            throw ex;
        }
    }

    /** {@link #decide(Entry)}, noting every series advance, telling and story it takes in {@code taken}. */
    private Optional<Decision> decide(Entry e, Taken taken) {
        Set<String> inEntry = new LinkedHashSet<>();
        List<FigureChange> changes = new ArrayList<>();
        Map<String, Long> highest = highestPerSeries(e);
        for (Figure f : e.figures()) {
            if (History.isHistory(f, e.day())) {
                log.info("alerts: figure of an earlier year, context rather than news, not alerted: " + f.count()
                        + " " + f.kind().word() + " (entry " + e.id() + ")");
                continue;
            }
            FigureSeries s = FigureSeries.of(f, e);
            Long whole = highest.get(s.key() + "\n" + f.sentence());
            if (f.qualifier().lowerBoundOf(f.count()) < whole) {
                // "Three more people died overnight, raising the toll to 15": the sentence itself states the
                // series' count, and the part on the way was sent as a first report with the toll as "(was 3)", or
                // held for the brief as lower than the last known. Another sentence's lower count stays a figure.
                log.info("alerts: " + f.count() + " " + f.kind().word() + " is a part of " + whole
                        + " in the same series and sentence; the sentence's count stands (entry " + e.id() + ")");
                continue;
            }
            SeriesState next = new SeriesState(f.count(), f.qualifier(), f.qualifier().lowerBoundOf(f.count()),
                    e.publishedAt(), e.day(), e.dateStated(), e.id(), renderer.place(f, e));
            SeriesStore.Advance adv = series.advance(s, next);
            if (adv.advanced()) {
                // the claimant's series holds its value either way; only the message depends on the telling
                taken.claims().add(new Claim(s, next, adv.previous()));
                if (!inEntry.add(countOf(f))) {
                    continue; // "six killed, the governor said ... six civilians were killed, Sinegubov added"
                }
                Optional<SeriesState> related = sameInRelatedKind(f, s, next);
                if (related.isPresent()) {
                    log.info("alerts: " + f.count() + " " + f.kind().word() + " " + s.who() + " per "
                            + s.attribution() + " is the claimant's own count of " + related.get().day()
                            + " in a related kind; not alerted again (entry " + e.id() + ")");
                    continue;
                }
                String told = told(f);
                if (told != null) {
                    if (!series.firstTelling(told, e.day(), e.id())) {
                        log.info("alerts: " + f.count() + " " + f.kind().word() + " " + s.who() + " per "
                                + (s.attribution().isEmpty() ? "unattributed" : s.attribution())
                                + " was told within a day by another claimant; not alerted again (entry " + e.id()
                                + ")");
                        continue;
                    }
                    taken.tellings().add(told);
                }
                changes.add(new FigureChange(f, adv.previous()));
            } else if (adv.previous().filter(cur -> cur.isLaterThan(next)).isPresent()) {
                // An upload about an earlier time: the series has moved on since, so the figure is neither news
                // against the later value nor a correction of it.
                log.info("alerts: figure older than its series' last value, not compared: " + s.key() + " "
                        + f.count() + " of " + e.day() + " (entry " + e.id() + ")");
            } else {
                adv.previous().filter(cur -> isCorrectionDownwards(f, cur))
                        .ifPresent(cur -> {
                            series.recordCorrection(s, next, cur);
                            hold(e, f, s, cur);
                            log.info("alerts: lower figure recorded, not alerted: " + s.key() + " " + f.count()
                                    + " after " + cur.count() + " (entry " + e.id() + ")");
                        });
            }
        }
        if (e.breaking()) {
            Optional<AlertLedger.Story> retold = retold(e, taken);
            if (retold.isPresent() && retold.get().entryId().equals(e.id())) {
                log.info("alerts: breaking entry " + e.id() + " edited in place, now \"" + Text.clean(e.headline())
                        + "\"; alerted before as \"" + Text.clean(retold.get().headline()) + "\", not sent again");
            } else if (retold.isPresent()) {
                log.info("alerts: breaking entry " + e.id() + " \"" + Text.clean(e.headline())
                        + "\" retells breaking news already alerted from entry " + retold.get().entryId() + " (\""
                        + Text.clean(retold.get().headline()) + "\"); not sent again");
                // For the brief: a second outlet with the story is corroboration a desk wants to see. Noting it
                // twice (a redelivery) is one note.
                ledger.claim("retold#" + e.id(), new SentAlert(RETOLD, renderer.retoldLine(e,
                        retold.get().headline()), e.id(), e.documentId(), e.headline(), e.sourceKey(), e.day(),
                        e.publishedAt()));
            } else {
                Optional<Decision> d = claim(breakingKey(e, e.day()), Alert.of(AlertType.BREAKING, e, changes),
                        taken, List.of(breakingKey(e, e.day().minusDays(1)), breakingKey(e, e.day().plusDays(1))));
                if (d.isPresent()) {
                    return d;
                }
                log.info("alerts: breaking entry " + e.id() + " already alerted; not sent again");
            }
        }
        if (!changes.isEmpty()) {
            Optional<Decision> d = claim(figureKey(e, changes), Alert.of(AlertType.FIGURE, e, changes), taken);
            if (d.isPresent()) {
                return d;
            }
        }
        // The series moved but the ledger says these figures of this entry were alerted already: keep the series
        // where it is.
        return Optional.empty();
    }

    /** The highest lower bound each series is given in each sentence of entry {@code e}, history aside. */
    private static Map<String, Long> highestPerSeries(Entry e) {
        Map<String, Long> highest = new HashMap<>();
        for (Figure f : e.figures()) {
            if (!History.isHistory(f, e.day())) {
                highest.merge(FigureSeries.of(f, e).key() + "\n" + f.sentence(),
                        f.qualifier().lowerBoundOf(f.count()), Math::max);
            }
        }
        return highest;
    }

    /**
     * Notes in the ledger, for the daily brief, a figure held back as lower than its series' last value. It may be a
     * correction or an old report retold, which must not alert; but a claimant with no running count (a governor,
     * police, an unattributed report) may be telling another incident, which the series cannot tell apart, so an
     * editor gets to see it rather than have it dropped silently. Noting it twice (a redelivery) is one note.
     */
    private void hold(Entry e, Figure f, FigureSeries s, SeriesState last) {
        ledger.claim("held#" + e.id() + "#" + Ids.hash(s.key() + "=" + countOf(f), 16),
                new SentAlert(HELD, renderer.heldLine(f, last, e), e.id(), e.documentId(), e.headline(),
                        e.sourceKey(), e.day(), e.publishedAt()));
    }

    /**
     * The ledger key of a Breaking alert: its words, on {@code day}. Claimed unless the day before or after holds
     * them, so the same words from two outlets across midnight are one alert, while a short headline that recurs
     * ("Explosions in Kyiv", "Air raid sirens sound across Ukraine") is news again a few days later; the words alone,
     * as the key used to be, kept it from ever being sent twice, however far apart.
     */
    static String breakingKey(Entry e, LocalDate day) {
        return "breaking#" + Ids.hash(Ids.normalise(e.headline().isBlank() ? e.id() : e.headline()), 24) + "#" + day;
    }

    /**
     * The ledger key of a figure alert: the entry and the figures it tells. An entry edited in place keeps its id,
     * and the toll the edit adds is news of its own; a record delivered again finds no series to advance and claims
     * nothing.
     */
    static String figureKey(Entry e, List<FigureChange> changes) {
        StringBuilder told = new StringBuilder();
        for (FigureChange c : changes) {
            told.append(FigureSeries.of(c.figure()).key()).append('=').append(countOf(c.figure())).append('\n');
        }
        return "entry#" + e.id() + "#" + Ids.hash(told.toString(), 16);
    }

    /**
     * The Breaking story, alerted that day or the day before for another entry, that {@code e} tells again in other
     * words ({@link SameStory}); empty when {@code e} is a story of its own, which is then listed for its day (and,
     * when this call listed it, noted in {@code taken}, to be given back if its alert is not sent). The ledger lists
     * and checks in one atomic step, so two outlets breaking one story at the same moment, in batches running side
     * by side, alert it once. The same headline word for word, and a headline too short to compare, are left to the
     * ledger's claim of the headline itself.
     */
    private Optional<AlertLedger.Story> retold(Entry e, Taken taken) {
        if (e.headline().isBlank()) {
            return Optional.empty();
        }
        AlertLedger.StoryClaim claim = ledger.claimStory(e.day(), new AlertLedger.Story(e.id(), e.headline()),
                SameStory::same);
        if (claim.listedNow()) {
            taken.stories().add(e.day()); // only what this call listed is given back: another function may own it
        }
        return claim.retells();
    }

    /**
     * What a figure tells, claimant aside: who × kind class × count (the qualifier aside too: "more than 2,000" and
     * "2,000" are one count relayed). Within one entry, two claimants giving one count are one fact restated ("at
     * least six civilians, the region's governor said ... six civilians were killed, Oleg Sinegubov added"), so the
     * message lists it once whatever its size.
     */
    static String countOf(Figure f) {
        FigureSeries s = FigureSeries.of(f);
        return s.who() + "|" + s.kindClass() + "|" + f.count() + (f.upperBound() == null ? "" : "-" + f.upperBound());
    }

    /**
     * The claimant's last value of the related kind ({@link #RELATED_CLASS}) for the same people, when it is the
     * count {@code f} states and not later than it: Kyiv's "5,840 Russian troops killed" then its "lost 5,840
     * personnel" are one count in two words, not a first report of casualties. Only a claimant keeps a count to
     * retell; a plain read, as only an alert rides on it (two racing retellings may both alert, never none).
     */
    private Optional<SeriesState> sameInRelatedKind(Figure f, FigureSeries s, SeriesState next) {
        String other = RELATED_CLASS.get(s.kindClass());
        if (other == null || s.attribution().isEmpty()) {
            return Optional.empty();
        }
        FigureSeries related = new FigureSeries(s.who(), other, s.attribution(), s.place(), s.scope());
        return series.current(related).filter(cur -> cur.count() == f.count() && !cur.isLaterThan(next));
    }

    /**
     * Kind classes a claimant's count is retold in: deaths reported as "losses" or "casualties" (the extractor reads
     * both as casualties), and back.
     */
    static final Map<String, String> RELATED_CLASS = Map.of("deaths", "casualties", "casualties", "deaths");

    /** {@link #countOf} for a running toll, which is news once across entries; null below {@link #RELAYED_TOLL}. */
    static String told(Figure f) {
        return f.count() < RELAYED_TOLL ? null : countOf(f);
    }

    private Optional<Decision> claim(String key, Alert alert, Taken taken) {
        return claim(key, alert, taken, List.of());
    }

    private Optional<Decision> claim(String key, Alert alert, Taken taken, List<String> unlessClaimed) {
        AlertMessage message = renderer.render(alert);
        Entry e = alert.entry();
        SentAlert record = new SentAlert(alert.type().attribute(), message.subject(), e.id(), e.documentId(),
                e.headline(), e.sourceKey(), e.day(), e.publishedAt());
        return ledger.claim(key, record, unlessClaimed)
                ? Optional.of(new Decision(alert, message, key, taken))
                : Optional.empty();
    }

    private void giveBack(Decision d) {
        try {
            ledger.release(d.ledgerKey());
            giveBack(d.taken());
        } catch (RuntimeException ex) {
            // The retry will find the ledger key (or a series) taken and not send this news: a person must.
            log.warn("alerts: could not give back claims of entry " + d.alert().entry().id() + " (ledger key "
                    + d.ledgerKey() + ", \"" + Text.clean(d.message().subject()) + "\"); its retry may not alert it: "
                    + Text.clean(String.valueOf(ex)));
        }
    }

    /** Undoes the series advances, tellings and stories an entry took, so that its retry finds them free again. */
    private void giveBack(Taken t) {
        Entry e = t.entry();
        t.claims().forEach(c -> series.revert(c.series(), c.next(), c.previous()));
        t.tellings().forEach(told -> series.forgetTelling(told, e.day(), e.id()));
        t.stories().forEach(day -> ledger.releaseStory(day, e.id()));
    }

    /**
     * A plain, "at least" or "more than" figure vouching for less than the series already does is a correction (or
     * a stale report) for an editor to look at, never an alert. Hedged figures ("nearly", "about", "up to") are not
     * contradictions. What each vouches for is compared, not the bare counts: "more than 2,000" told again vouches
     * for 2,001 as the series does, and is not lower.
     */
    private static boolean isCorrectionDownwards(Figure f, SeriesState current) {
        boolean firm = f.qualifier() == Qualifier.NONE || f.qualifier() == Qualifier.AT_LEAST
                || f.qualifier() == Qualifier.MORE_THAN;
        return firm && f.qualifier().lowerBoundOf(f.count()) < current.lowerBound();
    }
}
