package io.wirewatch.core.figures;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import io.wirewatch.core.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds casualty figures in news prose with clause-level rules. Thread-safe and stateless; every pattern and word
 * list is a static constant.
 *
 * <h2>What counts as a figure</h2>
 * A definite number of people in one of the {@link FigureKind}s, found by one of these constructions (each
 * number yields at most one figure; the first rule that fits wins):
 * <ol>
 * <li><b>Active</b>: a casualty verb whose object is the count - "killed 21 people", "injuring 40 others",
 *     "kill six in Kharkiv", "shot dead 12 people", "fatally shot 5", "killed all nine people on board".</li>
 * <li><b>Subject + participle / count noun</b>: NUMBER + noun phrase + optional auxiliaries + participle or
 *     adjective - "498 Russian soldiers have been killed", "20 remain unaccounted for", "10 people dead",
 *     "498 killed" - or NUMBER + optional modifiers + casualty noun - "15 deaths", "3,455 civilian casualties",
 *     "14 bodies". Coordinated subjects share the verb ("2,000 civilians and 10 personnel had been killed"), and
 *     a short aside may stand before it ("Ten people, including three children, were killed"; see
 *     {@code asideEnd}).
 *     A participle with no auxiliary that is followed by its own object is read as an active verb of a
 *     perpetrator ("two gunmen killed 5"), not as a count of victims. How badly ("were seriously injured"), a death
 *     told by its manner ("burned to death", "burnt alive", "electrocuted", "succumbed to their injuries",
 *     "pronounced dead", "shot and killed") and an injury told by its care or harm ("taken to hospital with
 *     injuries", "treated for smoke inhalation", "sustained serious injuries", "are in critical condition") are
 *     read the same way; a sports injury ("Two players suffered hamstring injuries") is not a casualty.</li>
 * <li><b>Toll nouns</b>: "death toll ... rose to 21", "the number of dead now stands at 35",
 *     "the death toll includes 90 children"; a toll of the dead and injured together ("the number of people
 *     killed or injured has risen to 420") is {@link FigureKind#CASUALTIES}.</li>
 * <li><b>Losses</b>: "lost 15,800 soldiers" (military losses, {@link FigureKind#CASUALTIES}), "bodies of 24
 *     people" (dead).</li>
 * <li><b>Shared verb</b>: a number coordinated with, or listed as part of, the figure just before it inherits
 *     its kind - "killed 19 children and two teachers", "killed 45 people, including six children".</li>
 * </ol>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>"a dozen" is a figure (12)</b>: it is an exact numeral in English ("two dozen" = 24) and wire copy uses
 *     "more than a dozen" as a number. Plural "dozens", like "hundreds", "thousands" and "scores", states no
 *     number and is not a figure.</li>
 * <li><b>"Hundreds feared dead" is not a figure</b>: there is no count to compare against the last known toll.
 *     Such lines may deserve a separate "unquantified mass-casualty report" signal, but that belongs to a
 *     different detector, not to this contract.</li>
 * <li><b>who</b>: lower-case noun phrase with determiners and hedges removed; troops, soldiers, servicemen,
 *     service members and military personnel all normalise to "soldiers" (one series, whichever word a reporter
 *     picks: seed 000 calls the same 498 "troops" and "soldiers"), keeping a nationality adjective ("russian
 *     soldiers"). "others"/"more" repeats the previous figure's who (past a part it lists: "killed 10 people,
 *     including three children, and wounded 20 others" gives "people"); none stated gives "people".</li>
 * <li><b>attributedTo</b>: a canonical claimant key ({@link Claimants}: "un", "russia", "kyiv", "zelensky", a
 *     person's full name, "oleh synehubov", or their surname where the entry gives no one full name for it
 *     ({@link #extract(String, String)}), or a short cleaned phrase), chosen as {@link Attribution} documents: the
 *     reporting verb closest before the figure, a pronoun reporter resolved to the previous sentence's actor (in
 *     the same {@link #extract} call), a reporting verb after the figure, "according to X", a headline tag;
 *     otherwise null.</li>
 * <li><b>Own side</b>: "Russia put its own losses at 498 killed" counts "russian soldiers", as does "500 of its
 *     troops" when Russia is the claimant, and "Russia's forces had suffered some 9,000 casualties" (see
 *     {@code ownSide}).</li>
 * <li>Not figures: ages ("the photographer, 50,"; "12-year-old"; "in their 20s"; every age of "aged 5, 7 and
 *     9", which leaves "Three children aged 5, 7 and 9 were killed" its count of three), times and dates, years, day
 *     numbers, money, percentages, distances, counts of weapons, vehicles and buildings, refugees and evacuees
 *     (no casualty word), "no casualties", and a toll's earlier value: the X of "rose from X to Y", "risen to
 *     five, up from three", "down to nine, from 12" (a figure of its own, it read as a lower count held back).</li>
 * </ul>
 */
public final class FigureExtractor {
    /**
     * Cheap pre-filter: a line or sentence without any casualty stem cannot hold a figure, so most prose is never
     * tokenised. Stems are indexed by their first letter and compared in place; a case-insensitive regular
     * expression with this many alternatives ran at about 13 MB/s, this scan several times faster.
     */
    private static final String[][] STEMS_BY_INITIAL = stemTable(
            "kill", "dead", "death", "die", "wound", "injur", "hurt", "casualt", "fatalit", "missing",
            "unaccounted", "toll", "bodies", "lost", "lives", "perish", "drown", "fatally", "electrocut", "martyr",
            "succumb", "burns", "inhalation", "critical", "serious", "alive", "shot",
            // "neutralised 15 terrorists", "17 deceased passengers", "burnt beyond recognition", "breathed their
            // last"; "die" for the headline's present ("7 of a family die")
            "neutrali", "deceased", "recognition", "breathed",
            // "five people had been stabbed"
            "stab");

    private static String[][] stemTable(String... stems) {
        String[][] table = new String[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            final char initial = c;
            String[] withInitial = java.util.Arrays.stream(stems).filter(x -> x.charAt(0) == initial)
                    .toArray(String[]::new);
            table[c - 'a'] = withInitial.length == 0 ? null : withInitial;
        }
        return table;
    }

    static {
        if (Lexicon.QUALIFIER_WORDS.length != Lexicon.QUALIFIER_VALUES.length) {
            throw new ExceptionInInitializerError("qualifier tables out of step");
        }
    }

    /** Creates an extractor; all state is static and immutable. */
    public FigureExtractor() {
    }

    /**
     * Every casualty figure in {@code text} (one or more sentences), in order of appearance.
     *
     * <p>Sentence bounds are {@link Sentences#split}'s. It splits paragraphs (lines) independently, so a line with
     * no casualty stem is skipped before sentence splitting; that keeps throughput well above 20 MB/s on prose
     * where few lines mention casualties, and gives the same sentences as splitting the whole text.
     */
    public List<Figure> extract(String text) {
        return extract(text, text);
    }

    /**
     * As {@link #extract(String)}, with a person's second reference resolved against the entry the text belongs to:
     * a claimant named by surname alone ("Governor Synehubov said", "Synehubov's office", "he said" after either) is
     * keyed by the full name {@code entryText} writes ("oleh synehubov") when it writes exactly one with that surname,
     * and by the surname when it writes two (Oleksiy and Dmytro Kuleba) or none. Per entry, not per document or
     * across documents: a wire that writes only "Governor Synehubov" is the series "synehubov", never merged with a
     * namesake's.
     *
     * @param text      the text to read figures from (an entry's body, or its headline when the body has none)
     * @param entryText the whole entry (headline and body) whose full names resolve surnames; null for none
     */
    public List<Figure> extract(String text, String entryText) {
        List<Figure> out = extractAll(text);
        Claimants.EntryNames names = null;
        for (int k = 0; k < out.size(); k++) {
            Figure f = out.get(k);
            if (f.attributedTo() == null || Claimants.isKey(f.attributedTo()) || entryText == null) {
                continue;
            }
            if (names == null) {
                names = Claimants.entryNames(entryText); // read only for an entry with a claimant that may be a person
            }
            String key = names.resolve(f.attributedTo());
            if (!key.equals(f.attributedTo())) {
                out.set(k, new Figure(f.count(), f.upperBound(), f.qualifier(), f.kind(), f.who(), f.place(), key,
                        f.sentence()));
            }
        }
        return out;
    }

    private List<Figure> extractAll(String text) {
        List<Figure> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int prevLineStart = -1;
        int prevLineEnd = -1;
        String previousSentence = null;
        int n = text.length();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (hasCasualtyStem(text, start, end)) {
                List<String> sentences = Sentences.split(text.substring(start, end));
                if (previousSentence == null && prevLineStart >= 0) {
                    List<String> prev = Sentences.split(text.substring(prevLineStart, prevLineEnd));
                    previousSentence = prev.isEmpty() ? null : prev.get(prev.size() - 1);
                }
                for (String sentence : sentences) {
                    if (hasCasualtyStem(sentence, 0, sentence.length())) {
                        extractSentence(sentence, previousSentence, out);
                    }
                    previousSentence = sentence;
                }
                prevLineStart = -1;
            } else if (!isBlank(text, start, end)) {
                prevLineStart = start; // split lazily, only if a pronoun in a later line needs its last sentence
                prevLineEnd = end;
                previousSentence = null;
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} contains a casualty stem, case-insensitively, without copying it. */
    private static boolean hasCasualtyStem(String text, int from, int to) {
        // Whether the previous character is a letter, carried along rather than looked up again at each candidate
        // (that Character.isLetter call was most of this scan's cost). ASCII is classified inline.
        boolean afterLetter = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char lower = (char) (c | 0x20);
            if (lower >= 'a' && lower <= 'z') {
                if (!afterLetter) {
                    // stems start words ("unkilled" aside, mid-word hits are noise)
                    String[] stems = STEMS_BY_INITIAL[lower - 'a'];
                    if (stems != null && startsStem(text, i, to, stems)) {
                        return true;
                    }
                }
                afterLetter = true;
            } else {
                afterLetter = c >= 0x80 && Character.isLetter(c);
            }
        }
        return false;
    }

    private static boolean startsStem(String text, int i, int to, String[] stems) {
        char second = i + 1 < to ? text.charAt(i + 1) : 0;
        for (String stem : stems) {
            // Most words share only the initial ("the" vs "toll"): an ASCII second character settles it without
            // the case-insensitive region compare (for ASCII, (c | 0x20) == lower-case letter is exactly that).
            if (second < 0x80 && (second | 0x20) != stem.charAt(1)) {
                continue;
            }
            if (i + stem.length() <= to && text.regionMatches(true, i, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    /** A number found in a sentence, with its qualifier and range; tokens {@code [qualStart, end)}. */
    private record Span(int qualStart, int start, int end, long value, Long upper, Qualifier qualifier) {
    }

    /**
     * A figure under construction: kind, who words, the last token it covers, where an aside between its
     * subject and verb opens (", including three children,"), else -1, and whether it is a part listed of the
     * figure before (", including three children" after "killed 10 people").
     */
    private record Hit(FigureKind kind, String who, int last, int aside, boolean part) {
        Hit(FigureKind kind, String who, int last, int aside) {
            this(kind, who, last, aside, false);
        }

        Hit(FigureKind kind, String who, int last) {
            this(kind, who, last, -1, false);
        }
    }

    /**
     * Whether {@code sentence} tells counts and every one of them is a toll's earlier value ("The toll reported on
     * Friday was 39.", "Wednesday's release had put the toll at 41.", "Police initially put the death toll at 21."):
     * a sentence the daily brief should not lead with, since the day's news replaced what it says.
     */
    public static boolean toldOnlyAsEarlier(String sentence) {
        List<Token> t = withoutRestatedDigits(Token.tokenize(sentence));
        List<Span> spans = spans(t);
        return !spans.isEmpty() && earlierTollValues(t, spans).containsAll(spans);
    }

    private static void extractSentence(String sentence, String previous, List<Figure> out) {
        List<Token> t = withoutRestatedDigits(Token.tokenize(sentence));
        List<Span> spans = spans(t);
        if (spans.isEmpty()) {
            if (!OwnReport.retells(t) && !simulated(t)) {
                ordinalDeath(t, previous, sentence, out); // "A seventh person has died": a toll without a numeral
            }
            return;
        }
        if (OwnReport.retells(t) || simulated(t)) {
            return;
        }
        FigureKind prevKind = null;
        String prevWho = null;
        int prevLast = -1;
        int prevAside = -1;
        boolean found = false;
        String lastAttribution = null;
        Span fromBefore = null; // the last earlier value after "from", which a coordinated count joins
        // a toll's earlier values and its forecasts are no figures, and the look-back of a later toll steps over
        // them: "The toll, which could rise to 500, now stands at 312" is 312
        List<Span> earlier = earlierTollValues(t, spans);
        for (Span s : spans) {
            int qs = s.qualStart();
            if (qs > 0 && forecast(t, qs - 1) && !earlier.contains(s)) {
                earlier.add(s);
            }
        }
        for (Span s : spans) {
            if (earlier.contains(s)) {
                fromBefore = s; // its list goes on: "the previous count of 19 dead and 38 injured"
                continue; // "The death toll, initially put at 12, has been revised down to nine": not a 12 dead
            }
            if (s.value() == 0 && s.upper() == null) {
                fromBefore = null;
                continue; // "Fatalities: 0", "0 deaths reported": no one to count
            }
            if (noCurrentCount(t, s)) {
                continue;
            }
            if (found && s.qualStart() > 0 && t.get(s.qualStart() - 1).is("from")) {
                // "risen to five, up from three", "down to nine, from 12 reported earlier": the toll's earlier
                // value, as the X of "rose from X to Y" is (see toll); a figure of its own, it came out as a lower
                // count of the same series, held back as if it were a correction
                fromBefore = s;
                continue;
            }
            if (fromBefore != null && coordinated(t, fromBefore, s)) {
                // "..., up from 21 deaths and 96 injuries reported last week": both are earlier values
                fromBefore = s;
                continue;
            }
            fromBefore = null;
            if (prevWho != null && prevLast >= 0 && clauseOf(t, s.qualStart()) > clauseOf(t, prevLast)
                    && Attribution.reporterOpens(t, s.qualStart())) {
                // "Hezbollah drone wounds 2 soldiers in north; Gaza ministry says 37 killed": a count another
                // source opens after a semicolon is not of the people counted before it (37 soldiers)
                prevWho = null;
            }
            Hit h = active(t, s, prevWho);
            if (h == null) {
                h = subject(t, s, prevWho);
            }
            if (h == null) {
                h = toll(t, s, spans, earlier);
            }
            if (h == null) {
                h = losses(t, s);
            }
            if (h == null) {
                h = labelled(t, s);
            }
            boolean byRival = false;
            if (h == null) {
                h = rival(t, s, spans);
                byRival = h != null;
            }
            if (h == null) {
                h = inTotal(t, s, spans);
            }
            if (h == null && prevKind != null) {
                h = inherit(t, s, prevKind, prevWho, prevLast, prevAside);
            }
            if (h == null) {
                continue;
            }
            found = true;
            // each figure its own reporter: "Police put the toll at 14, but residents said at least 20 were killed"
            // credited the residents' 20 to the police, as a rise of their own series
            String attribution = Attribution.of(t, previous, s.qualStart());
            if (byRival) {
                // the rival's number is the rival's: "the police chief, who said 6" was the mayor's, the reporter
                // of the count before it; a rival named by a pronoun ("today they said 16") is that reporter
                String speaker = Attribution.speakerOf(t, s.qualStart() - 1);
                attribution = speaker != null ? speaker : lastAttribution;
            }
            String who = ownSide(t, s, h.who(), attribution);
            String head = who.substring(who.lastIndexOf(' ') + 1);
            if (ANIMALS.contains(who) || ANIMALS.contains(head)) {
                continue; // "Forty head of cattle died" ("head cattle")
            }
            if (PLAYERS.contains(head) && h.kind().seriesClass().equals("injuries") && inPlay(t)) {
                continue; // "Three players were injured in a clash of heads in the second half": a team's news
            }
            Qualifier q = s.qualifier() == Qualifier.NONE && s.qualStart() > 0
                    && PASSED.contains(t.get(s.qualStart() - 1).lower()) ? Qualifier.MORE_THAN : s.qualifier();
            out.add(new Figure(s.value(), s.upper(), q, h.kind(), who, place(t, s.qualStart(), s.end()),
                    attribution, sentence));
            lastAttribution = attribution;
            if (prevAside >= 0 && s.qualStart() > prevAside && s.end() <= prevLast) {
                // a part listed inside the figure before ("Ten people, including three children, were killed"):
                // what follows that figure's verb ("and 20 others injured") continues the figure, not the part
                continue;
            }
            prevKind = h.kind();
            // a part ("killed 10 people, including three children,") names only some of the figure: "and wounded
            // 20 others" are more of the people, so "others" keeps the whole figure's who, not the part's
            if (!h.part()) {
                prevWho = who;
            }
            prevLast = h.last();
            prevAside = h.aside();
        }
    }

    // ---------------------------------------------------------------- numbers

    private static List<Span> spans(List<Token> t) {
        List<Span> out = new ArrayList<>(4);
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token tok = t.get(i);
            if (!tok.isNum() && !(tok.isWord() && mayStartNumber(tok.lower()))) {
                continue;
            }
            Numbers.Num num = Numbers.read(t, i);
            if (num == null) {
                continue;
            }
            int qs = i;
            Qualifier q = Qualifier.NONE;
            long value = num.value();
            Long upper = num.upper();
            int end = num.end();
            // qualifier before
            for (int k = 0; k < Lexicon.QUALIFIER_WORDS.length; k++) {
                String[] w = Lexicon.QUALIFIER_WORDS[k];
                if (endsWith(t, i, w)) {
                    if (w.length == 2 && w[0].equals("up") && i >= 3
                            && UP_AS_DIRECTION.contains(t.get(i - 3).lower())) {
                        // "revised the death toll up to 20", "raised its toll up to 25": "up" goes with the verb
                        // or the toll, and the figure is the toll's, firm; read as "at most 20" it was dropped
                        break;
                    }
                    q = Lexicon.QUALIFIER_VALUES[k];
                    qs = i - w.length;
                    break;
                }
            }
            boolean between = i > 0 && t.get(i - 1).is("between");
            if (between) {
                qs = i - 1;
            }
            // range after: "between A and B", "A to B", "A - B"
            if (upper == null && end + 1 < n) {
                String link = t.get(end).lower();
                boolean from = qs > 0 && t.get(qs - 1).is("from");
                if ((between && link.equals("and")) || (!from && (link.equals("to") || link.equals("-")
                        || link.equals("\u2013")))) {
                    Numbers.Num hi = Numbers.read(t, end + 1);
                    if (hi != null && hi.value() > value && hi.upper() == null) {
                        upper = hi.value();
                        end = hi.end();
                    }
                }
            }
            if (qs > 0 && AGE_WORDS.contains(t.get(qs - 1).lower())) {
                i = ageListEnd(t, end) - 1; // "aged 5, 7 and 9": every number of the list is an age
                continue;
            }
            if (!isLabel(t, qs, i, end, num, q, upper)) {
                out.add(new Span(qs, i, end, value, upper, q));
            }
            i = end - 1;
        }
        return out;
    }

    /** Words before an age or a list of ages: "aged 5, 7 and 9", "ages 12 and 14". */
    private static final java.util.Set<String> AGE_WORDS = java.util.Set.of("aged", "age", "ages");

    /**
     * End of a list of ages that goes on after the age ending at token {@code end}: ", 7 and 9", "and 14",
     * "to 9". Only the first age follows "aged"; without this the others ("7", "9") were read as counts, so
     * "Three children aged 5, 7 and 9 were killed" gave 7 and 9 killed. A number followed by a word that could
     * head a noun phrase is a count again: "a man aged 45 and 12 others were injured".
     */
    private static int ageListEnd(List<Token> t, int end) {
        int k = end;
        while (k + 1 < t.size()) {
            String link = t.get(k).lower();
            if (!(link.equals(",") || link.equals("and") || link.equals("or") || link.equals("to")
                    || link.equals("-") || link.equals("\u2013"))) {
                break;
            }
            int next = k + 1;
            boolean last = !link.equals(",");
            if (link.equals(",") && (t.get(next).is("and") || t.get(next).is("or"))) {
                next++; // "5, 7, and 9"
                last = true;
            }
            Numbers.Num age = next < t.size() ? Numbers.read(t, next) : null;
            if (age == null || (age.end() < t.size() && !endsAge(t.get(age.end())))) {
                break;
            }
            k = age.end();
            if (last) {
                break;
            }
        }
        if (k + 1 < t.size() && (t.get(k).is("years") || t.get(k).is("year")) && t.get(k + 1).is("old")) {
            k += 2;
        }
        return k;
    }

    /** Whether a token may follow an age in a list: punctuation or a word that does not head a noun phrase. */
    private static boolean endsAge(Token tok) {
        String w = tok.lower();
        return !tok.isWord() || w.equals("and") || w.equals("or") || w.equals("years") || w.equals("year")
                || w.equals("respectively") || w.equals("die") || w.equals("dies") || Lexicon.AUX.contains(w)
                || Lexicon.STATE.containsKey(w)
                || Lexicon.ACTIVE.containsKey(w) || Lexicon.PREP.contains(w) || Lexicon.NP_STOP.contains(w)
                || Lexicon.BREAK.contains(w);
    }

    /**
     * Index just after the ages introduced at token {@code k} ("aged 5, 7 and 9", "aged between 18 and 25"), or
     * -1 when {@code k} does not introduce ages.
     */
    private static int agesEnd(List<Token> t, int k) {
        if (!AGE_WORDS.contains(t.get(k).lower())) {
            return -1;
        }
        int j = k + 1;
        if (j < t.size() && (t.get(j).is("between") || t.get(j).is("from"))) {
            j++;
        }
        Numbers.Num age = j < t.size() ? Numbers.read(t, j) : null;
        return age == null ? -1 : ageListEnd(t, age.end());
    }

    private static boolean mayStartNumber(String w) {
        // first letters of zero..ninety and of "a"/"an" (a dozen, a hundred); Numbers.read decides the rest
        return "aefnostz".indexOf(w.charAt(0)) >= 0;
    }

    private static boolean endsWith(List<Token> t, int before, String[] words) {
        int start = before - words.length;
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(start + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when the number is a label, date, age, year or measure rather than a count of anything. */
    private static boolean isLabel(List<Token> t, int qs, int start, int end, Numbers.Num num, Qualifier q,
                                   Long upper) {
        String before = qs > 0 ? t.get(qs - 1).lower() : "";
        String after = end < t.size() ? t.get(end).lower() : "";
        if (Lexicon.LABEL_BEFORE.contains(before) || Lexicon.MONTHS.contains(after)
                || (Lexicon.MONTHS.contains(before) && !num.words())) {
            return true;
        }
        if (after.equals("%") || after.equals("percent") || after.equals("per") || after.equals("year-old")
                || after.startsWith("-year") || after.equals("gmt") || after.equals("a.m") || after.equals("p.m")
                || after.equals("am") || after.equals("pm") || after.equals("o'clock")) {
            return true;
        }
        if ((after.equals("years") || after.equals("year")) && end + 1 < t.size() && t.get(end + 1).is("old")) {
            return true;
        }
        if (!num.separated() && !num.words() && upper == null && q == Qualifier.NONE && num.value() >= 1900
                && num.value() <= 2100) {
            return true; // a year: counts of that size are written with a separator in news style
        }
        // apposition: "the photographer, 50, was killed" - an age, not a count
        return before.equals(",") && after.equals(",") && num.value() < 130 && q == Qualifier.NONE;
    }

    // ---------------------------------------------------------------- rules

    /** "killed 21 people", "kill six in Kharkiv", "wounded more than a dozen others". */
    /** An age written as one numeral: "15-year-old", "six-month-old" is a word and needs no pattern. */
    private static final java.util.regex.Pattern AGE_WORD = java.util.regex.Pattern.compile(
            "\\d+-(?:year|month|week|day)s?-olds?");

    /** Verbs by which the injured die: "2 injured women die in hospital", "3 injured workers died overnight". */
    private static final Set<String> DIE = Set.of("die", "dies", "died", "succumbed", "succumb");

    /** "breathed their last" (also "his", "her") at token {@code k}: died, in South Asian English. */
    private static boolean breathedTheirLast(List<Token> t, int k) {
        return k + 2 < t.size() && t.get(k).is("breathed") && (t.get(k + 1).is("their") || t.get(k + 1).is("his")
                || t.get(k + 1).is("her")) && t.get(k + 2).is("last");
    }

    /** Where a verb of dying stands within four words from {@code from}, before any punctuation; else -1. */
    private static int diedAfter(List<Token> t, int from) {
        for (int j = from; j < Math.min(t.size(), from + 4); j++) {
            if (DIE.contains(t.get(j).lower())) {
                return j;
            }
            if (breathedTheirLast(t, j)) {
                return j + 2; // "Two more injured persons breathed their last": they died
            }
            if (!t.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** States that go before their noun as adjectives: "67 wounded people". */
    private static final Set<String> ADJECTIVE_STATES = Set.of("wounded", "injured", "dead");
    /** Nouns of people an adjective state goes before: "17 deceased passengers". */
    private static final Set<String> VICTIMS = Set.of("people", "persons", "civilians", "passengers", "workers",
            "soldiers", "children", "men", "women", "pilgrims", "students", "villagers", "migrants", "miners",
            "patients", "victims", "residents", "fishermen", "labourers", "laborers", "worshippers", "protesters",
            "police", "policemen", "officers", "troops");

    /** Casualty words that take no object, so a place before them is no sign of a subject that acts. */
    private static final Set<String> INTRANSITIVE = Set.of("died", "dead", "perished", "drowned", "die", "dies");
    /** Verbs of an attack that "and killed" completes: "were struck and killed", "were stabbed and wounded". */
    private static final Set<String> ASSAULTED = Set.of("struck", "stabbed", "attacked", "beaten", "hit", "run",
            "ambushed", "abducted", "kidnapped", "shelled", "bombed");
    /** Verbs that kill "to death": "burned to death", "crushed to death", "trampled to death". */
    private static final Set<String> TO_DEATH = Set.of("burned", "burnt", "crushed", "trampled", "stabbed",
            "beaten", "hacked", "shot", "bludgeoned", "starved", "frozen", "stoned", "clubbed", "mauled", "gored",
            "kicked", "tortured", "strangled", "choked", "lynched", "battered", "bled", "scalded", "suffocated",
            "charred");
    /** What one succumbs to and dies: "succumbed to their injuries", "succumbed to burns". */
    private static final Set<String> FATAL_HARM = Set.of("injuries", "wounds", "burns", "injury", "wound");
    /** What is treated or suffered as an injury: "treated for minor injuries", "sustained serious burns". */
    private static final Set<String> HARM = Set.of("injuries", "injury", "wounds", "burns", "inhalation");

    /**
     * The last token of a death told by its manner at token {@code k} ("burned to death", "burnt alive",
     * "succumbed to their injuries"), or -1.
     */
    private static int toDeath(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (k + 2 < t.size() && TO_DEATH.contains(w) && t.get(k + 1).is("to") && t.get(k + 2).is("death")) {
            return k + 2;
        }
        if (k + 1 < t.size() && (w.equals("burned") || w.equals("burnt")) && t.get(k + 1).is("alive")) {
            return k + 1;
        }
        if (k + 2 < t.size() && (w.equals("burned") || w.equals("burnt") || w.equals("charred"))
                && t.get(k + 1).is("beyond") && t.get(k + 2).is("recognition")) {
            return k + 2; // "seven persons were burnt beyond recognition"
        }
        if (breathedTheirLast(t, k)) {
            return k + 2; // "Two more victims breathed their last in hospital"
        }
        if (w.equals("succumbed") && k + 1 < t.size() && t.get(k + 1).is("to")) {
            for (int j = k + 2; j < Math.min(t.size(), k + 6); j++) {
                if (FATAL_HARM.contains(t.get(j).lower())) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the bare number of {@code s} ("two are ...", no noun of its own) counts some of the injured the
     * sentence has told of before it: "The injured were admitted to the Government Medical College and Hospital,
     * where two are said to be in a critical condition" tells how badly two of them are hurt, no count of its own.
     */
    private static boolean partOfInjured(List<Token> t, Span s) {
        if (s.end() >= t.size() || !Lexicon.AUX.contains(t.get(s.end()).lower())) {
            return false;
        }
        for (int k = 0; k < s.qualStart(); k++) {
            String w = t.get(k).lower();
            FigureKind kind = Lexicon.STATE.getOrDefault(w, Lexicon.NOUN.get(w));
            if (kind != null && kind.seriesClass().equals("injuries")) {
                return true; // "injured", "wounded", "hurt", "injuries"
            }
        }
        return false;
    }

    /**
     * The last token of an injury told by its care or its kind at token {@code k}, or -1: "taken to hospital with
     * injuries", "treated (at a hospital) for minor injuries" / "for smoke inhalation", "sustained serious
     * injuries", "suffered burns", "left with serious injuries", "in critical condition" / "in a serious
     * condition". Not "hospitalised" alone, which is as often illness.
     */
    private static int injuryPhrase(List<Token> t, int k) {
        String w = t.get(k).lower();
        int n = t.size();
        int from;
        switch (w) {
            case "taken", "rushed", "airlifted", "flown", "admitted", "hospitalised", "hospitalized" -> {
                int j = k + 1;
                while (j < n && j <= k + 5 && !t.get(j).is("with")) {
                    j++;
                }
                from = j < n && t.get(j).is("with") ? j + 1 : -1;
            }
            case "treated" -> {
                // "treated for minor injuries", "treated at St Bernard's Hospital for injuries": a place between,
                // never a number ("treated 15 people for ..." counts those it names)
                int j = k + 1;
                while (j < n && j <= k + 6 && !t.get(j).is("for") && !t.get(j).isNum()) {
                    j++;
                }
                from = j < n && t.get(j).is("for") && (j == k + 1 || t.get(k + 1).is("at") || t.get(k + 1).is("in"))
                        ? j + 1 : -1;
            }
            case "sustained", "suffered", "received" -> from = k + 1;
            case "left" -> from = k + 1 < n && t.get(k + 1).is("with") ? k + 2 : -1;
            case "in" -> {
                int j = k + 1 < n && (t.get(k + 1).is("a") || t.get(k + 1).is("critical")) ? k + 1 : -1;
                if (j > 0 && t.get(j).is("a")) {
                    j++;
                }
                return j > 0 && j + 1 < n && (t.get(j).is("critical") || t.get(j).is("serious"))
                        && t.get(j + 1).is("condition") ? j + 1 : -1;
            }
            default -> from = -1;
        }
        if (from < 0) {
            return -1;
        }
        for (int j = from; j < Math.min(n, from + 4); j++) {
            if (HARM.contains(t.get(j).lower())) {
                return j;
            }
            if (!t.get(j).isWord() || SPORT_INJURY.contains(t.get(j).lower())) {
                return -1; // "Two players suffered hamstring injuries": a team's news, not a casualty count
            }
        }
        return -1;
    }

    /** Words of play: players hurt in it are a team's news, players hurt by a crowd's projectiles are not. */
    private static final Set<String> PLAY = Set.of("half", "match", "game", "training", "tackle", "innings",
            "quarter", "fixture", "season", "heads");

    private static boolean inPlay(List<Token> t) {
        for (Token tok : t) {
            if (PLAY.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Who plays a sport: "Three players suffered injuries in the first half" is a team's news. */
    private static final Set<String> PLAYERS = Set.of("players", "footballers", "athletes", "starters",
            "teammates", "cricketers", "jockeys", "squad", "defenders", "midfielders", "strikers", "goalkeepers");

    /** Whether a player or a sports injury's word stands in {@code [from, to)}. */
    private static boolean sportsInjury(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (PLAYERS.contains(t.get(j).lower()) || SPORT_INJURY.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a sports injury, which no casualty count is told with. */
    private static final Set<String> SPORT_INJURY = Set.of("hamstring", "knee", "ankle", "muscle", "groin", "thigh",
            "calf", "achilles", "cruciate", "ligament", "metatarsal");

    /**
     * Words after "shot" that make it no count of people hit: "shot dead" and "shot and killed" are read as deaths,
     * "shot at" hit no one, "shot down" is an aircraft.
     */
    private static final Set<String> NOT_HIT = Set.of("dead", "and", "to", "at", "down", "up", "through");

    /** Verbs of shooting, which kill when "dead" or "fatally" goes with them. */
    private static final Set<String> SHOT = Set.of("shot", "shoots", "shooting", "shoot");

    private static Hit active(List<Token> t, Span s, String prevWho) {
        if (s.qualStart() == 0) {
            return null;
        }
        int verb = s.qualStart() - 1;
        if (t.get(verb).is("all") && verb > 0 && Lexicon.ACTIVE.containsKey(t.get(verb - 1).lower())) {
            verb--; // "The crash killed all nine people on board"
        }
        if (CLAIMS_LIVES.contains(t.get(verb).lower()) && s.end() < t.size() && t.get(s.end()).is("lives")) {
            return new Hit(FigureKind.DEAD, "people", s.end()); // "The floods have claimed over 220 lives"
        }
        String w = t.get(verb).lower();
        FigureKind kind = Lexicon.ACTIVE.get(w);
        if (kind == null && verb >= 2 && w.equals("death") && t.get(verb - 1).is("to")
                && TO_DEATH.contains(t.get(verb - 2).lower())) {
            kind = FigureKind.KILLED; // "rebels hacked to death at least 43 worshippers"
        }
        if (kind == null && TO_DEATH.contains(w) && !t.get(verb - 1).is("were") && !t.get(verb - 1).is("was")) {
            // "An elephant trampled two tea garden workers to death": the manner's verb, "to death" after them
            int[] np = nounPhrase(t, s.end());
            if (np != null && np[1] > np[0] && np[1] + 1 < t.size() && t.get(np[1]).is("to")
                    && t.get(np[1] + 1).is("death")) {
                return new Hit(FigureKind.KILLED, who(t, np[0], np[1], prevWho), np[1] + 1);
            }
        }
        if (kind == null && verb >= 1 && (w.equals("dead") && SHOT.contains(t.get(verb - 1).lower())
                || SHOT.contains(w) && t.get(verb - 1).is("fatally"))) {
            kind = FigureKind.KILLED; // "Gunmen shot dead 12 people", "Police fatally shot 2 suspects"
        }
        if (kind == null) {
            return null;
        }
        if (w.equals("killing") && verb >= 2 && (t.get(verb - 1).is("of") || t.get(verb - 1).is("for"))) {
            for (int k = verb - 2; k >= Math.max(0, verb - 6); k--) {
                if (COURT.contains(t.get(k).lower())) {
                    return null; // "was convicted of killing three people in a 2019 shooting": a case, not news
                }
            }
        }
        int m = skipAdverbs(t, verb - 1);
        if (m >= 1 && t.get(m).is("and") && BARE_VERBS.contains(w)) {
            // "could kill as many as 14,000 people and injure 30,000 more": the modal governs both verbs
            for (int k = m - 1; k >= Math.max(0, m - 12) && !t.get(k).is(";") && !t.get(k).is("."); k--) {
                if (isModal(t.get(k))) {
                    return null;
                }
            }
        }
        if (BARE_VERBS.contains(w) && m >= 0 && (isModal(t.get(m)) || t.get(m).is("to") && m >= 1
                && FORECAST_TO.contains(t.get(Math.max(0, skipAdverbs(t, m - 1))).lower()))) {
            return null; // "The strike could kill 100 people", "threatens to kill 50": a forecast, not a count
        }
        if ((w.equals("killed") || w.equals("wounded") || w.equals("injured")) && m >= 1 && t.get(m).is("have")
                && (t.get(m - 1).is("could") || t.get(m - 1).is("would"))) {
            return null; // "the blast could have killed 100 people had it happened an hour later": it did not
        }
        int[] np = nounPhrase(t, s.end());
        if (np == null) {
            return null;
        }
        return new Hit(kind, who(t, np[0], np[1], prevWho), Math.max(np[1] - 1, s.end() - 1));
    }

    /**
     * The words after a number that name who is counted, as {@code [from, to)}; stops at a preposition,
     * punctuation, a conjunction, a casualty word or a break word. Null when the head is not a person.
     */
    private static int[] nounPhrase(List<Token> t, int from) {
        int n = t.size();
        if (from < n && t.get(from).is("+")) {
            from++; // "30+ rounds fired": the words after the plus are what is counted
        }
        int k = from;
        while (k < n && k - from < 5) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (tok.isWord() && (Lexicon.NON_PERSON.contains(w))) {
                return null;
            }
            if (agesEnd(t, k) > 0) {
                break; // "4 people aged between 18 and 25": the ages describe the people, they are not them
            }
            if (!tok.isWord() || Lexicon.PREP.contains(w) || Lexicon.NP_STOP.contains(w)
                    || Lexicon.BREAK.contains(w) || w.equals("and")
                    || Lexicon.AUX.contains(w) || Lexicon.STATE.containsKey(w) || Lexicon.NOUN.containsKey(w)
                    || Lexicon.ACTIVE.containsKey(w)) {
                if (tok.is("'") || tok.is("\"")) {
                    k++;
                    continue;
                }
                break;
            }
            k++;
        }
        return new int[] {from, k};
    }

    /**
     * NUMBER + noun phrase + auxiliaries + participle ("498 Russian soldiers have been killed"), or NUMBER +
     * modifiers + casualty noun ("15 deaths", "3,455 civilian casualties").
     */
    private static Hit subject(List<Token> t, Span s, String prevWho) {
        int n = t.size();
        int k = s.end();
        int qs = s.qualStart();
        if (qs >= 2 && t.get(qs - 1).is("of") && (t.get(qs - 2).is("bodies") || t.get(qs - 2).is("remains"))) {
            return null; // "the bodies of three hikers missing since last week" are dead: losses() reads them
        }
        if (k + 1 < n && t.get(k).is("lives")) {
            for (int j = k + 1; j < Math.min(n, k + 4); j++) {
                if (t.get(j).is("lost")) {
                    return new Hit(FigureKind.DEAD, "people", j); // "5 lives were lost in the fire"
                }
            }
        }
        if (k + 2 < n && t.get(k).is("of") && (t.get(k + 1).is("the") || t.get(k + 1).is("those"))
                && (Lexicon.STATE.containsKey(t.get(k + 2).lower())
                || Lexicon.NOUN.containsKey(t.get(k + 2).lower()))) {
            // "two of the injured died in hospital", "three of the dead were children": a part of a group counted
            // elsewhere, not a count of its own ("2 people injured (first report)" was sent for it)
            return null;
        }
        int whoEnd = -1;
        boolean sawAux = false;
        boolean sawPrep = false;
        boolean sawOf = false;
        boolean looseAnd = false;
        int aside = -1;
        int words = 0;
        while (k < n && words < 9) {
            Token tok = t.get(k);
            String w = tok.lower();
            FigureKind state = Lexicon.STATE.get(w);
            if (state == null && (w.equals("die") || w.equals("dies")) && !sawAux && !t.get(k - 1).is("to")
                    && !(qs > 0 && t.get(qs - 1).is("if"))) {
                state = FigureKind.DEAD; // a headline's present: "Lahore: 7 of a family die as gas leak triggers blast"
            }
            FigureKind noun = Lexicon.NOUN.get(w);
            if (noun != null && sawAux && !sawPrep && !looseAnd && words <= 3 && !isState(w)
                    && countAdjectives(t, s.end(), k)) {
                sawAux = false; // "3 confirmed deaths", "12 reported fatalities": a count's adjectives, no verb
            }
            if (noun != null && !sawAux && !sawPrep && !looseAnd && words <= 3 && !isState(w)) {
                if (noun.seriesClass().equals("injuries") && sportsInjury(t, s.end(), k)) {
                    return null; // "Two players suffered hamstring injuries in the first half"
                }
                int died = noun.seriesClass().equals("injuries") ? diedAfter(t, k + 1) : -1;
                if (died > 0) {
                    // "Toll rises to 6 as 2 injured women die in hospital": the injured died; sent as 2 injured
                    return new Hit(FigureKind.DEAD, nounWho(t, s.end(), k, noun, prevWho), died);
                }
                return new Hit(noun, nounWho(t, s.end(), k, noun, prevWho), k);
            }
            if (words == 0 && (w.equals("deceased") || state != null && ADJECTIVE_STATES.contains(w))
                    && k + 1 < n && VICTIMS.contains(t.get(k + 1).lower())) {
                // "each of the 17 deceased passengers", "treated 67 wounded people": the state before its noun;
                // the injured who then die are dead ("after 4 injured people died in hospital")
                int died = state != null && state.seriesClass().equals("injuries") ? diedAfter(t, k + 2) : -1;
                return died > 0 ? new Hit(FigureKind.DEAD, who(t, k + 1, k + 2, prevWho), died)
                        : new Hit(state != null ? state : FigureKind.DEAD, who(t, k + 1, k + 2, prevWho), k + 1);
            }
            if (w.equals("who") && !sawAux && words > 0 && words <= 3) {
                // "the eight persons who died in the fire", "the 20 people who were killed": the relative clause
                // tells what happened to them
                int v = k + 1;
                while (v < n && v < k + 3 && (t.get(v).is("had") || t.get(v).is("have") || t.get(v).is("were")
                        || t.get(v).is("been") || t.get(v).is("later"))) {
                    v++;
                }
                FigureKind rel = v < n ? Lexicon.STATE.get(t.get(v).lower()) : null;
                if (rel != null && !t.get(v).is("missing") && !t.get(v).is("unaccounted")) {
                    return new Hit(rel, who(t, s.end(), k, prevWho), v, aside);
                }
                if (rel != null && t.get(v - 1).is("been")) {
                    // "recovered the two workers who had been unaccounted for": found, no longer missing
                    return null;
                }
            }
            if (state != null && w.equals("missing") && k + 1 < n && t.get(k + 1).is("out")) {
                return null; // "1.4 million households are missing out on pension credit": not missing people
            }
            if (state != null) {
                if (words > 0 && whoEnd < 0 && !sawOf && Lexicon.NON_PERSON.contains(t.get(k - 1).lower())) {
                    return null;
                }
                // "Three patients in the hospital's ICU died": a verb without an object may follow a place
                if (!sawAux && (sawPrep && !INTRANSITIVE.contains(w) || looseAnd || takesObject(t, k + 1))) {
                    return null; // "30 tanks and killed", "two gunmen killed 5": not victims
                }
                if (sawAux && hypothetical(t, s.end(), k)) {
                    return null;
                }
                int last = k;
                FigureKind kind = state;
                int died = state.seriesClass().equals("injuries") ? diedAfter(t, k + 1) : -1;
                if (died > 0) {
                    // "Toll rises to 6 as 2 injured women die in hospital": the injured died; sent as 2 injured
                    kind = FigureKind.DEAD;
                    last = died;
                }
                if (w.equals("unaccounted") && k + 1 < n && t.get(k + 1).is("for")) {
                    last = k + 1;
                }
                if (k + 2 < n && (t.get(k + 1).is("or") || t.get(k + 1).is("and"))) {
                    FigureKind other = Lexicon.STATE.get(t.get(k + 2).lower());
                    if (other != null && other.seriesClass().equals("injuries")
                            && kind.seriesClass().equals("deaths")) {
                        kind = FigureKind.CASUALTIES; // "killed or wounded"
                        last = k + 2;
                    }
                }
                int we = whoEnd < 0 ? k : whoEnd;
                return new Hit(kind, who(t, s.end(), we, prevWho), last, aside);
            }
            if (w.equals("lost") && k + 2 < n && t.get(k + 1).is("their") && t.get(k + 2).is("lives")) {
                int we = whoEnd < 0 ? k : whoEnd;
                return new Hit(FigureKind.DEAD, who(t, s.end(), we, prevWho), k + 2, aside);
            }
            int death = toDeath(t, k);
            if (death > 0 && (sawAux || whoEnd < 0 && !sawPrep && !looseAnd && words <= 3)) {
                // "Seventeen people were burned to death", "Nine passengers were burnt alive", "Three more victims
                // succumbed to their injuries"
                FigureKind kind = t.get(k).is("succumbed") || t.get(k).is("breathed") ? FigureKind.DEAD
                        : FigureKind.KILLED;
                return new Hit(kind, who(t, s.end(), whoEnd < 0 ? k : whoEnd, prevWho), death, aside);
            }
            int injury = qs >= 2 && t.get(qs - 1).is("whom") ? -1 : injuryPhrase(t, k);
            // without a verb only a care or harm verb: "two in critical condition" after "14 were taken to hospital"
            // is a part of them
            if (injury > 0 && t.get(k).is("in") && (partOfInjured(t, s) || ofThem(t, s.end()))) {
                // "The injured were admitted to hospital, where two are in a critical condition", "Five people, two
                // of whom are in a critical condition, were injured": how badly some of them are hurt
                return null;
            }
            if (injury > 0 && (sawAux || !t.get(k).is("in") && whoEnd < 0 && !sawPrep && !looseAnd && words <= 3)
                    && !sportsInjury(t, s.end(), k)) {
                // "Six people were taken to hospital with injuries", "9 passengers were treated for minor injuries",
                // "Two police officers sustained serious injuries", "Seven people are in critical condition"
                return new Hit(FigureKind.INJURED, who(t, s.end(), whoEnd < 0 ? k : whoEnd, prevWho), injury,
                        aside);
            }
            if (sawAux && k + 2 < n && t.get(k + 1).is("and") && Lexicon.STATE.containsKey(t.get(k + 2).lower())
                    && (SHOT.contains(w) || ASSAULTED.contains(w))) {
                k += 2; // "Two teenagers were shot and killed", "were struck and killed by a car"
                continue;
            }
            if ((w.equals("shot") || w.equals("stabbed") && sawAux) && (sawAux || whoEnd < 0 && words <= 3)
                    && !sawPrep && !looseAnd
                    && !t.get(k - 1).is("fatally") && (k + 1 >= n || !NOT_HIT.contains(t.get(k + 1).lower()))) {
                // "Nine people were shot, one fatally", "19 shot over the weekend": killed or wounded by gunfire
                return new Hit(FigureKind.CASUALTIES, who(t, s.end(), whoEnd < 0 ? k : whoEnd, prevWho), k, aside);
            }
            if (sawAux && SHOT.contains(w) && t.get(k - 1).is("fatally")) {
                // "Two people were fatally shot"
                return new Hit(FigureKind.KILLED, who(t, s.end(), whoEnd < 0 ? k : whoEnd, prevWho), k, aside);
            }
            boolean saidToBe = w.equals("said") && k + 2 < n && t.get(k + 1).is("to")
                    && (t.get(k + 2).is("be") || t.get(k + 2).is("have"));
            // "two civilians said to be wounded" tells their state as "reported to be" does; read as a break, the
            // two were counted with the sentence's dead
            if (Lexicon.AUX.contains(w) || saidToBe) {
                if (!sawAux && whoEnd < 0) {
                    whoEnd = k;
                }
                sawAux = true;
                k++;
                continue;
            }
            if (sawAux && w.equals("among") && k + 2 < n && t.get(k + 1).is("the")
                    && Lexicon.NOUN.containsKey(t.get(k + 2).lower())) {
                // "Two Al Jazeera journalists were among the dead"
                return new Hit(Lexicon.NOUN.get(t.get(k + 2).lower()), who(t, s.end(), whoEnd < 0 ? k : whoEnd,
                        prevWho), k + 2, aside);
            }
            if (sawAux && LISTED_AS.contains(w) && k + 2 < n && t.get(k + 1).is("as")
                    && Lexicon.STATE.containsKey(t.get(k + 2).lower())) {
                k += 2; // "Seventeen people are now listed as missing"
                continue;
            }
            if (sawAux) {
                return null; // another verb: "874,026 people have left Ukraine"
            }
            int ages = agesEnd(t, k);
            if (ages > 0) {
                // "Three children aged 5, 7 and 9 were killed": the ages say who, the verb is still to come
                if (whoEnd < 0) {
                    whoEnd = k;
                }
                k = ages;
                words++;
                continue;
            }
            if (tok.is("'") || tok.is("\"")) {
                k++;
                continue;
            }
            int close = aside < 0 ? asideEnd(t, k) : -1;
            if (close > 0) {
                // "Ten people, including three children, were killed": the verb after the aside is the subject's
                if (whoEnd < 0) {
                    whoEnd = k;
                }
                aside = k;
                k = close + 1;
                continue;
            }
            if (!tok.isWord() && !tok.isNum()) {
                return null;
            }
            if (tok.isNum() && AGE_WORD.matcher(tok.lower()).matches()) {
                // "Two 15-year-old boys were injured": an age describes them, it is no second count
                words++;
                k++;
                continue;
            }
            if (w.equals("including") && aside < 0) {
                // "Six people including a child were killed": an aside without its commas
                int j = k + 1;
                while (j < n && j <= k + 5 && (t.get(j).isWord() || t.get(j).isNum()) && !Lexicon.AUX.contains(
                        t.get(j).lower()) && !Lexicon.STATE.containsKey(t.get(j).lower())) {
                    j++;
                }
                if (j < n && j > k + 1 && (Lexicon.AUX.contains(t.get(j).lower())
                        || Lexicon.STATE.containsKey(t.get(j).lower()))) {
                    if (whoEnd < 0) {
                        whoEnd = k;
                    }
                    aside = k;
                    k = j;
                    continue;
                }
            }
            if (tok.isNum() && s.end() == groupOf(t, k)) {
                // "Twelve of the 20 passengers died", "6 of 8 climbers found dead": the group the figure is part
                // of, not another count
                Numbers.Num group = Numbers.read(t, k);
                if (group != null && casualtyWordAt(t, group.end())) {
                    return null; // "Two of the 15 injured are in critical condition": the 15 injured are the count
                }
                if (group != null) {
                    k = group.end();
                    words++;
                    continue;
                }
            }
            if (tok.isNum() || (tok.isWord() && Numbers.read(t, k) != null && k > 0 && t.get(k - 1).is("and"))) {
                // coordinated subject: "2,000 civilians and 10 emergency services personnel had been killed"
                if (k == 0 || !t.get(k - 1).is("and")) {
                    return null;
                }
                if (s.qualStart() > 0 && objectOfVerb(t.get(s.qualStart() - 1))) {
                    return null; // "Police arrested 12 people and 3 were killed": the 12 are the arrest's object
                }
                Numbers.Num other = Numbers.read(t, k);
                if (other == null) {
                    return null;
                }
                looseAnd = false;
                k = other.end();
                words++;
                continue;
            }
            if (w.equals("whom") && k == s.end() + 1 && t.get(k - 1).is("of") && (s.value() >= 2
                    || k + 2 < n && (LATER.contains(t.get(k + 1).lower()) || LATER.contains(t.get(k + 2).lower())
                    || Lexicon.AUX.contains(t.get(k + 1).lower()) && isState(t.get(k + 2).lower())))) {
                // ("one of whom was injured during the arrest", "one of whom later died")
                // "Rescuers pulled 40 people from the rubble, 12 of whom later died": "of whom" as "of them". Not
                // "one of whom": "the couple had four children, one of whom died as an infant" is a life's story
                words++;
                k++;
                continue;
            }
            int main = w.equals("who") && whoEnd < 0 && aside < 0 ? afterRelative(t, k) : -1;
            if (main > 0) {
                // "4 fishermen who left Lakatoro before the warning was issued remain missing": the verb after the
                // relative clause is the counted people's
                whoEnd = k;
                aside = k;
                k = main;
                continue;
            }
            if (Lexicon.BREAK.contains(w)) {
                return null;
            }
            if (words == 0 && Lexicon.NON_PERSON.contains(w)) {
                return null;
            }
            if (w.equals("and")) {
                if (whoEnd < 0) {
                    whoEnd = k;
                }
                looseAnd = true;
            } else if (Lexicon.PREP.contains(w)) {
                if (whoEnd < 0 && !w.equals("of")) {
                    whoEnd = k;
                }
                sawOf |= w.equals("of") && whoEnd < 0; // "Four residents of the care home died": not the home
                sawPrep = !w.equals("of") || sawPrep;
            } else if (Lexicon.ACTIVE.containsKey(w)) {
                return null;
            }
            words++;
            k++;
        }
        return null;
    }

    /** Whether the words {@code [from, to)} only qualify a count's noun: "confirmed", "reported", "more". */
    private static boolean countAdjectives(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!COUNT_ADJECTIVE_WORDS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return to > from;
    }

    private static final Set<String> COUNT_ADJECTIVE_WORDS = Set.of("confirmed", "reported", "recorded", "known",
            "more", "further", "new", "additional", "official");

    /** Verbs of a record before "as": "listed as missing", "classed as dead". */
    private static final Set<String> LISTED_AS = Set.of("listed", "classed", "classified", "registered", "recorded",
            "counted");

    /** Words that make "one of whom" a count: "one of whom has since died", "one of whom later died". */
    private static final Set<String> LATER = Set.of("since", "later", "subsequently");

    /**
     * Where the main verb stands after a relative clause opened at {@code k} ("who left Lakatoro before the warning
     * was issued remain missing"): an auxiliary before a casualty participle ("remain missing", "were killed") or
     * "died", within 14 words and before any punctuation; -1 when the clause runs on to none. The clause's own verbs
     * ("left", "was issued") are passed over.
     */
    private static int afterRelative(List<Token> t, int k) {
        for (int j = k + 2; j < Math.min(t.size() - 1, k + 15); j++) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return -1;
            }
            String w = tok.lower();
            if (w.equals("died") || Lexicon.AUX.contains(w) && !Lexicon.AUX.contains(t.get(j - 1).lower())
                    && isState(t.get(j + 1).lower()) && !t.get(j - 1).is("who")) {
                return j;
            }
        }
        return -1;
    }

    /** "killed"/"wounded"/"injured"/"missing" are participles first; only "dead" doubles as a count noun. */
    private static boolean isState(String w) {
        return Lexicon.STATE.containsKey(w) && !w.equals("dead");
    }

    /** Whether the token at {@code k} starts an object, making the participle before it an active verb. */
    private static boolean takesObject(List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        Token tok = t.get(k);
        if (tok.isNum()) {
            return true;
        }
        String w = tok.lower();
        if (w.equals("at")) {
            // "killed at least 20" takes an object; "2 killed, 6 hurt at FSU" does not (the 6 hurt were read as
            // more of the killed)
            return k + 1 < t.size() && (t.get(k + 1).is("least") || t.get(k + 1).is("most"));
        }
        if (w.equals("as")) {
            // "killed as many as 20" takes an object; "10 killed, 25 injured as bus falls into gorge" does not (the
            // 25 injured were read as more of the killed)
            return k + 1 < t.size() && (t.get(k + 1).is("many") || t.get(k + 1).is("much") || t.get(k + 1).is("few"));
        }
        return switch (w) {
            case "a", "an", "the", "his", "her", "their", "its", "more", "nearly", "about", "some", "up",
                 "over", "dozens", "hundreds", "thousands", "scores", "several", "many", "civilians",
                 "people", "children" -> true;
            default -> Numbers.read(t, k) != null;
        };
    }

    /**
     * Words that open an aside on their own: ", including three children,", ", mostly conscripts,", a wire's
     * correction of the count, ", not five as previously reported," (before, "Four people, not five ..., were
     * killed" gave no figure), and a noun phrase saying who they were: "Two others, a father and his teenage son,
     * remain missing", "Five fishermen, all from the same village, were killed".
     */
    private static final java.util.Set<String> ASIDE_OPENERS = java.util.Set.of(
            "including", "mostly", "mainly", "largely", "chiefly", "predominantly", "among", "not",
            "a", "an", "the", "all", "both",
            // a source or what they were, told in passing: "Fourteen people, according to police, were hurt",
            // "Five journalists, who had been wearing vests marked PRESS, were wounded", "Two peacekeepers, part of
            // the UN mission, were wounded", "One man, believed to be in his 50s, was pronounced dead", "Three crew
            // members of the trawler, which sank in a gale, are missing"
            "according", "who", "which", "part", "believed", "thought", "said");
    /** Words that open an aside before "of them"/"of whom": ", most of them civilians,". */
    private static final java.util.Set<String> ASIDE_SHARES = java.util.Set.of(
            "most", "many", "some", "all", "half", "several", "both", "few", "one");
    /** Longest aside read, in tokens: a few words ("a woman in her 60s and her grandson"), never a long clause. */
    private static final int ASIDE_MAX = 12;

    /**
     * The closing delimiter of an aside opened by the punctuation at {@code k}, or -1. An aside here is a few
     * words between a counted subject and its verb that say who the counted people were: ", including three
     * children,", ", most of them civilians,", ", aged between 18 and 25,", " - including a child -",
     * " (mostly conscripts)". It must open with such a word, close with the delimiter it opened with within
     * {@link #ASIDE_MAX} tokens, and be followed by an auxiliary or a casualty participle. Commas in general stay
     * the end of the subject: "Police detained 12 people, and three were killed" counts three, not twelve.
     */
    private static int asideEnd(List<Token> t, int k) {
        String open = t.get(k).lower();
        String close = switch (open) {
            case ",", "-", "\u2013", "\u2014" -> open;
            case "(" -> ")";
            default -> null;
        };
        int n = t.size();
        if (close == null || k + 1 >= n) {
            return -1;
        }
        String first = t.get(k + 1).lower();
        boolean opens = ASIDE_OPENERS.contains(first) || agesEnd(t, k + 1) > 0
                // its parts counted: ", two Kenyans and a Somali national,", "- six adults and two children -"
                || Numbers.read(t, k + 1) != null
                || first.equals("at") && k + 2 < n && t.get(k + 2).is("least")
                || ASIDE_SHARES.contains(first) && ofThem(t, k + 2); // ", most of them civilians,"
        if (!opens) {
            return -1;
        }
        int j = k + 1;
        while (j < n && j - k <= ASIDE_MAX) {
            int ages = agesEnd(t, j);
            if (ages > 0) {
                j = ages; // "aged 5, 7 and 9": the commas of a list of ages do not close the aside
                continue;
            }
            Token tok = t.get(j);
            if (tok.is(close)) {
                boolean verb = j + 1 < n && (Lexicon.AUX.contains(t.get(j + 1).lower())
                        || Lexicon.STATE.containsKey(t.get(j + 1).lower()));
                return verb ? j : -1;
            }
            if (!tok.isWord() && !tok.isNum() && !tok.is("'") && !tok.is("\u2019")) {
                return -1; // ("six months' service" inside it)
            }
            j++;
        }
        return -1;
    }

    private static String nounWho(List<Token> t, int from, int to, FigureKind kind, String prevWho) {
        String nationality = null;
        String head = null;
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            String mapped = switch (w) {
                case "civilian" -> "civilians";
                case "military", "troop" -> "soldiers";
                case "child" -> "children";
                default -> null;
            };
            if (mapped != null) {
                head = mapped;
            } else if (isNationality(w) && head == null) {
                nationality = w;
            }
        }
        if (head == null) {
            // "1,650 others wounded" style carry-over does not apply to nouns; "58 fatalities and 200 injuries"
            // shares who with the figure before it when that is the only clue
            return prevWho != null && (kind == FigureKind.INJURED || kind == FigureKind.WOUNDED) ? prevWho
                    : "people";
        }
        return nationality == null ? head : nationality + " " + head;
    }

    private static boolean isNationality(String w) {
        return w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("ean")
                || w.endsWith("can") || w.equals("russian") || w.equals("israeli") || w.equals("iraqi");
    }

    /** How many semicolons stand before token {@code at}: the clause of the sentence it is in. */
    private static int clauseOf(List<Token> t, int at) {
        int n = 0;
        for (int k = 0; k < at; k++) {
            if (t.get(k).is(";")) {
                n++;
            }
        }
        return n;
    }

    /** Verbs of a toll going past a number: "the death toll has passed 50,000" is more than 50,000. */
    private static final Set<String> PASSED = Set.of("passed", "passes", "past", "exceeded", "exceeds", "surpassed",
            "surpasses", "topped", "tops", "crosses", "crossed");

    /**
     * Words that mark a value as the toll's earlier one: "initially put at 12", "first given as 12". Not "which": a
     * "which" clause tells the current toll as often as an old one ("The death toll, which has risen to 45, includes
     * 12 children"; "..., which brings the toll to 112, including 30 children"), and reading it as old lost the toll.
     */
    private static final Set<String> EARLIER_MARKS = Set.of("initially", "previously", "originally", "earlier",
            "first", "previous");
    /**
     * Links of a toll to a new value ({@link Lexicon#TOLL_LINK} less those that list a part of it, "includes 12
     * children", or may state it as it stands, "is"): a later number after one of these makes a marked earlier value
     * old.
     */
    private static final Set<String> NEW_VALUE_LINK = Set.of("to", "at", "past", "reached", "reaches", "hit", "hits",
            "topped", "tops", "passed", "exceeded", "surpassed", "rose", "climbed", "jumped", "risen", "climbs",
            "rises", "stood", "stands", "now", "reaching");

    /** Links of a toll to the value it has changed to: "has risen to 26", "has passed 500". */
    private static final Set<String> CHANGED_LINK = Set.of("to", "risen", "rose", "climbed", "jumped", "reached",
            "passed", "topped", "exceeded", "surpassed", "past");

    /**
     * The spans of {@code spans} that are a toll's earlier value told on the way to its new one: "The death toll,
     * initially put at 12, has been revised down to nine", "The death toll, previously given as 30, now stands at
     * 25", "... was initially reported as 12 but has since been revised to nine". Such a value is linked to its
     * number as a toll's is ("at", "as", "to"), a word of {@link #EARLIER_MARKS} stands at most four words before
     * that link, and a later number of the sentence is linked to a toll as its new value ({@link #NEW_VALUE_LINK});
     * or it is what the toll "stood at" in a "which" clause and a later number is what it has changed to
     * ({@link #CHANGED_LINK}).
     * Read as a figure, the earlier value was sent as the toll ("12 dead (first report)") and it stopped the
     * look-back of the new one, which was lost. "The strike, which killed 20 people, pushed the toll to 45" keeps
     * its 20: "killed" is no link.
     */
    private static List<Span> earlierTollValues(List<Token> t, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span o = spans.get(i);
            int link = o.qualStart() - 1;
            // "the earlier figure was 40 dead", "the previous count of 19 dead and 38 injured", "The agency had put
            // the death toll at five on Wednesday morning": named as the toll's past, with or without a later value
            if (namedEarlier(t, o.qualStart()) || hadPut(t, link) || toldInitially(t, o.qualStart())
                    || givenBefore(t, o.qualStart()) || revisedAfter(t, o)) {
                out.add(o);
                continue;
            }
            if (i + 1 == spans.size()) {
                break; // what follows needs a later value in the sentence
            }
            // "At first, police said 3 people had died, but the toll has since risen to 7": a sentence that opens on
            // the toll's past marks its first value, however it is linked and however far from the opening
            boolean opening = i == 0 && (opensOnThePast(t) || markedBefore(t, o.qualStart()));
            // "The death toll has passed 1,000 and now stands at 1,043", "has passed 50,000, reaching 50,021": the
            // round number it went past is the way to the exact one, which it hid (no figure, or "more than 50,000")
            boolean passed = link >= 1 && PASSED.contains(t.get(link).lower()) && !forecast(t, link);
            boolean linked = link >= 1 && (t.get(link).is("at") || t.get(link).is("as") || t.get(link).is("to")
                    || t.get(link).is("of")); // "An earlier toll of 40 was revised to 38"
            // "The WHO said 132 deaths had been recorded, a figure later corrected to 13": a later correction of
            // the sentence's first value makes it old, however it was linked
            boolean corrected = i == 0 && correctedLater(t, spans, o);
            if (!opening && !passed && !linked && !corrected) {
                continue;
            }
            boolean marked = opening || passed || corrected;
            // "Authorities had initially put the death toll at 20 but revised it to 17": a mark in the link's clause
            for (int k = link - 1; linked && k >= Math.max(0, link - 6) && !marked && !t.get(k).is(","); k--) {
                marked = EARLIER_MARKS.contains(t.get(k).lower());
            }
            // "The death toll stood at 12 on Monday but has since risen to 19", "..., which stood at 20 on Monday,
            // has risen to 26": what the toll stood at is its past when it has since changed ("risen to"), not
            // when a part is listed ("includes")
            boolean stood = !marked && linked && t.get(link).is("at") && t.get(link - 1).is("stood");
            // "The death toll, put at 12 on Monday, has been revised down to nine", "The death toll, at 300 on
            // Monday, has risen to 350": a value told in an aside after the toll is its past when it has changed
            boolean aside = !marked && !stood && linked && !t.get(link).is("to")
                    && (link >= 3 && ASIDE_VALUE.contains(t.get(link - 1).lower()) && t.get(link - 2).is(",")
                    && tollHead(t, link - 3, link) != null
                    || link >= 2 && t.get(link - 1).is(",") && tollHead(t, link - 2, link) != null);
            if (!marked && !stood && !aside) {
                continue;
            }
            for (int j = i + 1; j < spans.size(); j++) {
                int q = spans.get(j).qualStart();
                if (!sameToll(t, o.end(), q)) {
                    break;
                }
                if (q > 0 && (marked ? NEW_VALUE_LINK : CHANGED_LINK).contains(t.get(q - 1).lower())
                        && !forecast(t, q - 1)) {
                    out.add(o);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The tokens without the digits a number in words is restated in, as releases and legal texts write it ("nine
     * (9) passengers have been confirmed dead", "seven (7) dead"): the brackets stood between the number and its
     * noun, so the count was lost.
     */
    static List<Token> withoutRestatedDigits(List<Token> t) {
        List<Token> out = null;
        for (int k = 0; k + 3 < t.size(); k++) {
            if (t.get(k + 1).is("(") && t.get(k + 2).isNum() && t.get(k + 3).is(")") && t.get(k).isWord()) {
                Numbers.Num words = Numbers.read(t, firstWordOfNumber(t, k));
                Numbers.Num digits = Numbers.read(t, k + 2);
                if (words != null && digits != null && words.end() == k + 1 && words.value() == digits.value()) {
                    out = out == null ? new ArrayList<>(t) : out;
                    int at = out.size() - (t.size() - (k + 1)); // where the bracket stands in out
                    out.subList(at, at + 3).clear();
                }
            }
        }
        return out == null ? t : out;
    }

    /** The first token of the number in words that ends at token {@code k} ("twenty-one", "two hundred"). */
    private static int firstWordOfNumber(List<Token> t, int k) {
        int first = k;
        while (first > 0 && (Numbers.isNumberWord(t.get(first - 1).lower()) || first > 1
                && t.get(first - 1).is("and") && Numbers.isNumberWord(t.get(first - 2).lower()))) {
            first--; // "twenty-one", "one hundred and five"
        }
        return first;
    }

    /**
     * Whether the value at {@code qs} is told as first reported: "Police initially put the death toll at 21",
     * "Kowalczyk initially said three people had died", "Officers initially confirmed that three passengers ...
     * had died". "Initially" or "originally" before a verb of telling, in the value's clause: the value is the one
     * later news replaced, whether or not the sentence gives the new one, which often follows in the next ("Later
     * in the evening, the coroner's office confirmed a fourth death").
     */
    private static boolean toldInitially(List<Token> t, int qs) {
        if (opensOnTheFirstReport(t)) {
            // the sentence's first clause: "Initially, police put the toll at 12 and the number of wounded at 40";
            // not what follows a semicolon or a "but" ("Initially 10 were reported missing; 6 remain missing")
            for (int k = 1; k < qs; k++) {
                if (t.get(k).is(";") || t.get(k).is("but")) {
                    return false;
                }
            }
            return true;
        }
        boolean told = false;
        for (int k = qs - 1; k >= Math.max(0, qs - 12); k--) {
            String w = t.get(k).lower();
            if (w.equals("but") || w.equals(";") || w.equals(".") || w.equals("while") || w.equals("although")
                    || t.get(k).isNum()) {
                return false; // another clause, or another value on the way ("initially put at 12, ... to nine")
            }
            if (TELLING.contains(w)) {
                told = true;
            } else if (told && (w.equals("initially") || w.equals("originally")
                    || w.equals("first") && k >= 1 && t.get(k - 1).is("at") && !AT_FIRST_ELSE.contains(
                            t.get(k + 1).lower()) // not "At first light, the army said 20 soldiers were killed"
                    // "Officials had earlier said 12 people were dead": a past perfect's "earlier" is the report
                    // before; a bare "earlier" dates a current one ("Earlier on Tuesday, police said 7 ...")
                    || (w.equals("earlier") || w.equals("previously")) && k >= 1 && t.get(k - 1).is("had")
                    && TELLING.contains(t.get(k + 1).lower()) // not "who had earlier been listed as missing"
                    // "An earlier report, citing a police source, said 6 people were killed"; not "The fire
                    // department, whose first report gave no numbers, said ..."
                    || REPORT_NOUNS.contains(w) && k >= 1 && EARLY.contains(t.get(k - 1).lower())
                    && (k == 1 || ARTICLES.contains(t.get(k - 2).lower())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens on its first report: "Initially, ...", "Originally, ...", "At first, local media
     * reported ..."; the comma tells it from "At first light" and "Initially trapped under rubble, ...".
     */
    private static boolean opensOnTheFirstReport(List<Token> t) {
        if (t.size() < 3) {
            return false;
        }
        // with its comma: "Initially trapped under rubble, all 9 injured were pulled free" tells no report
        return (t.get(0).is("initially") || t.get(0).is("originally")) && t.get(1).is(",")
                || t.get(0).is("at") && t.get(1).is("first") && t.get(2).is(",");
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** What "at first" dates or judges rather than reports: "at first light", "at first sight", "at first glance". */
    private static final Set<String> AT_FIRST_ELSE = Set.of("light", "sight", "glance", "hand");
    /** What tells a figure as a report: "An earlier report", "the initial estimate", "a previous statement". */
    private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "estimate", "estimates", "statement",
            "update", "bulletin", "count", "tally", "figure", "figures", "toll");
    private static final Set<String> EARLY = Set.of("earlier", "initial", "previous", "first", "original");

    /** Whether a word of {@link #EARLIER_MARKS} stands among the {@code reach} tokens before {@code qs}, in its clause. */
    private static boolean markedWithin(List<Token> t, int qs, int reach) {
        for (int k = qs - 1; k >= Math.max(0, qs - reach); k--) {
            if (EARLIER_MARKS.contains(t.get(k).lower())) {
                return true;
            }
            if (t.get(k).is(";") || t.get(k).is("but")) {
                return false; // the clause before: "Police said 3 died; an earlier report ..." is no mark of 3
            }
        }
        return false;
    }

    /** Verbs by which a figure is told or given: "initially put the toll at", "originally said", "first reported". */
    private static final Set<String> TELLING = Set.of("put", "said", "reported", "confirmed", "gave", "given",
            "told", "estimated", "announced", "counted", "listed", "stated", "recorded", "set");

    /**
     * Whether the value at {@code qs} is a figure named as given at an earlier time and then stated in the past: "The
     * toll reported on Friday was 39", "The figure released on Sunday night was seven". The count's noun, a
     * participle of giving and a past time ("on ...", "yesterday", "earlier", "last ...") come before "was".
     */
    private static boolean givenBefore(List<Token> t, int qs) {
        if (qs < 4 || !t.get(qs - 1).is("was")) {
            return false;
        }
        for (int k = qs - 2; k >= Math.max(1, qs - 9); k--) {
            if (ASIDE_VALUE.contains(t.get(k).lower()) && COUNT_NOUNS.contains(t.get(k - 1).lower())) {
                String when = t.get(k + 1).lower();
                return when.equals("on") || when.equals("yesterday") || when.equals("earlier") || when.equals("last")
                        || when.equals("in");
            }
        }
        return false;
    }

    /**
     * Whether the value at {@code o} is a figure said to have been revised: "The figure of seven (7) dead released
     * on Sunday night has been revised following ...", "put the number of injured at 15; that figure has been
     * revised". The count follows "figure of"/"toll of", or "at" after a mark of the earlier ("An earlier update"),
     * and "revised", "corrected", "lowered" or the like ({@link #REVISED}), "superseded" or "withdrawn" comes after
     * it in the sentence with "has been", "was" or "is", perhaps with "later" or "since" between.
     */
    private static boolean revisedAfter(List<Token> t, Span o) {
        int qs = o.qualStart();
        boolean named = qs >= 2 && t.get(qs - 1).is("of") && COUNT_NOUNS.contains(t.get(qs - 2).lower())
                || qs >= 1 && t.get(qs - 1).is("at") && markedWithin(t, qs, 20); // "An earlier update ... at 15"
        if (!named) {
            return false;
        }
        for (int k = o.end(); k < Math.min(t.size(), o.end() + 16); k++) {
            String w = t.get(k).lower();
            // "has been revised", "was later lowered", "has since been corrected"
            int aux = k >= 2 && LATER.contains(t.get(k - 1).lower()) ? k - 2 : k - 1;
            // a revising verb ({@link #REVISED}), or one that sets the figure aside
            boolean replaced = REVISED.contains(w) || w.equals("superseded") || w.equals("withdrawn");
            if (replaced && aux >= 0 && (t.get(aux).is("been") || t.get(aux).is("was")
                    || t.get(aux).is("is") || t.get(aux).is("were"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value linked at {@code link} ("at") is what someone "had put" or "had given" the toll as: a past
     * perfect tells the toll as it stood before the story's time ("The state's emergency management agency had put
     * the death toll at five on Wednesday morning", after "killed seven people"), even where the sentence gives no
     * later value.
     */
    private static boolean hadPut(List<Token> t, int link) {
        if (link < 4 || !t.get(link).is("at")) {
            return false;
        }
        // "had put the death toll at", "had put the toll at", "had given the number of dead at"
        for (int k = link - 1; k >= Math.max(2, link - 6); k--) {
            if (HAD_PUT.contains(t.get(k).lower()) && t.get(k - 1).is("had")) {
                for (int h = k + 1; h < link; h++) {
                    if (tollHead(t, h, link) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the value at {@code qs} is named as the earlier count: "the earlier figure was 40 dead", "replace the
     * previous count of 19 dead", "the initial toll of 12": an earlier-mark word and a count's noun just before it.
     */
    private static boolean namedEarlier(List<Token> t, int qs) {
        int k = qs - 1;
        if (k >= 0 && (t.get(k).is("was") || t.get(k).is("of") || t.get(k).is("at"))) {
            k--;
            if (k >= 0 && t.get(k).is("stood")) {
                k--;
            }
        } else {
            return false;
        }
        return k >= 1 && COUNT_NOUNS.contains(t.get(k).lower()) && EARLIER_MARKS.contains(t.get(k - 1).lower());
    }

    private static final Set<String> COUNT_NOUNS = Set.of("figure", "toll", "count", "tally", "number", "estimate",
            "total", "figures");

    private static final Set<String> HAD_PUT = Set.of("put", "given", "placed", "set", "estimated", "reported");

    /** Verbs of a count's later correction: "a figure later corrected to 13". */
    private static final Set<String> CORRECTED = Set.of("corrected", "revised", "lowered", "raised", "updated",
            "adjusted", "amended", "reduced", "increased");
    /**
     * Verbs that revise a count named as their object: "revised the figure to 17", "revising the number to 15". Not
     * "raised" or "increased": "Five people were killed in Kharkiv, raising the national toll to 90" adds to the
     * toll, and the five are Kharkiv's news.
     */
    private static final Set<String> REVISED = Set.of("corrected", "revised", "lowered", "updated", "adjusted",
            "amended", "reduced", "correcting", "revising", "lowering", "updating", "adjusting", "amending",
            "reducing");
    /** Words of a corrected count as the object of its verb: "revised the figure to 17", "revised it to 17". */
    private static final Set<String> CORRECTED_OBJECT = Set.of("the", "its", "their", "his", "her", "this", "that",
            "death", "casualty", "official", "it", "toll", "tally", "count", "number", "figure", "figures",
            "estimate");

    /**
     * Whether a later value of the same toll as {@code o} is given as its correction: "to" after a verb of
     * {@link #CORRECTED} with "later", "since" or "subsequently" before it ("a figure later corrected to 13"), or
     * after a verb of {@link #REVISED} with the count as its object ("but it later revised the figure to 17", "later
     * revising the number to 15", "but the ministry revised the toll to 17"): the object makes it a revision without
     * "later".
     */
    private static boolean correctedLater(List<Token> t, List<Span> spans, Span o) {
        for (Span n : spans) {
            int q = n.qualStart();
            if (q <= o.end() || !sameToll(t, o.end(), q) || q < 3 || !t.get(q - 1).is("to")) {
                continue;
            }
            int verb = q - 2;
            while (verb > o.end() && verb >= q - 5 && CORRECTED_OBJECT.contains(t.get(verb).lower())) {
                verb--;
            }
            if (verb < q - 2 && REVISED.contains(t.get(verb).lower())) {
                return true;
            }
            if (CORRECTED.contains(t.get(q - 2).lower())) {
                for (int k = q - 3; k >= Math.max(o.end(), q - 6); k--) {
                    if (t.get(k).is("later") || t.get(k).is("since") || t.get(k).is("subsequently")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words that open a clause about another event or another view: "..., when the toll reached 30". */
    private static final Set<String> OTHER_TOLL = Set.of("when", "whose", "who", "where", "than", "while",
            "whereas");

    /**
     * Whether a later value between tokens {@code from} and {@code to} can be the same toll's: no clause about
     * another event or view ("is the highest since 2015, when the toll reached 30", "residents who say the toll
     * has reached 40") and no count of another kind ("and the number of injured at 40") stands between. Read as
     * the toll's new value, those dropped the current toll.
     */
    private static boolean sameToll(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            String w = t.get(k).lower();
            if (OTHER_TOLL.contains(w)) {
                return false;
            }
            FigureKind kind = Lexicon.STATE.containsKey(w) ? Lexicon.STATE.get(w) : Lexicon.NOUN.get(w);
            if (kind != null && !kind.seriesClass().equals("deaths")) {
                return false;
            }
            if (forAnotherCount(t, k)) {
                return false; // "the figure for homes was later raised to 60"
            }
        }
        return true;
    }

    /** Whether token {@code k} is a figure or total named for what is not a casualty: "the figure for homes". */
    private static boolean forAnotherCount(List<Token> t, int k) {
        return (t.get(k).is("figure") || t.get(k).is("total")) && k + 1 < t.size() && t.get(k + 1).is("for")
                && !casualtyWordAt(t, k + 2);
    }

    /** Verbs that deny what follows them. */
    private static final Set<String> DENIES = Set.of("denied", "denies", "deny", "rejected", "rejects", "reject",
            "dismissed", "dismisses", "dismiss", "refuted", "refutes", "refute", "disputed", "disputes", "dispute",
            "disputing", "denying", "rejecting", "dismissing", "refuting");
    /** What a denial denies: "denied reports that", "rejected claims that". */
    private static final Set<String> CLAIMS = Set.of("that", "reports", "claims", "allegations", "suggestions",
            "rumours", "rumors", "accounts", "claim", "report");

    /**
     * Whether the figure at {@code at} is what its clause denies: "The police denied reports that 20 protesters were
     * killed", "Officials rejected claims that 100 people had died". A denial of something else ("denied
     * involvement in the strike that killed 20 people") does not name a claim right after its verb.
     */
    private static boolean denied(List<Token> t, int at) {
        // within the clause up to the figure: "dismissed the reports that 40 were killed, saying 12 died" keeps 12
        for (int k = at - 1; k >= 0 && !t.get(k).is(";") && !t.get(k).is(","); k--) {
            if (DENIES.contains(t.get(k).lower())) {
                // the figure close after the claim: "nor does he deny that he participated in the bombings three
                // days earlier that killed three people" denies taking part, not the three dead; "Hospital denies 5
                // died", "denies Russian claim that 400 soldiers died" deny the figure
                if (at - k <= 6) {
                    for (int j = k + 1; j <= k + 3 && j <= at; j++) {
                        if (j == at || CLAIMS.contains(t.get(j).lower())) {
                            return true;
                        }
                    }
                }
                // a claim named further on, the figure close after it: "The army denied a report circulating on
                // WhatsApp that 20 soldiers had been killed", "dismissed as fake news a viral claim that 11
                // protesters were shot dead"
                if (at - k <= 12) {
                    for (int j = Math.max(k + 1, at - 5); j < at; j++) {
                        if (CLAIMS.contains(t.get(j).lower()) && !t.get(j).is("that")) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        return claimCalledFalse(t, at);
    }

    /** Words that call a claim untrue: "reports of 30 deaths were exaggerated", "a figure of 300 dead was false". */
    private static final Set<String> FALSE = Set.of("false", "fake", "untrue", "baseless", "exaggerated",
            "unfounded", "incorrect", "inaccurate", "wrong", "fabricated", "misleading", "hoax", "rumour", "rumor");

    /**
     * Whether the figure at {@code at} is a claim its sentence calls untrue: "District officials said reports of 30
     * deaths from the hooch were 'exaggerated'", "The ministry said a figure of 300 dead circulating online was
     * false", "A viral post claiming 30 people died in the shooting is false". The claim stands right before the
     * number ("reports of", "a figure of", "claims that", "claiming") and the word calling it untrue later in the
     * same clause (up to a semicolon).
     */
    private static boolean claimCalledFalse(List<Token> t, int at) {
        int c = at - 1;
        if (c >= 0 && t.get(c).is("that")) {
            c--;
            // "An earlier report by state media that 20 people were killed was incorrect": the claim a few words back
            for (int b = c; b >= Math.max(0, c - 3); b--) {
                if (CLAIMS.contains(t.get(b).lower()) && !t.get(b).is("that")) {
                    c = b;
                    break;
                }
            }
        } else if (c >= 0 && t.get(c).is("of")) {
            c--;
        }
        if (c < 0 || !(CLAIMS.contains(t.get(c).lower()) && !t.get(c).is("that") || t.get(c).is("figure")
                || t.get(c).is("claiming") || t.get(c).is("alleging"))) {
            return false;
        }
        for (int k = at + 1; k < t.size() && !t.get(k).is(";"); k++) {
            if (FALSE.contains(t.get(k).lower()) || t.get(k).is("unconfirmed") || t.get(k).is("unverified")
                    || t.get(k).is("not") && k + 2 < t.size() && (t.get(k + 1).is("confirmed")
                    || t.get(k + 2).is("confirmed") || t.get(k + 1).is("verified") || t.get(k + 2).is("verified"))) {
                return true; // "Earlier reports of 300 dead ... have not been confirmed by any authority"
            }
        }
        return false;
    }

    /**
     * Whether a casualty word follows a group's number at token {@code k}, so the group is itself the count: "the 15
     * injured", "the 10 people injured". Not "died", a verb: "Twelve of the 20 passengers died" counts twelve.
     */
    private static boolean casualtyWordAt(List<Token> t, int k) {
        if (k < t.size() && (Lexicon.STATE.containsKey(t.get(k).lower())
                || Lexicon.NOUN.containsKey(t.get(k).lower()))) {
            return true;
        }
        return k + 1 < t.size() && t.get(k).isWord() && Lexicon.STATE.containsKey(t.get(k + 1).lower())
                && !t.get(k + 1).is("died");
    }

    /**
     * Where the "of" stands that makes the number at token {@code k} a group a part is counted from ("of 8", "of the
     * 20", "of the remaining 101"), or -1.
     */
    private static int groupOf(List<Token> t, int k) {
        if (k >= 1 && t.get(k - 1).is("of")) {
            return k - 1;
        }
        int the = k >= 1 && GROUP_WORDS.contains(t.get(k - 1).lower()) ? k - 2 : k - 1;
        return the >= 1 && t.get(the).is("the") && t.get(the - 1).is("of") ? the - 1 : -1;
    }

    /** Whether "who" follows the noun after token {@code end} ("12 people who died"), within three words. */
    private static boolean relativeFollows(List<Token> t, int end) {
        for (int k = end; k < Math.min(t.size(), end + 3); k++) {
            if (t.get(k).is("who")) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Words between "of the" and a group's number: "35 of the remaining 101 hostages". */
    private static final Set<String> GROUP_WORDS = Set.of("remaining", "surviving", "estimated", "reported", "total",
            "original");

    /**
     * Whether the number of span {@code s} counts no current casualties, whatever word follows it: the group a part
     * is counted from, people in another plight, deaths prevented, a rate, an earlier event compared with, a denied
     * claim, a prediction, an age.
     */
    private static boolean noCurrentCount(List<Token> t, Span s) {
        int qs = s.qualStart();
        String before = qs > 0 ? t.get(qs - 1).lower() : "";
        int of = groupOf(t, qs);
        if (of >= 1) {
            // "None of the 40 passengers on board was hurt" was sent as 40 injured; the 20 of "Twelve of the 20
            // passengers died", the 101 of "35 of the remaining 101 hostages are dead" and the 8 of "6 of 8
            // climbers found dead" are the group, not the dead
            boolean bare = of == qs - 1;
            Token part = t.get(of - 1);
            // "One of the two pilots was killed": one of the group is the count; not where the group is told as
            // the dead themselves ("one of the 12 people who died was found ...")
            boolean one = !bare && part.is("one");
            if (!bare && part.is("none") || !casualtyWordAt(t, s.end()) && !(one && relativeFollows(t, s.end()))
                    && (part.isNum() || one || !bare && Numbers.read(t, of - 1) != null)) {
                return true;
            }
        }
        if (s.end() < t.size() && NOT_CASUALTIES.contains(t.get(s.end()).lower())) {
            return true; // "The storm left 8 people dead and 100,000 without power": the 100,000 are not dead
        }
        if (PREVENTS.contains(before)) {
            return true; // "could prevent up to 50 deaths a year", "saved 12,000 lives": deaths that did not happen
        }
        if (PREDICTS.contains(before)) {
            return true; // "The model predicts 40 deaths a day by next month": a forecast, not a count
        }
        if (before.equals("turned") || before.equals("turning") || before.equals("turn")) {
            return true; // "Five people who would have turned 18 this year were killed": an age ("18 killed")
        }
        // "Smoking kills more than 480,000 Americans annually": a rate, not a count of a day; "the deadliest quake
        // since 1999, when more than 17,000 people died": that quake's toll; "Police denied reports that 20
        // protesters were killed" was sent as the police's 20
        return rate(t, s.end()) || pastComparison(t, qs) || denied(t, qs) || counterfactual(t, s)
                || statistic(t, s);
    }

    /**
     * Whether the figure is a statistic rather than an event's toll: "On average, about 20 people die in
     * avalanches in Austria each winter", "The national road toll reached 1,300 in the 12 months to June".
     */
    private static boolean statistic(List<Token> t, Span s) {
        if (t.size() > 2 && t.get(0).is("on") && t.get(1).is("average")) {
            return true;
        }
        for (int k = s.end(); k + 3 < t.size() && k < s.end() + 6; k++) {
            if (t.get(k).is("in") && t.get(k + 1).is("the") && t.get(k + 2).isNum() && t.get(k + 3).is("months")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose object a modal makes a guess: "could leave 298,000 dead", "would kill 50". */
    private static final Set<String> TOLL_VERBS = Set.of("leave", "kill", "claim", "cause");

    /**
     * Whether a modal makes the figure what might have been or might be, not a count: "a tsunami could leave
     * 298,000 dead", "Had the dam burst, as many as 50,000 people downstream could have been killed", "we would be
     * counting 60 bodies today". A modal right before a verb of a toll before the number ("could leave", "would
     * kill"); else "would" with "have" or "be", within three words before the number or six after it in its
     * clause, or another modal so when the sentence sets a condition ("Had ...", "if", "without"). A guess at
     * what did happen stays a figure: "The flood may have killed as many as 200 people", "Up to 50 people could
     * have been killed, officials said".
     */
    private static boolean counterfactual(List<Token> t, Span s) {
        int qs = s.qualStart();
        for (int k = qs - 1; k >= Math.max(0, qs - 3) && t.get(k).isWord(); k--) {
            if (isModal(t.get(k)) && (k + 1 == qs - 1 && TOLL_VERBS.contains(t.get(k + 1).lower())
                    || (t.get(k + 1).is("have") || t.get(k + 1).is("be")) && unreal(t, k))) {
                return true;
            }
        }
        for (int k = s.end(); k + 1 < t.size() && k < s.end() + 6 && t.get(k).isWord(); k++) {
            if (isModal(t.get(k)) && t.get(k + 1).is("have") && unreal(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the modal at {@code k} tells what did not happen: "would", or any modal under a condition. */
    private static boolean unreal(List<Token> t, int k) {
        if (t.get(k).is("would")) {
            return true;
        }
        if (t.get(0).is("had") || t.get(0).is("\"") && t.size() > 1 && t.get(1).is("had")) {
            return true; // "Had the dam burst, ..."
        }
        for (Token tok : t) {
            if (tok.is("if") || tok.is("without") || tok.is("unless")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence tells of a drill: "A drill at the airport simulated a crash with 150 casualties", "The
     * exercise assumed 40 dead and 200 injured in a mock earthquake". Not "drill" or "exercise" alone: soldiers are
     * killed in real ones.
     */
    private static boolean simulated(List<Token> t) {
        for (Token tok : t) {
            String w = tok.lower();
            if (w.startsWith("simulat") || w.equals("mock")) {
                return true;
            }
        }
        // a story told: "In the film, which runs for 148 minutes, seven astronauts are killed", "In the novel, ..."
        return t.size() > 3 && t.get(0).is("in") && t.get(1).is("the") && FICTION.contains(t.get(2).lower());
    }

    private static final Set<String> FICTION = Set.of("film", "movie", "novel", "book", "play", "series", "episode",
            "game", "story", "opera", "musical", "documentary", "sequel", "trailer");

    /** Words right after a number that say it counts people in some other plight: "100,000 without power". */
    private static final Set<String> NOT_CASUALTIES = Set.of("without", "homeless", "displaced", "evacuated",
            "stranded", "affected", "arrested", "detained", "rescued");
    /** Verbs whose object did not happen: "could prevent up to 50 deaths", "the policy averted 12,000 deaths". */
    private static final Set<String> PREVENTS = Set.of("prevent", "prevents", "prevented", "avert", "averts",
            "averted", "save", "saves", "saved", "assumes", "assume", "assumed");

    /**
     * Whether the words after a figure's number at {@code from} make it a rate: "a year", "each year", "annually",
     * "a day", "per week" within the clause. "a day after", "a day earlier" date something instead.
     */
    private static boolean rate(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 8; k++) {
            Token tok = t.get(k);
            if (tok.is(",") || tok.is(";") || tok.is(".")) {
                return false;
            }
            if (tok.is("annually")) {
                return true;
            }
            if ((tok.is("a") || tok.is("each") || tok.is("every") || tok.is("per")) && k + 1 < t.size()
                    && PERIODS.contains(t.get(k + 1).lower()) && !(tok.is("a") && k > 0
                    && WITHIN.contains(t.get(k - 1).lower()))) {
                // "100 killed in a day", "22 deaths in Khartoum in a week": a count over a period, not a rate
                String next = k + 2 < t.size() ? t.get(k + 2).lower() : "";
                return !(next.equals("after") || next.equals("before") || next.equals("earlier")
                        || next.equals("later") || next.equals("ago"));
            }
        }
        return false;
    }

    /** Words before "a day" that make it the period of a count: "in a day", "within a week". */
    private static final Set<String> WITHIN = Set.of("in", "within", "over", "inside", "during", "just", "single");

    /** Words that say a number after a casualty count is not more casualties: "29 survive", "12 rescued". */
    private static final Set<String> NOT_VICTIMS = Set.of("survive", "survived", "survivors", "rescued", "escaped",
            "evacuated", "destroyed", "damaged", "arrested", "detained", "displaced", "homeless", "saved", "freed");

    /** Periods of a rate: "a year", "each day". */
    private static final Set<String> PERIODS = Set.of("year", "day", "week", "month", "winter", "summer",
            "season");

    /**
     * Whether a word before a number is a verb whose object the number is: "arrested 12 people", "evacuated 300". A
     * reporting verb ("confirmed 12 people were killed") or an auxiliary introduces a subject instead.
     */
    private static boolean objectOfVerb(Token before) {
        String w = before.lower();
        return w.endsWith("ed") && before.isWord() && !Lexicon.SPEECH.contains(w) && !Lexicon.AUX.contains(w)
                && !Lexicon.STATE.containsKey(w) && !w.equals("feared");
    }

    /**
     * Whether the figure at {@code at} follows a "since 1999, when" or "in 2015, when" within its last few words:
     * the toll of the earlier event the current one is compared with.
     */
    private static boolean pastComparison(List<Token> t, int at) {
        for (int k = at - 1; k >= Math.max(3, at - 8); k--) {
            if (t.get(k).is("when") && t.get(k - 1).is(",") && t.get(k - 2).isNum()
                    && t.get(k - 2).text().matches("(?:19|20)\\d\\d")
                    && (t.get(k - 3).is("since") || t.get(k - 3).is("in"))) {
                return true;
            }
            if (t.get(k).is(";") || t.get(k).is(".")) {
                return false;
            }
        }
        return false;
    }

    /** Words of a court case: "convicted of killing", "jailed for killing", "accused of killing". */
    private static final Set<String> COURT = Set.of("convicted", "accused", "jailed", "charged", "guilty",
            "sentenced", "suspected", "arrested", "acquitted", "trial", "indicted", "imprisoned", "suspect",
            "prosecuted", "cleared");
    /** Bare forms of the active casualty verbs. */
    private static final Set<String> BARE_VERBS = Set.of("kill", "wound", "injure");

    /** Verbs that take lives: "has claimed over 220 lives", "cost 14 lives". */
    private static final Set<String> CLAIMS_LIVES = Set.of("claimed", "claims", "claiming", "cost", "costs",
            "costing", "took", "taken", "takes");
    /** Animals, whose deaths are no casualty figure: "A lightning strike killed 11 cows". */
    private static final Set<String> ANIMALS = Set.of("cows", "cattle", "sheep", "goats", "dogs", "cats", "birds",
            "animals", "livestock", "horses", "pigs", "chickens", "camels", "donkeys", "fish", "whales", "dolphins",
            "elephants", "buffaloes", "poultry", "hens", "ducks", "seals", "deer", "lambs", "calves", "bulls",
            "oxen", "mules", "turkeys", "geese", "monkeys", "lions", "tigers", "bears", "wolves", "rhinos", "giraffes",
            "zebras", "penguins", "turtles", "bees");

    /** Verbs whose object is a forecast: "The model predicts 40 deaths a day", "Officials expect 100 casualties". */
    private static final Set<String> PREDICTS = Set.of("predicts", "predicted", "predict", "forecasts", "forecast",
            "projects", "projected", "expects", "expect", "anticipates", "anticipate");

    /** Bare verbs of a toll changing, as a forecast has them: "could rise to 500", "is expected to hit 1,000". */
    private static final Set<String> FORECAST_VERBS = Set.of("rise", "climb", "reach", "hit", "top", "pass",
            "exceed", "surpass", "grow", "jump", "increase", "go", "double", "soar", "be");
    /** Words before "to" that make its bare verb a forecast: "expected to rise", "set to climb", "due to reach". */
    private static final Set<String> FORECAST_TO = Set.of("expected", "expect", "expects", "likely", "unlikely",
            "set", "due", "poised", "feared", "projected", "forecast", "predicted", "tipped", "bound", "threatens",
            "threatening", "threaten", "going");

    /**
     * Whether the toll link at {@code link} is a forecast's or a counterfactual's: "The death toll could rise to
     * 500", "is expected to climb to 100", "may yet hit 1,000", "would have reached 500 without the evacuation".
     * Read as the toll, the warning was sent as "500 dead". A "to" alone is no forecast: "continued to rise to 80",
     * "caused the death toll to rise to 80" tell what happened.
     */
    private static boolean forecast(List<Token> t, int link) {
        int v = t.get(link).is("to") || t.get(link).is("at") || t.get(link).is("past") ? link - 1 : link;
        if (v < 1) {
            return false;
        }
        int m = skipAdverbs(t, v - 1);
        if (m < 0) {
            return false;
        }
        if (FORECAST_VERBS.contains(t.get(v).lower())) {
            if (isModal(t.get(m))) {
                return true;
            }
            if (t.get(m).is("to") && m >= 1) {
                int before = skipAdverbs(t, m - 1);
                return before >= 0 && FORECAST_TO.contains(t.get(before).lower());
            }
            return false;
        }
        return t.get(m).is("have") && m >= 1 && t.get(m - 1).is("would");
    }

    /** The index of the word at or before {@code k} that is not an adverb of a verb group ("could soon rise"). */
    private static int skipAdverbs(List<Token> t, int k) {
        while (k >= 0 && (t.get(k).lower().endsWith("ly") && !t.get(k).is("likely") && !t.get(k).is("unlikely")
                || t.get(k).is("soon") || t.get(k).is("well") || t.get(k).is("further") || t.get(k).is("even")
                || t.get(k).is("still") || t.get(k).is("yet"))) {
            k--;
        }
        return k;
    }

    /** Modals that make "be killed" a forecast: "Up to 1,000 people could be killed if the dam bursts". */
    private static final Set<String> MODALS = Set.of("could", "may", "might", "will", "should", "must", "can");
    /** Whether a word is a modal of a forecast or a counterfactual: {@link #MODALS} or "would". */
    private static boolean isModal(Token tok) {
        return MODALS.contains(tok.lower()) || tok.is("would");
    }

    /** States that happen, as a forecast has them; "may be dead", "could be missing" are guesses at the present. */
    private static final Set<String> EVENT_STATES = Set.of("killed", "wounded", "injured", "hurt", "drowned");

    /**
     * Whether the verb group before the state at {@code state} makes its figure a forecast or a counterfactual:
     * "could be killed", "will be injured", "would have died without the vaccine". Sent as tolls, a warning read
     * "50,000 killed in Istanbul". "may have been killed" and "are feared dead" are estimates of what happened.
     */
    private static boolean hypothetical(List<Token> t, int from, int state) {
        for (int j = from; j < state; j++) {
            if (t.get(j).is("would")) {
                return true;
            }
            if (MODALS.contains(t.get(j).lower()) && t.get(j + 1).is("be")
                    && EVENT_STATES.contains(t.get(state).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Participles that give a toll's value in an aside: "The death toll, put at 12 on Monday, ...". */
    private static final Set<String> ASIDE_VALUE = Set.of("put", "given", "estimated", "reported", "set", "listed",
            "announced", "confirmed");

    /**
     * Whether the words before token {@code at} mark what follows as first reported: "It was initially reported
     * that 20 people were killed, but ...", "Authorities had originally said 20 people died, but ...". Not "earlier"
     * or "first", which as often date the current report ("earlier on Monday", "the first rescuers").
     */
    private static boolean markedBefore(List<Token> t, int at) {
        for (int k = 0; k < at; k++) {
            if (t.get(k).is("initially") || t.get(k).is("originally") || t.get(k).is("previously")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens on the past: "At first, ...", "Earlier, ...", "Initially ...", "Originally ...".
     * Not "At first light": the comma is required where the words also open a time of day.
     */
    private static boolean opensOnThePast(List<Token> t) {
        return t.size() > 3 && (t.get(0).is("at") && t.get(1).is("first") && t.get(2).is(",")
                || t.get(0).is("earlier") && t.get(1).is(",")
                || t.get(0).is("initially") || t.get(0).is("originally"));
    }

    /**
     * Whether {@code s} is joined to {@code before} as one more count of a list: "21 deaths and 96 injuries",
     * "21 deaths, 96 injuries": at most two words (its noun) between them, then "and" or a comma.
     */
    private static boolean coordinated(List<Token> t, Span before, Span s) {
        int link = s.qualStart() - 1;
        if (link <= before.end() || link - before.end() > 2 || !(t.get(link).is("and") || t.get(link).is(","))) {
            return false;
        }
        for (int k = before.end(); k < link; k++) {
            if (!t.get(k).isWord() || Lexicon.AUX.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words before "up to N" that make "up" a direction, not "at most": "revised the toll up to 20". */
    private static final Set<String> UP_AS_DIRECTION = Set.of("toll", "tally", "count", "figure", "figures",
            "revised", "revises", "raised", "raises", "pushed", "pushes", "brought", "brings");

    /** "the death toll has risen to 21", "the number of dead now stands at 35", "toll includes 90 children". */
    private static Hit toll(List<Token> t, Span s, List<Span> spans, List<Span> earlier) {
        int qs = s.qualStart();
        if (qs == 0 || !Lexicon.TOLL_LINK.contains(t.get(qs - 1).lower())) {
            return null;
        }
        // The toll noun is sought back to the number before this one, which would own it - except the old value of
        // "rose from 227 to 1,035": that is this toll's own history, and stopping at it lost the toll (no figure).
        // The look-back counts its words without the "from 227" it steps over, as if the toll "rose to 1,035".
        int floor = 0;
        int stepped = 0;
        for (Span o : spans) {
            if (o.end() <= qs && o != s) {
                if (o.end() == qs - 1 && t.get(qs - 1).is("to") && o.qualStart() > 0
                        && t.get(o.qualStart() - 1).is("from")) {
                    stepped = qs - o.qualStart();
                } else if (earlier.contains(o)) {
                    stepped += o.end() - o.qualStart() + 5; // the value, its link and the words that mark it
                } else {
                    floor = Math.max(floor, o.end());
                }
            }
        }
        // Past 14 words only an unbroken run of words reaches the toll: "The death toll from a rocket strike on the
        // railway station in the eastern Ukrainian city of Kramatorsk has been revised down to 35" (a wire's lead);
        // a comma or a reporting verb on the way is another clause's ("..., and the rescuers said they had reached").
        int reach = qs - 14 - stepped;
        boolean unbroken = true;
        for (int k = qs - 1; k >= Math.max(floor, reach - 10); k--) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return null;
            }
            unbroken &= tok.isWord() && !Lexicon.SPEECH.contains(w);
            if (k < reach && !unbroken) {
                return null;
            }
            FigureKind kind = tollHead(t, k, qs);
            if (kind == null && forAnotherCount(t, k)) {
                return null; // "the figure for homes was later raised to 60": another count's
            }
            Hit told = kind == null && t.get(k).is("figure") ? earlierTold(t, qs, earlier)
                    // "A further 11 deaths were reported, bringing the total to 89": the total counts what the
                    // sentence's count just before it did, however small a part of it that was
                    : kind == null && t.get(k).is("total") && k > 0 && t.get(k - 1).is("the")
                    ? nearestTold(t, k, -1, spans) : null;
            if (told == null && kind == null && (t.get(k).is("figure") || t.get(k).is("number")) && k > 0
                    && (t.get(k - 1).is("the") || k > 1 && t.get(k - 2).is("the")
                    && COUNT_ADJECTIVES.contains(t.get(k - 1).lower())) && !t.get(k + 1).is("of")) {
                // "Police said 14 people were killed, but the governor put the figure at 19": a rival's or a
                // later count of what the count just before it counted
                told = nearestTold(t, k, s.value(), spans);
            }
            if (told != null) {
                // "Officials initially said 11 people had died, but later revised the figure to eight": the
                // figure is the earlier value's count, of its kind and its people
                kind = told.kind();
            }
            if (kind != null) {
                int[] np = nounPhrase(t, s.end());
                if (np == null) {
                    return null;
                }
                String counted = told != null ? told.who() : numberOfWho(t, k);
                String who = np[1] > np[0] ? who(t, np[0], np[1], null) : counted != null ? counted : "people";
                return new Hit(kind, who, Math.max(np[1] - 1, s.end() - 1));
            }
        }
        return null;
    }

    /**
     * What an earlier value told before token {@code limit} counts, when one of {@code earlier} stands there and
     * reads as a count of its own ("said 11 people had died", "its earlier figure of 70 deaths"); null otherwise.
     */
    private static Hit earlierTold(List<Token> t, int limit, List<Span> earlier) {
        for (Span o : earlier) {
            if (o.end() <= limit) {
                Hit h = active(t, o, null);
                if (h == null) {
                    h = subject(t, o, null);
                }
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    /**
     * What the count nearest before token {@code limit} counts, when it reads as a count of casualties and
     * {@code value} is within a factor of ten of it (unless {@code value} is negative: a total may be any multiple
     * of a part): a rival or later count of the same dead is of their order, while "2 million people had fled and
     * 14 were killed; the figure rose to 2.5 million" is the refugees'. Null otherwise: only the nearest count is
     * asked, as an older one may count something else ("Two people died, and police said 1,300 people had been
     * detained; the total rose to 1,500").
     */
    private static Hit nearestTold(List<Token> t, int limit, long value, List<Span> spans) {
        Span nearest = null;
        for (Span o : spans) {
            if (o.end() <= limit && (nearest == null || o.end() > nearest.end())) {
                nearest = o;
            }
        }
        if (nearest == null || value >= 0 && (value > nearest.value() * 10 || value * 10 < nearest.value())) {
            return null;
        }
        return earlierTold(t, limit, List.of(nearest));
    }

    /**
     * Who "the number of civilians killed" counts when the figure itself names no one ("... rose to 1,500"):
     * the words between "of" and the casualty word at {@code k}, up to a preposition, a conjunction or another
     * casualty word ("the number of dead and wounded" names no one); null when there are none.
     */
    private static String numberOfWho(List<Token> t, int k) {
        for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
            if (t.get(b).is("number") && t.get(b + 1).is("of")) {
                int e = b + 2;
                while (e < k && t.get(e).isWord() && casualtyClass(t.get(e).lower()) == null
                        && !t.get(e).is("and") && !t.get(e).is("or") && !Lexicon.PREP.contains(t.get(e).lower())) {
                    e++;
                }
                return e > b + 2 ? who(t, b + 2, e, null) : null;
            }
        }
        return null;
    }

    /**
     * What the toll noun at {@code k} counts, or null when {@code k} is not one; the figure's number starts at
     * {@code limit}. A head coordinated with a casualty word of another class counts both ("the number of people
     * killed or injured", "the toll of dead and injured", "the death and injury toll"): that combined total is
     * {@link FigureKind#CASUALTIES}, not a death toll - reading its first word alone sent 420 killed and injured
     * as 420 killed.
     */
    private static FigureKind tollHead(List<Token> t, int k, int limit) {
        String w = t.get(k).lower();
        if (w.equals("toll") || w.equals("tally") || w.equals("count")) {
            String b = k > 0 ? t.get(k - 1).lower() : "";
            FigureKind kind = switch (b) {
                case "death" -> FigureKind.DEAD;
                case "casualty", "civilian" -> FigureKind.CASUALTIES;
                case "injury" -> FigureKind.INJURED;
                default -> w.equals("toll") ? FigureKind.DEAD : null;
            };
            // the classes counted stand before the head ("death and injury toll") or after it ("toll of dead and
            // injured")
            boolean mixed = casualtyClass(b) != null ? mixed(t, k - 1, limit)
                    : k + 2 < limit && t.get(k + 1).is("of") && casualtyClass(t.get(k + 2).lower()) != null
                    && mixed(t, k + 2, limit);
            return kind != null && mixed ? FigureKind.CASUALTIES : kind;
        }
        if (w.equals("deaths") || w.equals("fatalities") || w.equals("dead") || w.equals("casualties")
                || w.equals("killed") || w.equals("injured") || w.equals("wounded") || w.equals("missing")
                || w.equals("unaccounted")) {
            // head of "the number of X": the number of dead, of people killed, of deaths
            boolean numberOf = false;
            for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
                if ((t.get(b).is("number") || t.get(b).is("list")) && b + 1 < t.size() && t.get(b + 1).is("of")) {
                    numberOf = true; // "the number of people unaccounted for", "the list of the missing"
                    break;
                }
            }
            boolean bareNoun = (w.equals("deaths") || w.equals("fatalities") || w.equals("casualties"))
                    && (k == 0 || !t.get(k - 1).isNum());
            if (!numberOf && !bareNoun) {
                return null;
            }
            if (mixed(t, k, limit)) {
                return FigureKind.CASUALTIES;
            }
            FigureKind kind = Lexicon.NOUN.get(w);
            return kind != null ? kind : Lexicon.STATE.get(w);
        }
        return null;
    }

    /** Series class ({@link FigureKind#seriesClass}) of a casualty word in a toll phrase, else null. */
    private static String casualtyClass(String w) {
        FigureKind kind = Lexicon.STATE.get(w);
        if (kind == null) {
            kind = Lexicon.NOUN.get(w);
        }
        if (kind != null) {
            return kind.seriesClass();
        }
        return switch (w) {
            case "death" -> "deaths";
            case "injury" -> "injuries";
            case "casualty" -> "casualties";
            default -> null;
        };
    }

    /**
     * Whether the casualty word at {@code a} is coordinated, before token {@code limit}, with a casualty word of
     * another class: "killed or injured", "deaths and injuries", "killed, injured or missing", "dead and wounded".
     * Before {@code a} only "and"/"or" join, and not after a verb or a number: "Thirty were injured and deaths rose
     * to 12" is two figures, the second a death toll.
     */
    private static boolean mixed(List<Token> t, int a, int limit) {
        String cls = casualtyClass(t.get(a).lower());
        for (int j = a + 1; j + 1 < limit; j += 2) {
            String link = t.get(j).lower();
            String other = casualtyClass(t.get(j + 1).lower());
            if (!(link.equals("and") || link.equals("or") || link.equals(",")) || other == null) {
                break;
            }
            if (!other.equals(cls)) {
                return true;
            }
        }
        for (int j = a - 1; j >= 1; j -= 2) {
            String link = t.get(j).lower();
            String other = casualtyClass(t.get(j - 1).lower());
            if (!(link.equals("and") || link.equals("or")) || other == null
                    || (j >= 2 && (t.get(j - 2).isNum() || PREDICATE_AUX.contains(t.get(j - 2).lower())))) {
                break;
            }
            if (!other.equals(cls)) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries that make the casualty word after them a predicate ("were injured"), not part of a toll noun. */
    private static final java.util.Set<String> PREDICATE_AUX = java.util.Set.of(
            "were", "was", "are", "is", "be", "been", "being", "have", "has", "had");

    /**
     * A running total after a count of its own kind: "two more bodies found in Mati, making 76 in total", "..., 
     * bringing the dead to 30 in all" counts what the count before it counted.
     */
    private static Hit inTotal(List<Token> t, Span s, List<Span> spans) {
        int qs = s.qualStart();
        int e = s.end();
        if (qs < 1 || !(t.get(qs - 1).is("making") || t.get(qs - 1).is("bringing") || t.get(qs - 1).is("taking"))
                || e + 1 >= t.size() || !t.get(e).is("in") || !(t.get(e + 1).is("total") || t.get(e + 1).is("all"))) {
            return null;
        }
        Hit told = nearestTold(t, qs - 1, -1, spans);
        return told == null ? null : new Hit(told.kind(), "people", e + 1);
    }

    /** Verbs after which a rival gives a bare number: "while the government said 13". */
    private static final Set<String> RIVAL_VERBS = Set.of("said", "says", "reported", "reports", "counted",
            "counts", "gave", "gives", "claimed", "claims", "estimated", "estimates", "recorded", "records");

    /**
     * A rival's bare number for the count told before it: "Residents said 20 people were killed, while the
     * government said 13", "The health ministry said 40 people were killed; the army said 12", "Officials said 5
     * people died, though local media reported 9". The number follows the rival's verb and ends its clause, and
     * the sentence holds exactly one count before it, of the same order (within a factor of ten, as for "the
     * figure"); the number counts what that count counted, and its claimant is the rival. Before, the rival's
     * number gave nothing, so a lower official count beside a higher one went unseen.
     */
    private static Hit rival(List<Token> t, Span s, List<Span> spans) {
        int qs = s.qualStart();
        int e = s.end();
        if (qs < 2 || !RIVAL_VERBS.contains(t.get(qs - 1).lower()) || e < t.size() && !t.get(e).is(".")
                && !t.get(e).is(",") && !t.get(e).is(";") && !t.get(e).is(")")) {
            return null;
        }
        int before = 0;
        for (Span o : spans) {
            if (o.end() < qs) {
                before++;
            }
        }
        Hit told = before == 1 ? nearestTold(t, qs - 1, s.value(), spans) : null;
        return told == null ? null : new Hit(told.kind(), told.who(), e - 1);
    }

    /** Words between "the" and "number" or "figure" of a rival or later count: "the confirmed number was eight". */
    private static final Set<String> COUNT_ADJECTIVES = Set.of("confirmed", "official", "correct", "latest",
            "revised", "final", "actual", "true", "verified", "updated");

    /** Ordinal words up to twentieth: "a seventh person has died". */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /** Who a running count's ordinal counts, and who the toll then counts: "a seventh person", "a sixth child". */
    private static final Map<String, String> ORDINAL_WHO = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("victim", "people"), Map.entry("body", "people"),
            Map.entry("child", "children"), Map.entry("man", "men"), Map.entry("woman", "women"),
            Map.entry("patient", "patients"), Map.entry("student", "students"), Map.entry("worker", "workers"),
            Map.entry("firefighter", "firefighters"), Map.entry("soldier", "soldiers"),
            Map.entry("officer", "officers"),
            Map.entry("resident", "residents"), Map.entry("passenger", "passengers"), Map.entry("pupil", "pupils"),
            Map.entry("teenager", "teenagers"), Map.entry("boy", "boys"), Map.entry("girl", "girls"),
            Map.entry("hiker", "hikers"), Map.entry("climber", "climbers"), Map.entry("miner", "miners"));

    /**
     * A running toll told by an ordinal: "A seventh person has died of injuries sustained in the parade shooting",
     * "an 11th victim had died in hospital", "NSW Police have confirmed a second death", "A sixth child has died":
     * the toll is the ordinal's number. Only after "a" or "an" (a new one of a series, not "the third victim"),
     * from the second on, and only in a sentence with no number of its own (the caller's condition), which would
     * tell the toll itself.
     */
    private static void ordinalDeath(List<Token> t, String previous, String sentence, List<Figure> out) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!t.get(i - 1).is("a") && !t.get(i - 1).is("an")) {
                continue;
            }
            int value = ordinalValue(t.get(i).lower());
            if (value < 2) {
                continue;
            }
            int k = i + 1;
            String who;
            if (t.get(k).is("death") || t.get(k).is("fatality")) {
                who = "people"; // "a second death"
            } else if (ORDINAL_WHO.containsKey(t.get(k).lower())) {
                who = ORDINAL_WHO.get(t.get(k).lower());
                int v = k + 1;
                while (v < t.size() && v < k + 4 && (t.get(v).is("has") || t.get(v).is("had") || t.get(v).is("have")
                        || t.get(v).is("was") || t.get(v).is("been") || t.get(v).is("now") || t.get(v).is("also"))) {
                    v++;
                }
                if (v >= t.size() || !(t.get(v).is("died") || t.get(v).is("killed") || t.get(v).is("dead")
                        || t.get(v).is("found") && v + 1 < t.size() && t.get(v + 1).is("dead")
                        || t.get(v).is("succumbed"))) {
                    continue;
                }
            } else {
                continue;
            }
            out.add(new Figure(value, null, Qualifier.NONE, FigureKind.DEAD, who, place(t, i, k + 1),
                    Attribution.of(t, previous, i), sentence));
            return;
        }
    }

    private static int ordinalValue(String w) {
        int named = ORDINALS.indexOf(w);
        if (named >= 0) {
            return named + 1;
        }
        if (w.length() >= 3 && w.length() <= 4 && Character.isDigit(w.charAt(0))
                && (w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th") || w.endsWith("st"))) {
            try {
                return Integer.parseInt(w.substring(0, w.length() - 2));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Labels of a fact box's counts, and what each counts: "Killed: 2", "Injured: 13", "Missing: 6", "Bodies: 4": the
     * counted nouns ({@link Lexicon#NOUN}) and "hurt".
     */
    private static final Map<String, FigureKind> LABELS = labels();

    private static Map<String, FigureKind> labels() {
        Map<String, FigureKind> labels = new java.util.HashMap<>(Lexicon.NOUN);
        labels.put("hurt", FigureKind.INJURED);
        return Map.copyOf(labels);
    }

    /** Words a fact box puts before its label: "Confirmed deaths: 212", "Total dead: 14". */
    private static final Set<String> LABEL_MODIFIERS = Set.of("confirmed", "total", "reported", "known");

    /** What opens one item of a fact box: the sentence's start or one of these after the item before. */
    private static final Set<String> ITEM_OPENERS = Set.of(";", ",", "|", "-", "–", "—", "(", "/", "•", "·");

    /**
     * A fact box's count, a label and a colon before the number: "Killed: 2. Injured: 13.", "Casualties so far -
     * dead: 14, injured: 40, missing: 6", "Death toll: 27", "Gaza death toll: 30,000". A bare label ("Killed:")
     * counts only where an item of the box opens (the sentence's start, or after ";", ",", a dash, a bar, ...),
     * so that "the numbers: 5 killed" or "three things: 2 dead ..." are read by the other rules; a "death toll"
     * is its own label wherever it stands. What follows the number is what it counts ("Missing: 6 fishermen"),
     * and a count of things ("Missing: 6 boats") gives nothing. A cell of a box may go without the colon when
     * the number ends it: "Confirmed deaths 212 | Missing 34 | Injured 1,100".
     */
    private static Hit labelled(List<Token> t, Span s) {
        int qs = s.qualStart();
        // a colon, or a dash between a box's label and its count: "THE TOLL: Dead - 23; Missing - 1"
        boolean colon = qs >= 2 && (t.get(qs - 1).is(":") || DASHES.contains(t.get(qs - 1).lower())
                && LABELS.containsKey(t.get(qs - 2).lower()) && (qs == 2 || opensItem(t, qs - 3)));
        // without a colon only a box's cell, a label and a number alone between bars or semicolons: "Confirmed
        // deaths 212 | Missing 34 | Injured 1,100"
        boolean cell = !colon && qs >= 1 && (s.end() == t.size() || ITEM_OPENERS.contains(t.get(s.end()).lower())
                && !t.get(s.end()).is("-") && !t.get(s.end()).is(","));
        if (!colon && !cell) {
            return null;
        }
        int k = colon ? qs - 2 : qs - 1;
        String w = t.get(k).lower();
        FigureKind kind;
        String labelWho = null;
        if (w.equals("toll") && k > 0 && t.get(k - 1).is("death")) {
            kind = FigureKind.DEAD; // a death toll needs no opening: "Turkey earthquake death toll: 2,946"
        } else {
            kind = LABELS.get(w);
            int start = k > 0 && LABEL_MODIFIERS.contains(t.get(k - 1).lower()) ? k - 1 : k;
            if (kind == null || start > 0 && !opensItem(t, start - 1)) {
                // a label with words about it, after a colon only: "Children killed: 19", "Total deaths since
                // January: 5,321", "Deaths this week: 87", "missing under the rubble: up to 40"
                int label = colon ? phraseLabel(t, k) : -1;
                if (label < 0) {
                    return null;
                }
                kind = LABELS.get(t.get(label).lower());
                String before = label > 0 ? t.get(label - 1).lower() : "";
                // who the label counts: "Children killed: 19", "Palestinians killed in the West Bank this year: 592"
                labelWho = LABEL_PEOPLE.contains(before) || before.length() > 3 && before.endsWith("s")
                        && !before.endsWith("ss") && t.get(label - 1).isWord() && !LABELS.containsKey(before)
                        ? before : null;
            }
        }
        int[] np = nounPhrase(t, s.end());
        if (np == null) {
            return null;
        }
        String who = np[1] > np[0] ? who(t, np[0], np[1], null) : labelWho != null ? labelWho : "people";
        return new Hit(kind, who, Math.max(np[1] - 1, s.end() - 1));
    }

    /** Whether "of them" or "of whom" stands at token {@code k}: a part of the people just counted. */
    private static boolean ofThem(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).is("of") && (t.get(k + 1).is("them") || t.get(k + 1).is("whom"));
    }

    /** Whether token {@code k} opens an item of a fact box: one of {@link #ITEM_OPENERS}, or a box title's colon. */
    private static boolean opensItem(List<Token> t, int k) {
        return ITEM_OPENERS.contains(t.get(k).lower()) || t.get(k).is(":");
    }

    /**
     * The label word of a fact box's item whose words end at {@code k}, before its colon: one word of
     * {@link #LABELS} among at most five words that open an item ("Key figures: Drowning deaths: 14"); -1 if none.
     */
    private static int phraseLabel(List<Token> t, int k) {
        int label = -1;
        int open = k;
        // up to five words after an item's opening; up to nine (a date's number among them) opening the sentence:
        // "Palestinians killed in the West Bank this year: 592", "Journalists killed since Oct 7: 128"
        while (open >= 0 && k - open < 9) {
            Token tok = t.get(open);
            if (!tok.isWord() && !tok.isNum() || BE_HAVE.contains(tok.lower())) {
                break; // a label is a noun phrase: "have been confirmed dead in the floods: two ..." is a clause
            }
            if (LABELS.containsKey(tok.lower())) {
                if (label >= 0) {
                    return -1; // "killed and injured": two counts told as one
                }
                label = open;
            }
            open--;
        }
        return label >= 0 && (open < 0 || k - open <= 5 && opensItem(t, open)) ? label : -1;
    }

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    /** The verbs that make a label's words a clause. */
    private static final Set<String> BE_HAVE = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had");

    /** Who a label before its casualty word counts: "Children killed: 19", "Women killed: 11". */
    private static final Set<String> LABEL_PEOPLE = Set.of("children", "women", "men", "civilians", "soldiers",
            "journalists", "students", "workers", "migrants", "passengers", "police", "officers", "patients");

    /** "lost 15,800 soldiers" (military losses), "bodies of 24 people", "claimed the lives of 12". */
    private static Hit losses(List<Token> t, Span s) {
        int qs = s.qualStart();
        if (qs == 0) {
            return null;
        }
        String b1 = t.get(qs - 1).lower();
        String b2 = qs > 1 ? t.get(qs - 2).lower() : "";
        int[] np = nounPhrase(t, s.end());
        if (np == null) {
            return null;
        }
        if (b1.equals("lost") || b1.equals("losing") || b1.equals("loses")) {
            boolean personnel = false;
            for (int k = np[0]; k < np[1]; k++) {
                personnel |= Lexicon.PERSONNEL.contains(t.get(k).lower());
            }
            if (!personnel) {
                return null;
            }
            return new Hit(FigureKind.CASUALTIES, loser(t, qs - 1, who(t, np[0], np[1], null)), np[1] - 1);
        }
        if (b1.equals("of") && (b2.equals("bodies") || b2.equals("deaths") || b2.equals("remains"))) {
            return new Hit(FigureKind.DEAD, who(t, np[0], np[1], null), np[1] - 1);
        }
        if (b1.equals("of") && b2.equals("lives")) {
            return new Hit(FigureKind.KILLED, who(t, np[0], np[1], null), np[1] - 1);
        }
        return null;
    }

    /**
     * "Russia has lost 15,800 soldiers", "the Russian invaders had lost 5,840 personnel": the subject of "lost" is
     * the side that lost them, so bare "soldiers" takes its nationality ("russian soldiers"). The subject is read
     * back from {@code lost} over auxiliaries, at most three words, and must be a country or nationality.
     */
    private static String loser(List<Token> t, int lost, String who) {
        if (!who.equals("soldiers")) {
            return who;
        }
        int k = lost - 1;
        while (k >= 0 && Lexicon.AUX.contains(t.get(k).lower())) {
            k--;
        }
        for (int j = k; j >= 0 && j > k - 3 && t.get(j).isWord(); j--) {
            String w = t.get(j).lower();
            String key = Claimants.canonical(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            String nationality = Claimants.demonym(key);
            if (nationality == null && (w.equals("russian") || w.equals("ukrainian"))) {
                nationality = w;
            }
            if (nationality != null) {
                return nationality + " soldiers";
            }
        }
        return who;
    }

    /**
     * A number that continues the figure before it: "and two teachers", ", including six children", "among
     * them 9 children". Not "up from 1,514": that is the figure's earlier value ({@link #extractSentence}).
     */
    private static Hit inherit(List<Token> t, Span s, FigureKind kind, String prevWho, int prevLast,
                               int prevAside) {
        int qs = s.qualStart();
        // inside the figure's own aside ("Ten people, including three children, were killed") the part follows
        // the aside's opening comma, not the figure's last token
        int gapFrom = prevAside >= 0 && qs > prevAside && s.end() <= prevLast ? prevAside : prevLast + 1;
        int fatally = s.end() + (s.end() + 2 < t.size() && t.get(s.end()).is("of") && t.get(s.end() + 1).is("them")
                ? 2 : 0);
        if (fatally < t.size() && t.get(fatally).is("fatally")) {
            // "Nine people were shot, one fatally", "19 shot, 3 of them fatally": the part that died
            return new Hit(FigureKind.KILLED, prevWho, fatally, -1, true);
        }
        if (s.end() < t.size() && t.get(s.end()).is("of")) {
            // "At least 8 people were killed in the drone strike, two of them children": a part, named after its
            // whole; "two of them critically" describes a subset, not counted again
            int[] who = s.end() + 2 < t.size() && ofThem(t, s.end()) && qs > 0 && t.get(qs - 1).is(",")
                    && s.value() >= 2 ? nounPhrase(t, s.end() + 2) : null;
            // (not "one of them American David Berry": a person named, no count)
            boolean named = who != null && who[1] > who[0] && !t.get(who[1] - 1).lower().endsWith("ly")
                    && (who[1] == t.size() || t.get(who[1]).is(",") || t.get(who[1]).is("."));
            for (int k = prevLast + 1; named && k < qs; k++) {
                named = !t.get(k).isNum() && !Lexicon.AUX.contains(t.get(k).lower());
            }
            return named ? new Hit(kind, who(t, who[0], who[1], prevWho), who[1] - 1, -1, true) : null;
        }
        if (s.end() < t.size() && injuryPhrase(t, s.end()) > 0) {
            return null; // "14 people were taken to hospital with injuries, two in critical condition": a subset
        }
        int[] np = nounPhrase(t, s.end());
        if (np == null) {
            return null;
        }
        for (int k = np[0]; k <= np[1] && k < t.size(); k++) {
            String w = t.get(k).lower();
            if (NOT_VICTIMS.contains(w) || k < np[1] && w.endsWith("ed") && !Lexicon.STATE.containsKey(w)) {
                // "24 killed, 12,000 structures destroyed", "crash kills 38, 29 survive": not more of the killed
                return null;
            }
        }
        if (np[1] < t.size() && t.get(np[1]).is("who")) {
            // "the toll stands at 23 dead and 111 people who were treated in hospital": the clause tells what
            // happened to them, not the figure before
            return null;
        }
        if (np[1] < t.size() && Lexicon.SPEECH.contains(t.get(np[1]).lower())
                && !(np[1] + 1 < t.size() && t.get(np[1] + 1).is("to"))) {
            // "Thirty soldiers were killed, two security sources told Reuters": the number counts who reported it
            // (a "2 security sources killed" was sent), unlike "Five people said to have died"
            return null;
        }
        if (np[1] < t.size() && Lexicon.AUX.contains(t.get(np[1]).lower())) {
            // "and nine others remain trapped": the number heads a clause of its own - unless that clause only
            // says who the victims were: "Of the 10,582 civilians killed, 587 were children"
            boolean partition = np[1] == s.end() && np[1] + 1 < t.size() && (t.get(np[1]).is("were")
                    || t.get(np[1]).is("are") || t.get(np[1]).is("was")) && prevLast + 1 == qs - 1
                    && t.get(qs - 1).is(",") && t.get(np[1] + 1).isWord()
                    && !Lexicon.STATE.containsKey(t.get(np[1] + 1).lower());
            if (!partition) {
                return null;
            }
            int[] who = nounPhrase(t, np[1] + 1);
            return new Hit(kind, who == null ? prevWho : who(t, who[0], who[1], prevWho), who == null
                    ? np[1] : Math.max(who[1] - 1, np[1]));
        }
        for (int k = np[0]; k < np[1]; k++) {
            if (Lexicon.NOT_VICTIM.contains(t.get(k).lower())) {
                return null;
            }
        }
        boolean part = false;
        boolean inAside = gapFrom == prevAside && qs > prevAside;
        StringBuilder gap = new StringBuilder();
        for (int k = gapFrom; k < qs; k++) {
            if (!gap.isEmpty()) {
                gap.append(' ');
            }
            // the aside's opening dash or bracket reads as its comma: "Eleven Palestinians - among them two ..."
            gap.append(k == gapFrom && inAside ? "," : t.get(k).lower());
        }
        if (inAside && partsListed(t, gapFrom + 1, qs)) {
            // "Eight people - six adults and two children - were wounded": each a part of the eight
            return new Hit(kind, who(t, np[0], np[1], prevWho), Math.max(np[1] - 1, s.end() - 1), -1, true);
        }
        switch (gap.toString()) {
            case "and", ",", ", and" -> {
            }
            case "including", ", including", "among them", ", among them", "of whom", ", of whom", "( including",
                 "( incl .", "( incl", "( incl.", "( of whom", "( among them",
                 "among whom", ", among whom" -> part = true;
            default -> {
                if (!placeByPlace(t, gapFrom, qs, s.end())) {
                    return null;
                }
            }
        }
        return new Hit(kind, who(t, np[0], np[1], prevWho), Math.max(np[1] - 1, s.end() - 1), -1, part);
    }

    /**
     * Whether the tokens {@code [from, to)} inside a figure's aside are nothing or parts listed before this one:
     * "six adults and", "two Kenyans and a" (an opening "including" or "among them" is the switch's).
     */
    private static boolean partsListed(List<Token> t, int from, int to) {
        if (from >= to) {
            return true; // the aside opens on this number: ", two Kenyans and a Somali national,"
        }
        if (Numbers.read(t, from) == null) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (!(tok.isWord() || tok.isNum() || w.equals(",")) || Lexicon.AUX.contains(w)
                    || Lexicon.STATE.containsKey(w)) {
                return false;
            }
        }
        return t.get(to - 1).is("and") || t.get(to - 1).is(",");
    }

    /** Prepositions of a place in a list of counts by place. */
    private static final Set<String> AT_PLACE = Set.of("in", "at", "near");

    /**
     * Whether the words between a figure and the number at {@code qs} close the figure's place and the number has a
     * place of its own the same way: "killed at least 5 people in Cuba and 3 in Jamaica", "Three Palestinians were
     * killed in Jenin and 2 in Tubas". The number is more of the same kind, in another place.
     */
    private static boolean placeByPlace(List<Token> t, int gapFrom, int qs, int end) {
        if (qs - gapFrom < 3 || !AT_PLACE.contains(t.get(gapFrom).lower()) || !t.get(qs - 1).is("and")
                || end + 1 >= t.size() || !AT_PLACE.contains(t.get(end).lower()) || !t.get(end + 1).capitalised()) {
            return false;
        }
        int last = t.get(qs - 2).is(",") ? qs - 2 : qs - 1;
        for (int k = gapFrom + 1; k < last; k++) {
            if (!(t.get(k).capitalised() || t.get(k).is("the") && k == gapFrom + 1)) {
                return false;
            }
        }
        return last > gapFrom + 1;
    }

    // ---------------------------------------------------------------- who, place

    /** Nouns for one side's own toll: "Russia put its own losses at 498 killed". */
    private static final java.util.Set<String> OWN_TOLL = java.util.Set.of(
            "losses", "casualties", "dead", "toll", "death");

    /**
     * A state's own military: when a figure's who is unstated ("people") or bare "soldiers", and the counted
     * people are marked as the claimant's own side before the number - "Russia put <b>its own losses</b> at 498
     * killed", "<b>Russia's own casualties</b>", "500 of <b>its troops</b>" - the who becomes the owner's
     * nationality + "soldiers" ("russian soldiers"). A state's "own losses" in war reporting are its military
     * losses (civilian deaths are never called a side's "losses"). The owner is the possessor named before "own"
     * ("Russia's own"), or, for "its"/"their", the sentence's claimant; only state claimants with a known
     * nationality ({@link Claimants#demonym}) apply. Anything else keeps the who it had.
     */
    private static String ownSide(List<Token> t, Span s, String who, String attribution) {
        boolean bare = who.equals("people");
        if (!bare && !who.equals("soldiers")) {
            return who;
        }
        String owner = null;
        int from = Math.max(0, s.qualStart() - 8);
        for (int k = from; k < s.qualStart(); k++) {
            String w = t.get(k).lower();
            if (w.equals("own") && k + 1 < t.size() && k > 0 && OWN_TOLL.contains(t.get(k + 1).lower())) {
                String p = t.get(k - 1).lower();
                owner = p.equals("its") || p.equals("their") ? attribution
                        : p.endsWith("'s") ? Claimants.canonical(p.substring(0, p.length() - 2)) : null;
            }
        }
        if (owner == null && !bare) {
            // "500 of its troops": the number's own noun phrase, possessed by the claimant
            for (int k = s.end(); k + 1 < t.size() && k < s.end() + 4; k++) {
                if (t.get(k).is("of") && (t.get(k + 1).is("its") || t.get(k + 1).is("their"))) {
                    owner = attribution;
                    break;
                }
            }
        }
        if (owner == null && bare) {
            owner = sufferingForces(t, from, s.qualStart());
        }
        String nationality = Claimants.demonym(owner);
        return nationality == null ? who : nationality + " soldiers";
    }

    /** Verbs by which a side's forces take their losses: "Russia's forces had suffered some 9,000 casualties". */
    private static final java.util.Set<String> SUFFERED = java.util.Set.of(
            "suffered", "suffer", "suffers", "sustained", "sustain", "sustains");
    /** Heads of a side's forces as the subject of {@link #SUFFERED}. */
    private static final java.util.Set<String> FORCES = java.util.Set.of(
            "forces", "troops", "army", "military", "soldiers");

    /**
     * The state whose forces suffer the figure, from tokens {@code [from, to)} before it: "Russia's forces had
     * suffered some 9,000 casualties" (AP, seed 003) is Russia's; "Ukrainian troops sustained ..." Ukraine's. The
     * forces must be the verb's subject, named by a possessor ("Russia's") or a nationality ("Ukrainian"); null
     * otherwise, so "civilians suffered" or "the city suffered" stay as they are.
     */
    private static String sufferingForces(List<Token> t, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (!SUFFERED.contains(t.get(k).lower())) {
                continue;
            }
            int j = k - 1;
            while (j > from && (t.get(j).is("had") || t.get(j).is("have") || t.get(j).is("has"))) {
                j--;
            }
            if (j <= from || !FORCES.contains(t.get(j).lower())) {
                return null;
            }
            String p = t.get(j - 1).lower(); // "russia's" or "russian": the canonical claimant of either is the state
            String owner = Claimants.canonical(p.endsWith("'s") ? p.substring(0, p.length() - 2) : p);
            return Claimants.demonym(owner) == null ? null : owner;
        }
        return null;
    }

    /** Words that say when, which end a "who" written without a preposition before them. */
    private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "overnight", "earlier", "last", "this");

    /** Normalised "who" from tokens {@code [from, to)}; see the class Javadoc. */
    static String who(List<Token> t, int from, int to, String prevWho) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (!tok.isWord() || w.equals("and")) {
                if (w.equals("and")) {
                    break; // "ukrainian soldiers and nationalists": keep the first conjunct
                }
                continue;
            }
            if (WHEN.contains(w) && !sb.isEmpty()) {
                break; // "injured 14 workers Wednesday evening": when it happened, not who
            }
            if (Lexicon.WHO_DROP.contains(w) || Lexicon.PREP.contains(w)) {
                continue;
            }
            if (sb.isEmpty() && Numbers.read(t, k) != null) {
                continue; // the group's own count: "One of the two pilots" counts pilots
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w);
        }
        String who = sb.toString();
        if (Lexicon.WHO_CARRY.contains(who)) {
            return prevWho != null ? prevWho : "people";
        }
        who = who.replace("service members", "soldiers").replace("military personnel", "soldiers");
        String[] parts = who.split(" ");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            String m = switch (p) {
                case "troops", "troop", "soldier", "servicemen", "servicemembers", "serviceman" -> "soldiers";
                case "person" -> "people";
                case "child" -> "children";
                case "civilian" -> "civilians";
                default -> p;
            };
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(m);
        }
        String r = out.toString();
        if (r.equals("personnel") || r.endsWith(" personnel") && !r.contains("services")) {
            r = r.replace("personnel", "soldiers");
        }
        return r;
    }

    /**
     * The first token at or after {@code j} past who holds a place and what share of it: "Ukrainian-controlled
     * parts of the Kherson region", "the Russian-occupied city of", "occupied Zaporizhzhia". Capitalised, the
     * adjective was read as the place ("ukrainian-controlled"), so a side's territory never met the place's series.
     */
    private static int afterControl(List<Token> t, int j) {
        int n = t.size();
        while (j < n) {
            String w = t.get(j).lower();
            if (isControl(w)) {
                j++;
            } else if ((w.equals("parts") || w.equals("part")) && j + 1 < n && t.get(j + 1).is("of")) {
                j += 2;
            } else if (w.equals("the") && j + 1 < n && isControl(t.get(j + 1).lower())) {
                j += 2; // "the Russian-occupied" (a plain "the" is left for the rules after)
            } else {
                return j;
            }
        }
        return j;
    }

    /** "Ukrainian-controlled", "Russian-held", "rebel-held", "occupied": says who holds the place, not which. */
    private static boolean isControl(String w) {
        return w.equals("occupied") || w.equals("annexed") || w.endsWith("-controlled") || w.endsWith("-held")
                || w.endsWith("-occupied") || w.endsWith("-annexed");
    }

    /** Nouns of what kills in one place, whose "on X" or "in X" names the figure's place when nothing after it does. */
    private static final Set<String> STRIKE_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "shelling",
            "bombardment", "bombing", "bombings", "assault", "raid", "raids", "explosion", "explosions", "blast",
            "blasts");
    /** How far after a strike noun its "on"/"in" may stand ("strike on an apartment block in Dnipro"), in tokens. */
    private static final int STRIKE_REACH = 6;

    /**
     * The figure's place: "in Mariupol" (or "in the Kharkiv region": "kharkiv") after the figure, within its
     * sentence → "mariupol"; else the place of a strike that the sentence puts before the figure ("Russian attacks
     * on the eastern Ukrainian city of Kharkiv have killed at least six civilians", "the death toll from the
     * missile strike on an apartment block in Dnipro has risen to 46"), so that an alert says where ("Region's
     * governor: at least 6 civilians killed" did not); else the one third country the sentence is about. Months and
     * weekdays are not places.
     */
    private static String place(List<Token> t, int figureStart, int from) {
        int n = t.size();
        for (int k = from; k < n - 1 && k < from + 20; k++) {
            if (t.get(k).is(";") || (t.get(k).is("and") || t.get(k).is("but")) && t.get(k - 1).is(",")) {
                break; // "... killed eight people, and in Kharkiv a strike wounded 12": the next clause's place
            }
            if (t.get(k).is("including")) {
                // "killed 24 people in central Europe, including 7 in Romania": the part's place, not the 24's;
                // a part closed by a comma ("18 people, including 6 children, in a house in Jabalia") is passed
                int close = k + 1;
                while (close < n && close <= k + 8 && !t.get(close).is(",") && !t.get(close).is("in")) {
                    close++;
                }
                if (close >= n || !t.get(close).is(",")) {
                    break;
                }
                k = close;
                continue;
            }
            String p = t.get(k).is("in") ? placeAt(t, k + 1) : null;
            if (p != null) {
                return p;
            }
        }
        // the nearest strike before the figure in its clause: "The attack in Odesa killed eight people, and in
        // Kharkiv a strike on Tuesday wounded 12" does not put the 12 in Odesa
        for (int k = figureStart - 1; k >= 0; k--) {
            Token tok = t.get(k);
            if (tok.isPunct() && !tok.text().equals("'") || tok.is("and") || tok.is("but")) {
                break;
            }
            if (!STRIKE_NOUNS.contains(tok.lower())) {
                continue;
            }
            for (int j = k + 1; j < figureStart && j <= k + STRIKE_REACH; j++) {
                if (t.get(j).isPunct()) {
                    break; // "strikes, officials said on ..." - the clause ended
                }
                String p = t.get(j).is("in") || t.get(j).is("on") ? placeAt(t, j + 1) : null;
                if (p != null) {
                    return p;
                }
            }
            break;
        }
        // No "in X" after the figure, but the sentence is about one third country: "the Russian military has
        // conducted 45,000 attacks in Syria since 2015, killing at least 4,300 civilians" is Syria's toll, and an
        // alert that does not say so reads, in a Ukraine live page, as Ukraine's.
        return Claimants.theThirdCountry(t);
    }

    /**
     * The place named from token {@code j}, just after "in" or "on", or null: a run of capitalised words past who
     * holds it ("Russian-held parts of"), "the", and "the [eastern Ukrainian] city of" ("kharkiv", "west bank").
     */
    private static String placeAt(List<Token> t, int j) {
        int n = t.size();
        j = afterControl(t, j);
        if (j >= n) {
            return null;
        }
        int cityOf = -1;
        for (int k = j; k < n - 1 && k <= j + 4; k++) {
            if ((t.get(k).is("city") || t.get(k).is("town") || t.get(k).is("village")) && t.get(k + 1).is("of")) {
                cityOf = k;
                break;
            }
            if (!t.get(k).isWord()) {
                break;
            }
        }
        if (cityOf >= 0) {
            j = cityOf + 2; // "in the Russian-occupied city of Melitopol", "on the eastern Ukrainian city of Kharkiv"
        } else if (t.get(j).is("the") && j + 1 < n && t.get(j + 1).isWord() && t.get(j + 1).capitalised()) {
            j++; // "in the Kharkiv region", "in the West Bank"
        }
        StringBuilder sb = new StringBuilder();
        while (j < n && t.get(j).isWord() && t.get(j).capitalised()
                && !Lexicon.MONTHS.contains(t.get(j).lower()) && !Lexicon.WEEKDAYS.contains(t.get(j).lower())
                && !t.get(j).is("the")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.get(j).lower());
            j++;
        }
        if (sb.isEmpty()) {
            return null;
        }
        String run = sb.toString();
        String last = run.substring(run.lastIndexOf(' ') + 1);
        // "attacks on Ukrainian health care facilities", "in Russian custody": a nationality adjective, no place
        boolean adjective = last.endsWith("ian") || last.endsWith("ean") || last.endsWith("ese")
                || last.endsWith("ish");
        // "strikes on Hamas positions", "an attack on Israeli soil", "US strikes on Iranian-backed militias"
        boolean notAPlace = j < n && t.get(j).isWord() && NOT_PLACES_AFTER.contains(t.get(j).lower());
        for (String w : run.split(" ")) {
            notAPlace |= NOT_PLACE_WORDS.contains(w) || w.endsWith("-backed") || w.endsWith("-linked")
                    || w.endsWith("-led") || w.endsWith("-aligned") || w.endsWith("-allied");
        }
        if (adjective || notAPlace || Claimants.ACRONYMS.contains(run)) {
            return null;
        }
        // "Chernihiv's centre": the place, not its possessive
        return run.endsWith("'s") ? run.substring(0, run.length() - 2) : run;
    }

    /**
     * Capitalised words that make a run no place: days of the calendar ("an attack on Christmas Day", "on New
     * Year's Eve", "on Easter Sunday", "on Eid al-Adha"), armed groups ("strikes on Hamas", "on Wagner") and
     * documents ("in Situation Report No. 3").
     */
    private static final Set<String> NOT_PLACE_WORDS = Set.of(
            "christmas", "easter", "eid", "ramadan", "passover", "hanukkah", "thanksgiving", "orthodox", "day", "eve",
            "year's", "hamas", "hezbollah", "houthi", "houthis", "wagner", "taliban", "isis", "isil", "al-shabab",
            "pkk", "idf",
            // a document: "(up from 41 in Situation Report No. 3)", "in Flash Update No. 1"
            "report", "update", "bulletin", "sitrep");
    /** Nouns after which a capitalised run names who or whose, not where: "Houthi targets", "UN staff". */
    private static final Set<String> NOT_PLACES_AFTER = Set.of(
            "soil", "positions", "position", "targets", "target", "territory", "fighters", "militias", "militants",
            "forces", "troops", "bases", "base", "facilities", "facility", "infrastructure", "ships", "vessels",
            "staff", "officials", "convoy", "convoys", "headquarters", "embassy", "consulate", "sites", "site",
            "camps", "camp", "workers", "personnel", "units", "commanders", "leaders", "members", "supporters",
            "strongholds", "airspace", "warships", "aircraft", "jets", "drones");
}
