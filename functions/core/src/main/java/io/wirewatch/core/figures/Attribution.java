package io.wirewatch.core.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence's figures are attributed to, as a canonical claimant key ({@link Claimants#canonical}).
 *
 * <h2>Order of preference</h2>
 * <ol>
 * <li>The subject of the reporting verb closest before the figure ("Kyiv claims it has killed", "Russia's defence
 *     ministry says"), or of a verb by which it revises its toll ("the State Emergency Service has revised the death
 *     toll ... down to nine"). When reports nest ("Bays said NATO estimates 7,000 ... killed"), the inner, closer
 *     reporter owns the figure; the outer one only relays it.</li>
 * <li>A pronoun subject of a reporting verb before the figure ("It says 498 ...", "He said") takes the
 *     <em>previous sentence's actor</em>: the subject of its reporting verb, else its "according to X", else its
 *     grammatical subject when that names an institution or person ("Russia's defence ministry has given its
 *     first figures"), even though that sentence has no reporting verb. This wins over a trailing "according to
 *     &lt;media&gt;" in the pronoun's own sentence: the pronoun names who made the claim, the "according to"
 *     names the channel that relayed it.</li>
 * <li>The subject of a reporting verb after the figure (", the region's governor has said", or inverted:
 *     ", said the regional governor").</li>
 * <li>"according to X".</li>
 * <li>A headline tag ("... killed - Moscow", "...: Governor").</li>
 * </ol>
 *
 * <h2>Subjects</h2>
 * A subject with an apposition ("Oleh Synehubov, the regional governor, said", "..., said Oleh Synehubov, the
 * governor of the Kharkiv region", "according to the regional governor, Oleh Synehubov") is the institution the
 * alias table knows if either names one, else the person named, by full name or by surname on second reference
 * ("Synehubov, the regional governor, said" is his, not the title's). A place or a time ("in Kharkiv", "on Thursday")
 * or an aside ("citing hospital data") is never the subject. Subjects are passed to {@link Claimants#canonical}
 * as written: it tells a title's personal name by its capitals.
 */
final class Attribution {
    private Attribution() {
    }

    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i");
    private static final Set<String> SUBJECT_STOP = Set.of(
            "that", "and", "but", "while", "as", "which", "who", "when", "so", "because", "adding", "saying",
            "though", "although", "whereas", "however", "whom", "where");
    private static final Set<String> VERB_AUX = Set.of("has", "have", "had", "also", "earlier", "previously",
            "now", "later", "has also", "reportedly", "initially", "originally", "separately", "since", "already");
    private static final int MAX_WORDS = 9;

    /** Finite verbs and auxiliaries that end a sentence-initial subject ("Russia's defence ministry has ..."). */
    private static final Set<String> FINITE = Set.of(
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "gave",
            "gives", "published", "publishes", "released", "releases", "issued", "issues", "updated", "updates",
            "did", "does", "shared", "posted", "provided", "provides");
    /** Heads of noun phrases that name an institution or an office holder. */
    private static final Set<String> ACTOR_HEADS = Set.of(
            "ministry", "office", "government", "military", "army", "police", "officials", "official",
            "authorities", "governor", "mayor", "president", "spokesperson", "spokesman", "spokeswoman", "agency",
            "service", "services", "staff", "commission", "council", "department", "forces", "committee",
            "minister", "kremlin", "command", "mission", "organisation", "organization", "monitor", "group");

    /**
     * Attribution of the sentence tokens {@code t} for a figure whose number starts at token {@code figureAt};
     * {@code previous} is the sentence before, or null.
     */
    static String of(List<Token> t, String previous, int figureAt) {
        String named = named(t, previous, figureAt);
        String owned = Claimants.ownerFromContext(named, previous);
        // "Ukraine has received new F-16 jets. Officials said 40 people were killed in floods in Pakistan." is not
        // Kyiv's count: a sentence about a third country takes no state from the one before it. Only asked when a
        // state would be given, which is rare, rather than of every figure's sentence.
        return !java.util.Objects.equals(owned, named) && Claimants.namesAThirdCountry(t) ? named : owned;
    }

    /** {@link #of} before an ownerless state organ is given its state ({@link Claimants#ownerFromContext}). */
    private static String named(List<Token> t, String previous, int figureAt) {
        String before = null;
        int beforeVerb = -1;
        String after = null;
        String reviser = null;
        int afterVerb = -1;
        boolean pronounBefore = false;
        // whether the figure's clause has its own reporter, so one across a semicolon is not its source
        boolean ownReporter = reportsInClause(t, figureAt);
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).lower();
            boolean speech = Lexicon.SPEECH.contains(w);
            if (!(speech || revisesToll(t, k)) || !isVerb(t, k)) {
                continue;
            }
            String subject = keeperOfToll(subjectOf(t, k));
            if (subject == null || lower(subject).contains("according") || isToll(subject) || isNoOne(subject)) {
                continue;
            }
            if (!speech) {
                // "The State Emergency Service has revised the death toll ... down to nine": the reviser is the
                // source only when it is a body or a person and nobody else is said to report the count;
                // "Overnight strikes raised the death toll to 20, the governor said" is the governor's
                if (reviser == null && isActor(t, subject)) {
                    reviser = subject;
                }
                if (before != null && k < figureAt && isActor(t, subject) && !clauseBreak(t, k, figureAt)) {
                    // "Police said 20 people were killed, but the ministry revised the figure to 17": the body that
                    // revised the count between a reporter and the figure gave the new value
                    before = subject;
                    beforeVerb = k;
                }
                continue;
            }
            if (isPronoun(subject)) {
                pronounBefore |= k < figureAt && before == null;
                continue;
            }
            if (k < figureAt) {
                if (Claimants.canonical(subject) == null) {
                    continue; // "The death toll, initially put at 12, ...": "initially" put nothing
                }
                if (inClosedAside(t, k, figureAt)) {
                    continue; // "the gunman, who neighbours said was a loner, opened fire, and 12 were injured"
                }
                if (ownReporter && clauseBreak(t, k, figureAt)) {
                    continue; // "The UN said aid was needed; the toll has risen to 2,300, officials said"
                }
                before = subject;
                beforeVerb = k;
                pronounBefore = false; // "He said the ministry reports 12": the closer, named reporter
            } else if (after == null && !(ownReporter && clauseBreak(t, figureAt, k)) && !butClause(t, figureAt, k)
                    && !(clauseBreak(t, figureAt, k) && countFollows(t, k))) {
                after = subject;
                afterVerb = k;
            }
        }
        if (before != null && closesAnEarlierClause(t, beforeVerb, figureAt)) {
            // "Six people died in Kharkiv, Ukrainian officials said, and four civilians were killed in Belgorod,
            // according to the Russian governor": the reporter closing the clause before speaks for that clause,
            // and the figure's own closing reporter, when there is one, for the figure
            String own = after != null ? Claimants.canonical(after) : accordingTo(t, figureAt);
            if (own != null) {
                return own;
            }
        }
        if (before != null) {
            return Claimants.canonical(before);
        }
        if (pronounBefore && previous != null) {
            String actor = actor(Token.tokenize(previous));
            if (actor != null) {
                return actor;
            }
        }
        if (after != null) {
            for (int k = figureAt; k + 1 < afterVerb; k++) {
                if (t.get(k).is("according") && t.get(k + 1).is("to")) {
                    // "At least 8 people were injured, according to the fire department, although paramedics said
                    // they treated 15": the nearer source is the figure's
                    String according = accordingTo(t, k);
                    if (according != null) {
                        return according;
                    }
                }
            }
            return Claimants.canonical(after);
        }
        String according = accordingTo(t);
        if (according != null) {
            return according;
        }
        String titled = boxFrom(t, figureAt);
        if (titled != null) {
            return titled;
        }
        if (reviser != null) {
            return Claimants.canonical(reviser);
        }
        String speaker = headlineSpeaker(t, figureAt);
        if (speaker != null) {
            return speaker;
        }
        String tag = headlineTag(t);
        if (tag != null) {
            return tag;
        }
        if (pronounBefore) {
            return null;
        }
        // a pronoun reporter after the figure (", it said"): the named reporter of an earlier clause of the
        // sentence ("The ministry said 28 people died; 60 others were hurt, it added"), else the previous sentence's
        // actor
        for (int k = 0; k < t.size(); k++) {
            if (Lexicon.SPEECH.contains(t.get(k).lower()) && isVerb(t, k)
                    && isPronoun(subjectOf(t, k))) {
                int from = Math.min(figureAt, t.size());
                while (from > 0 && !t.get(from - 1).is(";")) {
                    from--;
                }
                String same = from > 0 ? actor(t.subList(0, from)) : null;
                if (same != null) {
                    return same;
                }
                return previous == null ? null : actor(Token.tokenize(previous));
            }
        }
        return null;
    }

    /** Verbs by which a source changes or gives its own count: "has revised the death toll ... down to nine". */
    private static final Set<String> REVISING = Set.of(
            "revised", "revises", "revise", "lowered", "lowers", "raised", "raises", "updated", "updates",
            "corrected", "corrects",
            // and by which it gives one: "while the shadow government estimated the toll at more than 5,000" ("put"
            // and "estimates" are reporting verbs, Lexicon.SPEECH)
            "estimated", "placed", "places",
            // or quotes one: "The health ministry cited a figure of 212 deaths", "Police gave a toll of 14"
            "cited", "cites", "gave", "gives");
    /** What a source revises when the revision is a count of its own: "the death toll", "its figures". */
    private static final Set<String> COUNTS = Set.of(
            "toll", "tally", "count", "number", "figure", "figures", "estimate", "estimates");

    /** Words after which a subject's head has been named: "the collapse of another building" is a collapse. */
    private static final Set<String> HEAD_ENDS = Set.of("of", "in", "on", "at", "from", "for", "near", "across");

    /**
     * Whether a subject phrase names who can give a count, rather than what raised it: its head (the word before
     * any "of"/"in" ...) is an office or body ({@link #ACTOR_HEADS}: "the health ministry", "Ukraine's State
     * Emergency Service"), an acronym ("AFAD"), or a capitalised name that does not merely open the sentence
     * ("Overnight strikes", "Aftershocks" and "Fresh shelling in Kherson" are events).
     */
    private static boolean isActor(List<Token> sentence, String subject) {
        List<Token> words = Token.tokenize(subject).stream().filter(Token::isWord).toList();
        int end = 0;
        while (end < words.size() && !HEAD_ENDS.contains(words.get(end).lower())) {
            end++;
        }
        if (end == 0) {
            return false;
        }
        Token head = words.get(end - 1);
        String h = head.text();
        boolean acronym = h.length() >= 2 && h.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        boolean opensSentence = end == 1 && !sentence.isEmpty() && sentence.get(0).text().equals(h);
        return ACTOR_HEADS.contains(head.lower()) || acronym || (head.capitalised() && !opensSentence);
    }

    /**
     * Whether the word at {@code k} revises a toll: a {@link #REVISING} verb with "down"/"up" or a count as its
     * object within three words ("revised the death toll", "lowered its estimate"). Its subject is the source
     * of the new value, as a reporting verb's is; "raised the alarm" says nothing of a count.
     */
    private static boolean revisesToll(List<Token> t, int k) {
        if (!REVISING.contains(t.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < t.size() && j <= k + 3; j++) {
            String w = t.get(j).lower();
            if (COUNTS.contains(w) || (j == k + 1 && (w.equals("down") || w.equals("up")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subject phrase is a pronoun. Subjects are kept as written, for {@link Claimants#canonical} tells a
     * title's personal name by its capitals ("Governor Oleh Synehubov").
     */
    private static boolean isPronoun(String subject) {
        return subject != null && PRONOUNS.contains(lower(subject));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Who gives what the reporting verb at {@code verb} reports, as a claimant key: its subject, the noun a "who"
     * clause hangs on ("the police chief, who said 6"); null when that is a pronoun or names no one.
     */
    static String speakerOf(List<Token> t, int verb) {
        int k = verb;
        while (k > 0 && (t.get(k - 1).is("later") || t.get(k - 1).is("also") || t.get(k - 1).is("only"))) {
            k--; // "the state news agency later said 11"
        }
        if (k >= 3 && t.get(k - 1).is("who") && !isWhoTheBody(t.get(k - 1)) && t.get(k - 2).is(",")) {
            // "contradicting the police chief, who said 6": the chief, from the article that opens his phrase
            int[] phrase = phraseBefore(t, k - 3);
            if (phrase == null) {
                return null;
            }
            int from = phrase[0];
            for (int j = phrase[0]; j < phrase[1]; j++) {
                if (t.get(j).is("the")) {
                    from = j;
                }
            }
            return Claimants.canonical(text(t, new int[] {from, phrase[1]}));
        }
        String subject = keeperOfToll(subjectOf(t, verb));
        if (subject == null || isPronoun(subject)
                || isPronoun(subject.substring(subject.lastIndexOf(' ') + 1))) {
            return null; // "today they said 16"
        }
        return Claimants.canonical(subject);
    }

    /** Attribution for a figure whose position is unknown: as if it came after every reporting verb. */
    static String of(List<Token> t, String previous) {
        return of(t, previous, t.size());
    }

    /**
     * The actor of a sentence, as a canonical key: the subject of its first non-pronoun reporting verb, else its
     * "according to X", else its sentence-initial subject if that names an institution or person; else null.
     */
    static String actor(List<Token> p) {
        for (int k = 0; k < p.size(); k++) {
            if (Lexicon.SPEECH.contains(p.get(k).lower()) && isVerb(p, k)) {
                String subject = subjectOf(p, k);
                if (subject != null && !isPronoun(subject) && !lower(subject).contains("according")) {
                    return Claimants.canonical(subject);
                }
            }
        }
        String according = accordingTo(p);
        if (according != null) {
            return according;
        }
        return initialSubject(p);
    }

    /**
     * Whether the clause (between semicolons) holding token {@code at} has a reporting verb or an "according to" of
     * its own: then a reporter on the other side of a semicolon speaks for its own clause ("Earlier reports said 20
     * people were killed; the governor said 12 died" credited the 20 to him), while one closing the sentence still
     * speaks for a clause with none ("Six people were killed in Kharkiv; three were injured, the governor said").
     */
    private static boolean reportsInClause(List<Token> t, int at) {
        int from = Math.min(at, t.size());
        while (from > 0 && !t.get(from - 1).is(";")) {
            from--;
        }
        for (int k = from; k < t.size() && !t.get(k).is(";"); k++) {
            if (Lexicon.SPEECH.contains(t.get(k).lower()) && isVerb(t, k)
                    || t.get(k).is("according") && k + 1 < t.size() && t.get(k + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions of a clause that may set a rival count against the figure: ", but", ", though", ", while". */
    private static final Set<String> RIVAL_CLAUSE = Set.of("but", "though", "although", "while", "whereas");
    /** Words of death that make a number in a ", but" clause a rival count. */
    private static final Set<String> DEATHS = Set.of("killed", "dead", "died", "deaths", "death", "fatalities",
            "bodies", "perished", "lives");
    /** Modals and verbs of a forecast: a ", but" clause with one forecasts, it does not contradict. */
    private static final Set<String> FORECASTING = Set.of("could", "may", "might", "will", "would", "expected",
            "likely", "feared");

    /**
     * Whether the reporting verb at {@code verb} is in a ", but" clause after the figure at {@code figureAt}: "40
     * people had been killed, but the ministry put the figure at 32" is not the ministry's 40. A reporter closing
     * the sentence after the "but" clause ("Six people were killed, but the toll could rise, officials said") still
     * speaks for the figure.
     */
    private static boolean butClause(List<Token> t, int figureAt, int verb) {
        boolean but = false;
        for (int k = Math.max(1, figureAt); k < verb && k < t.size(); k++) {
            if (RIVAL_CLAUSE.contains(t.get(k).lower()) && t.get(k - 1).is(",")) {
                but = true;
            } else if (t.get(k).is(",")) {
                but = false;
            }
        }
        // only a clause with a rival count contradicts: a toll ("put the figure at 32") or a number of dead; not
        // "but officials said the toll could rise", "but the governor said 40 others had been wounded", "but
        // officials said 300,000 had been evacuated"
        boolean toll = false;
        for (int k = verb + 1; but && k < t.size() && !t.get(k).is(",") && !t.get(k).is(";"); k++) {
            String w = t.get(k).lower();
            if (FORECASTING.contains(w)) {
                return false;
            }
            toll |= COUNTS.contains(w);
            if (t.get(k).isNum() || Numbers.read(t, k) != null) {
                if (toll) {
                    return true;
                }
                for (int j = k + 1; j < Math.min(t.size(), k + 5); j++) {
                    if (DEATHS.contains(t.get(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the reporting verb at {@code verb} stands in a relative aside (", who neighbours said was a loner,")
     * that closes before the figure at {@code figureAt}: what it reports is the aside's, not the figure's.
     */
    private static boolean inClosedAside(List<Token> t, int verb, int figureAt) {
        if (relativeAsideOpen(t, verb) < 0) {
            return false;
        }
        for (int j = verb + 1; j < figureAt && j < t.size(); j++) {
            if (t.get(j).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a new clause after a reporter: ", and four were killed", ", while in Syria". */
    private static final Set<String> NEW_CLAUSE = Set.of("and", "while", "but", "whereas", "though", "although");

    /**
     * Whether the reporting verb at {@code verb} is followed, before the figure at {@code figureAt}, by a comma
     * and a conjunction that opens the figure's own clause.
     */
    private static boolean closesAnEarlierClause(List<Token> t, int verb, int figureAt) {
        for (int k = verb + 1; k + 1 < figureAt && k + 1 < t.size(); k++) {
            if (t.get(k).is(",") && NEW_CLAUSE.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reporting verb stands between the semicolon before token {@code at} and it: a source opens the
     * count of its clause ("...; Gaza ministry says 37 killed").
     */
    static boolean reporterOpens(List<Token> t, int at) {
        for (int k = Math.min(at, t.size()) - 1; k >= 0 && !t.get(k).is(";"); k--) {
            if (Lexicon.SPEECH.contains(t.get(k).lower()) && isVerb(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a count follows the reporting verb at {@code k} in its clause: the reporter opens a count of its own
     * ("Hezbollah drone wounds 2 soldiers in north; Gaza ministry says 37 killed"), and speaks for nothing before
     * the semicolon, unlike one closing the sentence ("Six were killed; three were injured, the governor said").
     */
    private static boolean countFollows(List<Token> t, int k) {
        for (int j = k + 1; j < t.size() && !t.get(j).is(";"); j++) {
            if (Numbers.read(t, j) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a semicolon stands between tokens {@code from} and {@code to}. */
    private static boolean clauseBreak(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            if (t.get(k).is(";")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subject names no one: only verbs and linking words ("was" of "The toll, which was earlier reported
     * as 30, rose to 42, Reuters reported", credited to "was"), as a passive report names no reporter; or a relative
     * clause's "which" or "that", which is the toll or the thing it follows.
     */
    private static boolean isNoOne(String subject) {
        if ((" " + subject + " ").contains(" WHO ")) {
            return false; // the World Health Organization, not a relative pronoun
        }
        String s = lower(subject);
        if (s.contains("whom") || s.contains("whose")) {
            return true; // "firefighters said, one of whom said 3 more were missing": the reporter before it
        }
        if (s.startsWith("which ") || s.startsWith("that ") || s.equals("which") || s.equals("that")) {
            return true;
        }
        if (s.equals("none") || s.equals("nothing") || s.equals("no one") || s.equals("nobody")) {
            return true; // "Missing: none reported": a count, not a reporter
        }
        for (String w : s.split("[^a-z]+")) {
            if (!w.isEmpty() && !FINITE.contains(w) && !VERB_AUX.contains(w) && !SUBJECT_STOP.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a subject is a toll, which is told, not telling: "The death toll, earlier reported as 20, has risen to
     * 26" and "The death toll was initially reported as 12" credit nobody (they were credited to "death toll"). A
     * toll with its owner speaks for the owner ("The UN human rights office's tally says 10,000 ...", "An AFP tally
     * says").
     */
    private static boolean isToll(String subject) {
        String s = lower(subject);
        String[] words = s.split("[^a-z]+");
        if (words.length > 0 && Lexicon.NOUN.containsKey(words[words.length - 1])) {
            // "5 deaths confirmed on the island, officials say", "63 cholera deaths recorded in Renk": the counted
            // deaths are told, not telling (they were the claimant "deaths")
            return true;
        }
        if (s.contains("'s ") || s.contains("\u2019s ") || s.contains("s' ")) {
            return false;
        }
        // "An AFP tally says", "The health ministry tally says": a word before the toll that owns it
        for (String w : s.split("[^a-z]+")) {
            if (w.equals("toll") || w.equals("tally") || w.equals("count")) {
                return true; // "The casualty count, confirmed at 20 by police, ..." was credited to itself
            }
            if (!w.isEmpty() && !TOLL_WORDS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The keeper of a toll named after it: "A count by the Associated Press" and "The death toll tally kept by
     * AFP" are the agency's; any other subject is returned as it is.
     */
    private static String keeperOfToll(String subject) {
        if (subject == null) {
            return null;
        }
        int by = lower(subject).indexOf(" by ");
        if (by < 0) {
            return subject;
        }
        String head = subject.substring(0, by);
        for (String kept : List.of(" kept", " compiled", " maintained", " published")) {
            if (lower(head).endsWith(kept)) {
                head = head.substring(0, head.length() - kept.length());
            }
        }
        return isToll(head) ? subject.substring(by + 4) : subject;
    }

    /** Words that may stand before "toll" or "tally" without naming whose it is: "the latest death toll". */
    private static final Set<String> TOLL_WORDS = Set.of("the", "a", "an", "its", "this", "that", "death",
            "casualty", "civilian", "official", "latest", "overall", "total", "final", "daily", "new", "updated",
            "revised", "provisional", "initial", "earlier", "previous", "confirmed");

    /**
     * Verbs of an actor's appearance that end a sentence-initial subject as {@link #FINITE} does, so that a "He
     * said" after "The mayor of Kharkiv spoke to reporters." is the mayor's (it was no one's).
     */
    private static final Set<String> APPEARS = Set.of("spoke", "speaks", "addressed", "addresses", "told", "tells",
            "wrote", "writes", "tweeted", "warned", "warns", "announced", "announces", "visited", "visits", "met",
            "meets", "appeared", "appears", "briefed", "briefs", "urged", "urges", "described", "describes",
            "added", "adds");

    private static boolean endsSubject(String w) {
        return FINITE.contains(w) || APPEARS.contains(w);
    }

    /** "Russia's defence ministry has given ..." → "russia" when the subject names an actor, else null. */
    private static String initialSubject(List<Token> p) {
        int k = 0;
        while (k < p.size() && (p.get(k).is("the") || p.get(k).is("meanwhile") || p.get(k).is("earlier")
                || p.get(k).is(","))) {
            k++;
        }
        int start = k;
        StringBuilder sb = new StringBuilder();
        boolean named = false;
        while (k < p.size() && k - start < 6) {
            Token tok = p.get(k);
            if (!tok.isWord()) {
                return null;
            }
            if (endsSubject(tok.lower())) {
                break;
            }
            named |= k > 0 && tok.capitalised();
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(tok.text());
            k++;
        }
        if (k == start || k >= p.size() || !endsSubject(p.get(k).lower())) {
            return null;
        }
        String key = Claimants.canonical(sb.toString());
        String head = p.get(k - 1).lower();
        return key != null && (named || Claimants.isKey(key) || ACTOR_HEADS.contains(head)) ? key : null;
    }

    /** Plural nouns that are also reporting verbs: "Russian media reports." vs "the ministry reports 12". */
    private static final Set<String> NOUN_OR_VERB = Set.of(
            "reports", "claims", "estimates", "records", "states", "claim", "estimate", "puts");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "such");
    private static final Set<String> PASSIVE = Set.of("been", "being", "was", "were", "is", "are", "be");
    /** Verbs of "said to be": what is said of someone, not what they say. */
    private static final Set<String> RAISING = Set.of("said", "reported", "believed", "thought", "understood",
            "known", "alleged", "rumoured", "rumored");
    /** Adverbs between a passive's "was" and its participle: "was initially reported", "were later said". */
    private static final Set<String> PASSIVE_ADVERBS = Set.of("initially", "originally", "first", "earlier",
            "previously", "later", "also", "reportedly", "widely", "now");

    /**
     * Whether the reporting word at {@code k} is used as a verb: not after a determiner ("the claim"), not a
     * passive ("deaths have been reported"), and an ambiguous plural ("reports") only when an object follows.
     */
    private static boolean isVerb(List<Token> t, int k) {
        int b = k - 1;
        while (b >= 0 && PASSIVE_ADVERBS.contains(t.get(b).lower())) {
            b--; // "It was initially reported that 20 people were killed" is passive, as "was reported" is
        }
        String before = b >= 0 ? t.get(b).lower() : "";
        if (DETERMINERS.contains(before) || PASSIVE.contains(before) || Lexicon.PREP.contains(before)) {
            return false;
        }
        String verb = t.get(k).lower();
        String after = k + 1 < t.size() ? t.get(k + 1).lower() : "";
        if (after.equals("way") && (verb.startsWith("gave") || verb.startsWith("give"))) {
            return false; // "when the dam wall gave way": no report
        }
        if (Lexicon.STATE.containsKey(after)) {
            return false; // "21 pupils confirmed dead", "two reported missing": what is said of them
        }
        if (MONEY.contains(after) || Lexicon.CURRENCY.contains(after)) {
            return false; // "PM announces Rs 2 lakh for kin of deceased": a payment, not a count
        }
        if (verb.startsWith("claim") && k + 1 < t.size() && t.get(k + 1).is("responsibility")) {
            return false; // "claimed responsibility for the attack": no report
        }
        for (int j = k + 1; verb.startsWith("claim") && j < Math.min(t.size(), k + 5); j++) {
            if (t.get(j).is("lives")) {
                return false; // "The crash claimed the lives of 3 people", "have claimed over 220 lives"
            }
        }
        if (k + 2 < t.size() && RAISING.contains(t.get(k).lower()) && t.get(k + 1).is("to")
                && (t.get(k + 2).is("be") || t.get(k + 2).is("have"))) {
            // "two civilians said to be wounded", "a man reported to have died": what is said of them, not what
            // they say (the civilians were the reporter of the sentence's 3 dead)
            return false;
        }
        if (!NOUN_OR_VERB.contains(t.get(k).lower())) {
            return true;
        }
        if (k + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(k + 1);
        String w = next.lower();
        return next.isNum() || next.capitalised() || w.equals("that") || w.equals("it")
                || w.equals("the") || w.equals("more") || w.equals("at") || w.equals("nearly")
                || w.equals("about") || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("some")
                || w.equals("almost") || w.equals("up") || w.equals("between");
    }

    /**
     * Who said what the reporting verb at {@code verb} reports: an apposition before it ("Oleh Synehubov, the
     * regional governor, said"), else an inverted subject after it ("..., said Oleh Synehubov, the governor of the
     * Kharkiv region."), else the noun phrase ending just before it; null when none names anyone. Kept as written.
     */
    private static String subjectOf(List<Token> t, int verb) {
        String apposed = appositionBefore(t, verb);
        if (apposed != null) {
            return apposed;
        }
        String inverted = subjectAfter(t, verb);
        return inverted != null ? inverted : subjectBefore(t, verb);
    }

    /** "Oleh Synehubov, the regional governor, said" or "the regional governor, Oleh Synehubov, said". */
    private static String appositionBefore(List<Token> t, int verb) {
        int k = skipAux(t, verb - 1);
        if (k <= 0 || !t.get(k).is(",")) {
            return null;
        }
        int[] second = phraseBefore(t, k - 1);
        if (second == null || second[0] < 2 || !t.get(second[0] - 1).is(",") || aside(t.get(second[0]))) {
            return null; // "The ministry, citing hospital data, said" is no apposition: subjectBefore reads it
        }
        int[] first = phraseBefore(t, second[0] - 2);
        if (first == null) {
            return null;
        }
        String lead = t.get(second[0]).lower();
        if (second[0] + 1 < second[1] && t.get(second[0] + 1).is("by")) {
            // "The tally, compiled by AFP, says": a toll's keeper; "The militia, backed by Iran, said": the head
            String joined = text(t, first) + " " + text(t, second);
            String kept = keeperOfToll(joined);
            return kept.equals(joined) ? text(t, first) : kept;
        }
        if (lead.equals("part")) {
            return text(t, first); // "The agency, part of the interior ministry, said": the agency
        }
        if (lead.equals("a") || lead.equals("an")) {
            // "The mayor, a former army officer, said": the aside describes the head, which is the source, unless
            // it names the body the head speaks for ("Colonel Smith, a spokesman for the army, said")
            return choose(text(t, first), text(t, second), true);
        }
        // "Volodymyr Zelensky, the Ukrainian president, said": the appositive names the source unless the name does
        return choose(text(t, first), text(t, second), false);
    }

    /** The noun phrase ending just before the reporting verb at {@code verb}, or null. */
    private static String subjectBefore(List<Token> t, int verb) {
        int k = skipAux(t, verb - 1);
        if (k >= 3 && t.get(k).is(",") && (t.get(k - 1).is("however") || t.get(k - 1).is("meanwhile"))
                && t.get(k - 2).is(",")) {
            k = skipAux(t, k - 3); // "Hospital officials, however, said" was keyed "however"
        }
        if (k > 0 && t.get(k).is(",")) {
            int open = relativeAsideOpen(t, k);
            if (open > 0) {
                // "the rebels, who have been fighting the government since 2012, said": the head before the aside
                // (the aside's last words, "since 2012", named no one, and the sentence's other reporter took it)
                int[] outer = phraseBefore(t, open - 1);
                if (outer != null && !aside(t.get(outer[0]))) {
                    return text(t, outer);
                }
            }
            k--; // ", the Ukrainian president, said" with no name before it: the appositive is the subject
        }
        int[] phrase = phraseBefore(t, k);
        if (phrase == null) {
            return null;
        }
        int rel = phrase[0] - 1;
        boolean comma = rel >= 2 && t.get(rel - 1).is(",");
        boolean restrictive = rel >= 1 && t.get(rel).is("that") && CLAUSE_VERB.contains(t.get(phrase[0]).lower());
        if (rel >= 1 && (comma && RELATIVE.contains(t.get(rel).lower()) || t.get(rel).is("who")
                && !isWhoTheBody(t.get(rel)) || restrictive) && !namesAReporter(t.get(phrase[0]))) {
            // (and "the only hospital in the town that is still functioning, said": "is still functioning" was
            // the claimant)
            // "The health ministry, which is run by Hamas, said", "Residents who fled said": the relative clause
            // is about the subject, not it (the ministry's figure was credited to "is run by hamas")
            int[] outer = phraseBefore(t, comma ? rel - 2 : rel - 1);
            return outer == null || aside(t.get(outer[0])) ? null : text(t, outer);
        }
        if (!aside(t.get(phrase[0]))) {
            return text(t, phrase);
        }
        for (int j = phrase[1] - 2; j > phrase[0] + 1; j--) {
            if (t.get(j).is("the") && Claimants.isPreposition(t.get(phrase[0]).lower())) {
                // "In a later statement the city council said", "On Monday the governor said": the subject after
                // an opening phrase with no comma (it was read as part of the place or time, and named no one)
                return text(t, new int[] {j, phrase[1]});
            }
        }
        // a place or a time is not a claimant ("killed in Kharkiv, said ..."); "The ministry, in a statement, said"
        // and "The ministry, citing hospital data, said" are the ministry's
        if (phrase[0] < 2 || !t.get(phrase[0] - 1).is(",")) {
            return null;
        }
        int[] outer = phraseBefore(t, phrase[0] - 2);
        return outer == null || aside(t.get(outer[0])) ? null : text(t, outer);
    }

    /** Plural reporters that open an object relative clause bare: "one who police said was shot". */
    private static final Set<String> BARE_REPORTERS = Set.of("police", "officials", "neighbours", "neighbors",
            "witnesses", "residents", "sources", "authorities", "relatives", "doctors", "rescuers", "medics",
            "activists", "prosecutors", "investigators", "officers", "troops", "soldiers");

    /**
     * Whether a relative clause's words open on a reporter, so the relative pronoun is their object ("one who police
     * said was shot", "the figures, which the ministry said showed": the police and the ministry said), not their
     * subject ("Residents who fled said", "The health ministry, which is run by Hamas, said": the head said).
     */
    private static boolean namesAReporter(Token first) {
        String w = first.lower();
        return DETERMINERS.contains(w) || BARE_REPORTERS.contains(w)
                || first.capitalised() && !w.equals("i") && !FINITE.contains(w);
    }

    /**
     * Whether a "who" is the World Health Organization, written in capitals: "..., the WHO said" was cut at the
     * "who" as if a relative clause began there, and credited to no one.
     */
    private static boolean isWhoTheBody(Token tok) {
        return tok.text().equals("WHO");
    }

    /**
     * The comma that opens a relative aside (", who ...", ", which ...") holding the words just before token
     * {@code at} (the aside's closing comma, or a verb inside it), or -1 when the nearest comma before is no such
     * opening.
     */
    private static int relativeAsideOpen(List<Token> t, int at) {
        for (int j = at - 1; j >= 1 && j > at - 20; j--) {
            if (t.get(j).is(",")) {
                Token rel = t.get(j + 1);
                return (rel.is("who") || rel.is("which")) && !isWhoTheBody(rel) ? j : -1;
            }
        }
        return -1;
    }

    /** Verbs that open a relative clause's rest after "that": "that is still functioning", "that has treated". */
    private static final Set<String> CLAUSE_VERB = Set.of("is", "are", "was", "were", "has", "have", "had", "remains",
            "remain", "runs", "serves", "treats", "treated");

    /** Pronouns that open a relative clause between a subject and its verb: ", which is run by Hamas,". */
    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whose");

    /** Whether a phrase starting with {@code first} is an aside, not a subject: "in Kharkiv", "citing data". */
    private static boolean aside(Token first) {
        String w = first.lower();
        return Claimants.isPreposition(w) || (w.endsWith("ing") && w.length() > 4
                && !first.capitalised());
    }

    private static int skipAux(List<Token> t, int k) {
        while (k >= 0 && VERB_AUX.contains(t.get(k).lower())) {
            k--;
        }
        return k;
    }

    /**
     * The words of the noun phrase that ends at token {@code k}, as {@code [start, end)}, a trailing "(OHCHR)"
     * dropped; null when no word ends there.
     */
    private static int[] phraseBefore(List<Token> t, int k) {
        int end = k + 1;
        int start = end;
        int words = 0;
        while (k >= 0 && words < MAX_WORDS) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (w.equals(")")) {
                int open = k;
                while (open >= 0 && !t.get(open).is("(")) {
                    open--;
                }
                if (open < 0) {
                    break;
                }
                if (start == end) {
                    end = open; // drop a trailing "(OHCHR)"
                    start = open;
                }
                k = open - 1;
                continue;
            }
            if (w.equals("to") && k >= 2 && RAISING.contains(t.get(k - 1).lower()) && k + 1 < t.size()
                    && (t.get(k + 1).is("be") || t.get(k + 1).is("have"))) {
                // "A woman said to be a local journalist told AFP": what is said of the subject describes it, and
                // the subject stands before it (the phrase was "to be a local journalist", which names no one)
                end = k - 1;
                k -= 2;
                if (k >= 1 && t.get(k).is(",")) {
                    end = k; // "The spokesman, said to be close to the president, said"
                    k--;
                }
                start = end;
                words = 0;
                continue;
            }
            if (!tok.isWord() || SUBJECT_STOP.contains(w) && !isWhoTheBody(tok) || Lexicon.SPEECH.contains(w)
                    || Lexicon.STATE.containsKey(w) || Lexicon.ACTIVE.containsKey(w)) {
                break;
            }
            start = k;
            words++;
            k--;
        }
        while (start < end && !t.get(start).isWord()) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** The words of {@code t} in {@code [range[0], range[1])} as written, one space apart. */
    private static String text(List<Token> t, int[] range) {
        StringBuilder sb = new StringBuilder();
        for (int i = range[0]; i < range[1]; i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(tok.text());
        }
        return sb.toString();
    }

    /** Reporting verbs a wire puts before their subject: "..., said the governor." */
    /** Words a payment announced opens with besides a currency: "announces ex gratia", "announced compensation". */
    private static final Set<String> MONEY = Set.of("ex", "compensation", "relief");

    private static final Set<String> INVERTING = Set.of("said", "says", "added", "wrote", "reported",
            "say"); // a headline's "..., say rescue officials
    /** Words that make the words after a reporting verb a clause, not its subject: "said the toll had risen". */
    private static final Set<String> CLAUSE = Set.of(
            "that", "which", "who", "whom", "when", "while", "because", "if", "be", "been", "being", "should",
            "might", "must", "do", "not", "and", "or", "but");
    /** Participles in "-ed" that do occur in a claimant's name: "the Armed Forces", "the state-owned agency". */
    private static final Set<String> NAME_PARTICIPLES = Set.of("armed", "united", "red", "retired", "unnamed");

    /**
     * The inverted subject of a reporting verb after a comma: "..., said Oleh Synehubov, the governor of the
     * Kharkiv region." (the person or the institution, {@link #choose}), "..., said the regional governor.".
     * Only when the words after the verb are a noun phrase that ends the sentence (or goes on to an apposition):
     * "..., said the toll had risen to 12" and "..., said on Thursday that" are not inversions. Before this a
     * backward search found the place before the comma: "in Kharkiv" was the claimant.
     */
    private static String subjectAfter(List<Token> t, int verb) {
        if (!INVERTING.contains(t.get(verb).lower())) {
            return null;
        }
        int c = verb - 1;
        if (c > 0 && t.get(c).is("\"")) {
            c--; // "\"Six people were killed,\" said the governor."
        }
        if (c < 0 || !t.get(c).is(",")) {
            return null;
        }
        int[] head = nounPhraseAfter(t, verb + 1);
        if (head == null) {
            return null;
        }
        if (closes(t, head[2])) {
            return text(t, head);
        }
        if (!t.get(head[2]).is(",")) {
            return null;
        }
        int[] apposition = nounPhraseAfter(t, head[2] + 1);
        if (apposition != null && (closes(t, apposition[2]) || t.get(apposition[2]).is(","))) {
            return choose(text(t, head), text(t, apposition), true);
        }
        // ", said X, adding that ..." names X; ", said Kharkiv, Sumy and Odesa had ..." is a list, not a subject
        boolean speaker = head[2] + 1 < t.size() && SPEAKER_CLAUSE.contains(t.get(head[2] + 1).lower());
        return speaker ? text(t, head) : null;
    }

    /**
     * A noun phrase starting at {@code from}, as {@code [start, end, next]}: its words up to a preposition other
     * than "of" ("the governor of the Kharkiv region" but not "on Thursday"), and {@code next}, the token after
     * the words and any trailing prepositional phrase. Null when the words read as a clause (a verb, a number) or
     * start with a preposition.
     */
    private static int[] nounPhraseAfter(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).isWord() || Claimants.isPreposition(t.get(from).lower())) {
            return null;
        }
        int end = -1;
        int j = from;
        while (j < t.size() && t.get(j).isWord()) {
            Token tok = t.get(j);
            String w = tok.lower();
            if (Lexicon.SPEECH.contains(w) || Lexicon.ACTIVE.containsKey(w) || Lexicon.STATE.containsKey(w)
                    || FINITE.contains(w) || CLAUSE.contains(w) || j - from >= 12) {
                return null;
            }
            boolean participle = w.endsWith("ed") && w.length() > 4 && w.indexOf('-') < 0
                    && !tok.capitalised() && !NAME_PARTICIPLES.contains(w);
            if (participle && end < 0) {
                return null; // "said Russian forces shelled the city"
            }
            if (end < 0 && j > from && !w.equals("of") && Claimants.isPreposition(w)) {
                end = j;
            }
            j++;
        }
        if (end < 0) {
            end = j;
        }
        return end - from > 8 ? null : new int[] {from, end, j};
    }

    /** Punctuation that closes a sentence or a quotation. */
    private static final Set<String> CLOSING = Set.of(".", "!", "?", "\"", "'", ")");
    /** Punctuation after which a new clause starts: "..., said the governor - the deadliest attack this year". */
    private static final Set<String> CLAUSE_BREAK = Set.of(";", "-", "\u2013", "\u2014", ":");
    /** Words after a comma that start a clause about the speaker: "..., said Oleh Synehubov, adding that ...". */
    private static final Set<String> SPEAKER_CLAUSE = Set.of(
            "adding", "saying", "citing", "who", "which", "according", "as", "while", "warning", "noting");

    /** Whether the subject's clause ends at token {@code k}: the sentence ends or a new clause starts. */
    private static boolean closes(List<Token> t, int k) {
        if (k < t.size() && CLAUSE_BREAK.contains(t.get(k).lower())) {
            return true;
        }
        for (int i = k; i < t.size(); i++) {
            if (t.get(i).isWord() || t.get(i).isNum() || !CLOSING.contains(t.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Of a noun phrase and its apposition ("Oleh Synehubov, the regional governor"), the one that names the
     * claimant: an institution the alias table knows ("Igor Konashenkov, the Russian defence ministry spokesman"
     * is Russia's), else a person's name, a surname alone too ("the regional governor, Oleh Synehubov" and
     * "Synehubov, the regional governor" are his), else {@code head} when
     * {@code preferHead}, otherwise the apposition. A side that names no one (a place) is never chosen.
     */
    private static String choose(String head, String apposition, boolean preferHead) {
        String h = Claimants.canonical(head);
        String a = Claimants.canonical(apposition);
        if (h == null || a == null) {
            return h == null ? apposition : head;
        }
        if (Claimants.isInstitution(h) || Claimants.isInstitution(a)) {
            return Claimants.isInstitution(h) ? head : apposition;
        }
        if (Claimants.namesAPerson(head) || Claimants.namesAPerson(apposition)) {
            return Claimants.namesAPerson(head) ? head : apposition;
        }
        if (properName(head) && !properName(apposition)) {
            // "The Syrian Observatory for Human Rights, a UK-based war monitor, said", "SANA, the state news agency,
            // said": a name and what it is; the description was the key ("uk-based war monitor")
            return head;
        }
        return preferHead ? head : apposition;
    }

    /** Whether a phrase is written as a name: every word of four or more letters, "the" aside, capitalised. */
    private static boolean properName(String phrase) {
        boolean any = false;
        for (String w : phrase.strip().split("[\\s,]+")) {
            if (w.length() >= 4 || w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))
                    && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String accordingTo(List<Token> t) {
        return accordingTo(t, 0);
    }

    /** {@link #accordingTo(List)} for an "according to" at or after token {@code from}. */
    private static String accordingTo(List<Token> t, int from) {
        for (int k = Math.max(0, from); k + 2 < t.size(); k++) {
            if (!t.get(k).is("according") || !t.get(k + 1).is("to")) {
                continue;
            }
            int j = k + 2;
            while (j < t.size() && j < k + 16) {
                Token tok = t.get(j);
                if (!tok.isWord() || tok.is("in") || tok.is("on") || tok.is("as") || tok.is("which")
                        || tok.is("who") && !isWhoTheBody(tok) || tok.is("that") || tok.is("since")) {
                    break;
                }
                j++;
            }
            if (j == k + 2) {
                continue;
            }
            String named = text(t, new int[] {k + 2, j});
            // "according to the regional governor, Oleh Synehubov." is his, as "according to Oleh Synehubov, the
            // regional governor." is
            int[] apposition = j < t.size() && t.get(j).is(",") ? nounPhraseAfter(t, j + 1) : null;
            if (apposition != null && (closes(t, apposition[2]) || t.get(apposition[2]).is(","))) {
                named = choose(named, text(t, apposition), true);
            }
            return Claimants.canonical(named);
        }
        return null;
    }

    /**
     * The source a fact box names in its title, for a count after the title's colon: "Key figures from the Ministry
     * of Health: killed: 63; wounded: 281", "Figures from OCHA: ...". {@code null} when the sentence opens otherwise.
     */
    private static String boxFrom(List<Token> t, int figureAt) {
        int k = t.size() > 1 && t.get(0).is("key") ? 1 : 0;
        if (!(k + 2 < t.size() && BOX_TITLES.contains(t.get(k).lower()) && t.get(k + 1).is("from"))) {
            return null;
        }
        int j = k + 2;
        while (j < t.size() && j < k + 12 && t.get(j).isWord()) {
            j++;
        }
        if (j == k + 2 || j >= figureAt || !t.get(j).is(":")) {
            return null;
        }
        return Claimants.canonical(text(t, new int[] {k + 2, j}));
    }

    private static final Set<String> BOX_TITLES = Set.of("figures", "numbers", "data", "statistics", "casualties",
            "toll");

    /**
     * Who gives a count at a headline's head or tail besides {@link #ACTOR_HEADS}: "Sheriff: 3 dead", "Medics: 20
     * killed", "Red Crescent: 40 dead", "... mall shooting: sheriff". Only there: elsewhere these are as often the
     * people counted or at work.
     */
    private static final Set<String> HEADLINE_SOURCES = Set.of("sheriff", "prosecutor", "prosecutors", "junta",
            "hospital", "hospitals", "medics", "paramedics", "doctors", "rescuers", "firefighters", "coroner",
            "cross", "crescent");

    /** Bare names of the two states: at a headline's head they label the story's place, not its source. */
    private static final Set<String> STATE_LABELS = Set.of("russia", "moscow", "ukraine", "kyiv", "kiev");

    /**
     * The speaker of a headline in the "Speaker: claim" form, for a figure after the colon: "UN: at least 1,035
     * civilians killed", "Zelensky: 31,000 soldiers killed", "Kharkiv governor: 12 dead", "Russia's defence
     * ministry: 498 soldiers killed". The same form labels a place or a story ("Kyiv: 40 killed in missile strike",
     * "Ukraine war: ...", "Live: ...", "US: ..."), so only a phrase that names who keeps a count is taken: an
     * institution of the alias table (not a bare state or capital, which is the place), a phrase headed by an
     * office or body ("police", "health ministry", "Governor Synehubov"). A name without a title ("Terekhov:",
     * "Oleh Synehubov:") cannot be told from a place ("Sri Lanka:") and is left, as before, to no one.
     */
    private static String headlineSpeaker(List<Token> t, int figureAt) {
        int colon = -1;
        for (int k = 0; k < Math.min(t.size(), 7); k++) {
            if (t.get(k).is(":")) {
                colon = k;
                break;
            }
            if (!t.get(k).isWord()) {
                return null;
            }
        }
        if (colon < 1 || figureAt <= colon) {
            return null;
        }
        String phrase = text(t, new int[] {0, colon});
        String key = Claimants.canonical(phrase);
        if (key == null || colon == 1 && STATE_LABELS.contains(t.get(0).lower())) {
            return null;
        }
        boolean office = false;
        for (int k = 0; k < colon; k++) {
            office |= ACTOR_HEADS.contains(t.get(k).lower()) || HEADLINE_SOURCES.contains(t.get(k).lower());
        }
        return office || Claimants.isKey(key) || Claimants.isNewsAgency(key) ? key : null;
    }

    /** "... killed - Moscow" or "...: Governor" at the end of a headline. */
    private static String headlineTag(List<Token> t) {
        int n = t.size();
        for (int k = n - 2; k >= Math.max(0, n - 6); k--) {
            String w = t.get(k).lower();
            if (!(w.equals("-") || w.equals("\u2013") || w.equals(":"))) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = k + 1; j < n; j++) {
                Token tok = t.get(j);
                // "...: Governor", "...: Ukraine official" - a name, then only actor nouns in lower case; or an
                // actor noun alone ("... Kabul school bombing: officials", "...: sheriff")
                if (!tok.isWord() || !(tok.capitalised() || ACTOR_HEADS.contains(tok.lower())
                        || HEADLINE_SOURCES.contains(tok.lower()))) {
                    return null;
                }
                String word = tok.text();
                int pub = tok.lower().indexOf("published");
                if (pub > 0) {
                    word = word.substring(0, Math.min(pub, word.length())); // "Moscowpublished at 17:02 ..."
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word);
                if (pub > 0) {
                    break;
                }
            }
            return sb.isEmpty() ? null : Claimants.canonical(sb.toString());
        }
        // "... killed - Moscowpublished at 17:02 Greenwich Mean Time 2 March 2022"
        for (int k = 0; k + 1 < n; k++) {
            if ((t.get(k).is("-") || t.get(k).is("\u2013")) && t.get(k + 1).isWord()) {
                String lw = t.get(k + 1).lower();
                int pub = lw.indexOf("published");
                if (pub > 0) {
                    return Claimants.canonical(lw.substring(0, pub));
                }
            }
        }
        return null;
    }
}
