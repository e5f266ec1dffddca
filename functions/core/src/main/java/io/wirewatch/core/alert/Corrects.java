package io.wirewatch.core.alert;

import io.wirewatch.core.figures.CorrectionNote;
import io.wirewatch.core.figures.FigureExtractor;
import io.wirewatch.core.model.Entry;
import io.wirewatch.core.model.Figure;
import io.wirewatch.core.port.SeriesState;
import io.wirewatch.core.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an entry says that a figure of it corrects a count told before, so that a firm figure below its series'
 * last value is a correction subscribers must hear of rather than one held back for the brief. Strict, because a
 * false correction on a phone is the worst message we can send and a missed one is only held for the brief: a lower
 * figure without such words is as likely an old report retold or another incident (the governor's four killed in
 * Chuhuiv after his 14 in Kharkiv). The evidence must be about THIS figure and the alerted value it replaces:
 * <ul>
 *   <li>the claimant's revision, in the figure's own sentence, governing the figure's number: "revised / lowered /
 *       reduced / corrected / cut (down) the (death) toll | figure | number of dead ... (down) to FOUR", "the
 *       death toll was revised downward to FOUR", "FOUR people were killed, down from the 14 he reported". Never
 *       with "up" between verb and number ("revised the death toll in Kharkiv up to 20"), never for a count of
 *       another kind ("revised down the number of injured to 20", "corrected the figure for wounded to 30"), and
 *       a replaced value it states ("to four, from five", "not 14") must be the alerted count; or</li>
 *   <li>the page's own note ({@link CorrectionNote}) beside the figure (the note's unit, the one after it, or for a
 *       note that retells the wrong count, the one before it) stating what it corrects as a count of the figure's
 *       kind: the alerted count ("an earlier version of this post said 14 people were killed",
 *       {@link CorrectionNote#statesCountOf}; a date's 14, or 14 injured, is not it), or the kind's count without a
 *       number ("amended to correct the number of people killed", {@link CorrectionNote#namesCountOf}). A note about
 *       something else ("Correction: the hospital was not hit, ... but four people were killed") is not about the
 *       toll, even in the figure's own sentence; or</li>
 *   <li>the figure's own sentence naming the alerted count as the one it replaces, as a claimant's update or a
 *       page's labelled note puts it: "Oleh Synehubov now says four people were killed, not 14".</li>
 * </ul>
 * And when the figure and the alerted value both name a place, it is the same place.
 */
final class Corrects {
    /** A verb of correcting downwards, lower-cased. */
    private static final String VERB = "(?:revis|lower|reduc|correct|cut|downgrad)\\w*";
    /** What a count is called: "the death toll", "its figure", "the number of people killed". */
    private static final String NOUN = "(?:toll|figure|figures|count|tally|number|estimate)";
    /**
     * A word between the verb and the number it governs: not a number (another count's), and not a word that starts
     * another clause or turns upwards ("and said four ...", "up to 20").
     */
    private static final String FILL = "(?!(?:up|and|but|after|said|says|while|upward|upwards)\\b)[^#\\s]\\S*";
    /**
     * The active revision, over {@link CorrectionNote#numbered} text: the verb, an object naming a count and
     * "(down) to" the number; group 1 is the object, group 2 the number. "revised the death toll from the strike down
     * to #4", "lowered the figure to #4", "revised down the number of injured in kharkiv to #20".
     */
    private static final Pattern ACTIVE = Pattern.compile("\\b" + VERB + " (?:down(?:wards?)? )?((?:the|its|his|her"
            + "|their|a|an) (?:" + FILL + " ){0,2}?" + NOUN + "(?: " + FILL + "){0,7}?) (?:down(?:wards?)? )?to #(\\d+)"
            + "\\b");
    /** The passive: "the death toll was revised downward to #4", "the figure has been corrected to #4". */
    private static final Pattern PASSIVE = Pattern.compile("\\b((?:" + FILL + " ){0,2}?" + NOUN + "(?: " + FILL
            + "){0,6}?) (?:was|were|has been|had been|have been|is being) " + VERB + " (?:down(?:wards?)? )?to #(\\d+)"
            + "\\b");
    /**
     * "#4 people were killed , down from the #14 he reported": group 1 the figure's number, group 2 the old one. Not
     * a comparison with another day's count ("down from 14 on Monday", "down from 14 the day before").
     */
    private static final Pattern DOWN_FROM = Pattern.compile("#(\\d+)(?: " + FILL + "){0,6}? ,? down from (?:the )?"
            + "#(\\d+)\\b(?! (?:on|in|at|during|over|the day|a day|the previous|the week|yesterday|last)\\b)");
    /** "now says #4 people were killed , not #14": group 1 the figure's number, group 2 the one it replaces. */
    private static final Pattern NOT_THAT = Pattern.compile("#(\\d+)(?: " + FILL + "){0,6}? ,? (?:not|rather than|"
            + "instead of) (?:the )?#(\\d+)\\b");
    /** A claimant's update in so many words: "now says", "now puts". */
    private static final Pattern NOW = Pattern.compile("\\bnow (?:says|said|puts|put|reports|gives|estimates)\\b");
    /** A replaced value stated after the new one: "to #4 , from #5", "to #4 from #14". */
    private static final Pattern FROM_AFTER = Pattern.compile("^ ,? (?:down |up )?from (?:the )?#(\\d+)\\b");
    /** A replaced value stated before: "lowered the toll from #14 to #4". */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom (?:the )?#(\\d+)\\b");
    /** Words by which an object names a kind other than deaths, or deaths. */
    private static final Pattern INJURIES = Pattern.compile("\\b(?:injur\\w*|wounded|hurt)\\b");
    private static final Pattern MISSING = Pattern.compile("\\bmissing\\b");
    private static final Pattern CASUALTIES = Pattern.compile("\\bcasualt\\w*\\b");
    private static final Pattern DEATHS = Pattern.compile("\\b(?:death|deaths|dead|killed|died|fatalit\\w*|toll)\\b");
    /**
     * A figure told as a rise, over the lower-cased sentence: "the toll rose to six", "six killed after two more
     * bodies were found". After a correction, only such a figure moves the series above the corrected value up to
     * the value corrected away; a plain one is that value retold ({@link SeriesState#retoldBy}).
     */
    private static final Pattern RISE = Pattern.compile("\\b(?:rose|risen|rises|rising|climbed|climbs|increased|"
            + "jumped|revised (?:\\S+ ){0,6}?up(?:wards?)?|(?:more|further|additional) (?:bodies|victims|deaths|people"
            + " (?:have )?died)|after (?:\\S+ )?more)\\b");

    private Corrects() {
    }

    /**
     * A revision of a count in a figure's sentence.
     *
     * @param replaced the value it says it replaces, or empty
     * @param place    the place its count is named for, lower-case ("the death toll in Izium"), or null
     * @param downward whether it says it goes down: "down", a verb of lowering ("lowered", "cut"), or a higher
     *                 value replaced; "revised the death toll to 20" does not say
     */
    record Revision(Optional<Long> replaced, String place, boolean downward) {
    }

    /** Words without which a sentence tells no revision: the verbs' stems, and "down from". */
    private static final Pattern MAY_REVISE = Pattern.compile("(?i)revis|lower|reduc|correct|\\bcut|downgrad|down "
            + "from");
    /** A revision that says it goes down, over its matched text. */
    private static final Pattern DOWNWARD = Pattern.compile("\\b(?:down(?:wards?)?|lower\\w*|reduc\\w*|cut\\w*|"
            + "downgrad\\w*)\\b");

    /** A place named in a revision's object: "in Izium", "of Chuhuiv", "from Tuesday's shelling of Chuhuiv". */
    private static final Pattern OBJECT_PLACE = Pattern.compile("\\b(?:in|of|on) ([\\w'-]+)\\b");

    /**
     * Whether {@code e} says that its figure {@code f} corrects {@code alerted}, the value subscribers were sent
     * (see the class note).
     */
    static boolean corrects(Entry e, Figure f, SeriesState alerted) {
        if (alerted.place() != null && f.place() != null
                && !alerted.place().equalsIgnoreCase(f.place())) {
            return false; // "14 killed in Kharkiv", then "four killed in Chuhuiv": another place's toll
        }
        Optional<Revision> r = revision(f);
        if (r.isPresent()) {
            if (alerted.place() != null && r.get().place() != null && !alerted.place().equals(r.get().place())) {
                return false; // "revised the death toll in Izium down to four" after 14 killed in Kharkiv
            }
            return r.get().replaced().map(v -> v == alerted.count()).orElse(true);
        }
        Optional<Long> named = namesReplaced(f);
        if (named.isPresent()) {
            return named.get() == alerted.count() && (noteOwn(e, f) || NOW.matcher(numbered(f)).find());
        }
        return notes(e, f, alerted.count());
    }

    /**
     * Whether {@code e} says {@code f} is a correction of some count, whichever: a revision in its own sentence, or
     * a page's note beside it about a higher count of its kind or its kind's count. Such a figure is never a first
     * report: matching no alerted value, it is held for the brief. Above a value of its series ({@code fresh}
     * false), only a correction downwards is held ("revised down", "lowered", a higher count replaced): "revised the
     * death toll to 20" after 14 is a rise.
     */
    static boolean saysCorrected(Entry e, Figure f, boolean fresh) {
        Optional<Revision> r = revision(f);
        if (r.isPresent() && (fresh || r.get().downward())) {
            return true;
        }
        if (namesReplaced(f).filter(v -> v > f.count()).isPresent() && noteOwn(e, f)) {
            return true;
        }
        for (List<String> note : notesBeside(e, f)) {
            for (String u : note) {
                if (!holds(u, f) && (fresh && CorrectionNote.namesCountOf(u, kindClass(f)) || statesHigher(u, f))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code f} is the old value of a revision its sentence tells of another figure of {@code all} ("Oleh
     * Synehubov initially said 14 people had died, but later revised the death toll down to four": the 14). It is
     * not news: the sentence says it was replaced.
     */
    static boolean replacedInSentence(Figure f, List<Figure> all) {
        for (Figure g : all) {
            if (g != f && g.sentence().equals(f.sentence()) && g.count() < f.count()
                    && kindClass(g).equals(kindClass(f)) && revision(g).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code f}'s sentence tells it as a rise ({@link #RISE}). */
    static boolean rises(Figure f) {
        return RISE.matcher(Text.clean(f.sentence()).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether {@code sentence} tells the claimant's revision downwards of a count it carries: of some figure the
     * extractor reads in it ({@link #revision}).
     */
    static boolean revises(String sentence) {
        return new FigureExtractor().extract(sentence).stream().anyMatch(f -> revision(f).isPresent());
    }

    /**
     * The revision downwards that {@code f}'s own sentence tells of {@code f}: the verb governs its number, never
     * with "up", and the count it names is of its kind (see the class note); with the replaced value it states.
     */
    static Optional<Revision> revision(Figure f) {
        if (!MAY_REVISE.matcher(f.sentence()).find()) {
            return Optional.empty(); // most figures: no tokenising, no patterns
        }
        String s = numbered(f);
        String n = "#" + f.count();
        for (Pattern p : List.of(ACTIVE, PASSIVE)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (!m.group(2).equals(String.valueOf(f.count())) || !ofKind(m.group(1), f)) {
                    continue;
                }
                Matcher after = FROM_AFTER.matcher(s.substring(m.end()));
                Matcher before = FROM_BEFORE.matcher(m.group(1));
                Optional<Long> replaced = after.find() ? Optional.of(Long.parseLong(after.group(1)))
                        : before.find() ? Optional.of(Long.parseLong(before.group(1))) : Optional.empty();
                boolean down = DOWNWARD.matcher(m.group()).find() || replaced.filter(v -> v > f.count()).isPresent();
                return Optional.of(new Revision(replaced, placeOf(m.group(1), f), down));
            }
        }
        Matcher m = DOWN_FROM.matcher(s);
        while (m.find()) {
            if (m.group(1).equals(String.valueOf(f.count())) && s.startsWith(n, m.start())) {
                return Optional.of(new Revision(Optional.of(Long.parseLong(m.group(2))), null, true));
            }
        }
        return Optional.empty();
    }

    /**
     * The place a revision's object names, lower-case, when the sentence writes it capitalised ("the death toll in
     * Izium"; not "in the city"); null for none.
     */
    private static String placeOf(String object, Figure f) {
        Matcher m = OBJECT_PLACE.matcher(object);
        while (m.find()) {
            String w = m.group(1).replaceAll("'s$", "");
            if (Pattern.compile("\\b" + Pattern.quote(Character.toUpperCase(w.charAt(0)) + w.substring(1)))
                    .matcher(f.sentence()).find() && !w.isEmpty()) {
                return w;
            }
        }
        return null;
    }

    /** The value {@code f}'s sentence says it replaces right after it: "four people were killed, not 14". */
    private static Optional<Long> namesReplaced(Figure f) {
        Matcher m = NOT_THAT.matcher(numbered(f));
        while (m.find()) {
            if (m.group(1).equals(String.valueOf(f.count()))) {
                return Optional.of(Long.parseLong(m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** Whether the object {@code object} of a revision names a count of {@code f}'s kind, or no kind at all. */
    private static boolean ofKind(String object, Figure f) {
        String kind = INJURIES.matcher(object).find() ? "injuries" : MISSING.matcher(object).find() ? "missing"
                : CASUALTIES.matcher(object).find() ? "casualties" : DEATHS.matcher(object).find() ? "deaths" : null;
        return kind == null || kind.equals(kindClass(f));
    }

    /**
     * Whether {@code e} carries its page's note about {@code f}, which states the alerted count {@code replaced} of
     * {@code f}'s kind, or names its kind's count without a number, in a unit of the note other than the figure's
     * own (see the class note).
     */
    private static boolean notes(Entry e, Figure f, long replaced) {
        for (List<String> note : notesBeside(e, f)) {
            for (String u : note) {
                if (holds(u, f)) {
                    continue;
                }
                Optional<Figure> stated = CorrectionNote.countStated(u, replaced, kindClass(f));
                if (stated.isPresent() && samePlace(stated.get().place(), f.place())
                        || CorrectionNote.namesCountOf(u, kindClass(f))) {
                    return true; // a note about "14 killed in Kharkiv" does not correct "four killed in Chuhuiv"
                }
            }
        }
        return false;
    }

    /** Whether two places, either unnamed (null), may be the same. */
    private static boolean samePlace(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    /** Whether note unit {@code u} states a count of {@code f}'s kind above {@code f}'s: what it corrects. */
    private static boolean statesHigher(String u, Figure f) {
        for (long v : numbersIn(u)) {
            if (v > f.count() && CorrectionNote.statesCountOf(u, v, kindClass(f))) {
                return true;
            }
        }
        return false;
    }

    private static List<Long> numbersIn(String u) {
        Matcher m = Pattern.compile("#(\\d+)").matcher(CorrectionNote.numbered(u));
        List<Long> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    /**
     * The notes of {@code e} beside {@code f}: for each unit that marks the entry a correction, it and the unit after
     * it (two for a bare label), with the unit before it when that holds the figure ("Oleh Synehubov says four
     * people were killed. An earlier version said 14 people had been killed."), when {@code f}'s sentence is among
     * them. Every note of the entry is read, not only its first.
     */
    private static List<List<String>> notesBeside(Entry e, Figure f) {
        if (!CorrectionNote.mayNote(e.headline()) && !CorrectionNote.mayNote(e.body())) {
            return List.of();
        }
        List<String> units = CorrectionNote.units(e.headline(), e.body());
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!CorrectionNote.marks(units, i)) {
                continue;
            }
            List<String> note = new CorrectionNote.Found(units, i).noteAndNext();
            if (note.stream().anyMatch(u -> holds(u, f))) {
                out.add(note);
            } else if (i > 0 && holds(units.get(i - 1), f)) {
                out.add(List.of(units.get(i - 1), units.get(i)));
            }
        }
        return out;
    }

    /**
     * Whether {@code f}'s own sentence is the page's note ("Correction: ... four ..., not 14", "(Corrects paragraph 1
     * to say four people were killed, not 14)").
     */
    private static boolean noteOwn(Entry e, Figure f) {
        List<String> units = CorrectionNote.units(e.headline(), e.body());
        for (int i = 0; i < units.size(); i++) {
            if (holds(units.get(i), f) && CorrectionNote.marks(units, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(String unit, Figure f) {
        String sentence = Text.clean(f.sentence()).strip();
        return !sentence.isEmpty() && unit.strip().contains(sentence);
    }

    private static String numbered(Figure f) {
        return CorrectionNote.numbered(Text.clean(f.sentence()));
    }

    private static String kindClass(Figure f) {
        return f.kind().seriesClass();
    }
}
