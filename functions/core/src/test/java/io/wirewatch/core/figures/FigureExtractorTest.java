package io.wirewatch.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.core.model.Figure;
import io.wirewatch.core.model.FigureKind;
import io.wirewatch.core.model.Qualifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();

    private Figure only(String text) {
        List<Figure> f = extractor.extract(text);
        assertEquals(1, f.size(), () -> "expected one figure in: " + text + " but got " + f);
        return f.get(0);
    }

    @Nested
    class Numbers {
        @Test
        void digitsWithSeparators() {
            assertEquals(1597, only("Another 1,597 people were wounded.").count());
            assertEquals(5840, only("Kyiv claims it has killed 5,840 Russian troops.").count());
        }

        @Test
        void suffixesAndScaleWords() {
            assertEquals(12_000, only("Officials said 12k people have died.").count());
            assertEquals(1_500_000, only("The war has killed 1.5 million people.").count());
        }

        @Test
        void numbersInWords() {
            assertEquals(2, only("Two people were killed in the blast.").count());
            assertEquals(9, only("Nine civilians died overnight.").count());
            assertEquals(15, only("Fifteen soldiers were wounded.").count());
            assertEquals(21, only("Twenty-one miners were killed.").count());
            assertEquals(1_000_000, only("The famine killed one million people.").count());
            assertEquals(100, only("The fire killed a hundred people.").count());
        }

        @Test
        void rangesWithDashAndBetween() {
            Figure dash = only("NATO estimates between 7,000-15,000 Russian troops have been killed.");
            assertEquals(7000, dash.count());
            assertEquals(15000L, dash.upperBound());
            Figure between = only("Between 30,000 and 40,000 Ukrainian soldiers have been killed.");
            assertEquals(30000, between.count());
            assertEquals(40000L, between.upperBound());
        }

        @Test
        void qualifiers() {
            assertEquals(Qualifier.AT_LEAST, only("At least 18 people were killed.").qualifier());
            assertEquals(Qualifier.MORE_THAN, only("Over 200 people were injured.").qualifier());
            assertEquals(Qualifier.MORE_THAN, only("In excess of 300 people died.").qualifier());
            assertEquals(Qualifier.NEARLY, only("Almost 1,600 were wounded.").qualifier());
            assertEquals(Qualifier.ABOUT, only("Russia has lost some 15,800 servicemen.").qualifier());
            assertEquals(Qualifier.ABOUT, only("The fighting has killed an estimated 15,000 people.").qualifier());
            assertEquals(Qualifier.UP_TO, only("As many as 100,000 troops have been killed.").qualifier());
        }
    }

    @Nested
    class SharedVerbs {
        @Test
        void othersCarriesWhoAcrossTheSharedVerb() {
            List<Figure> f = extractor.extract("The UN's human rights office says at least 1,035 civilians have been"
                    + " killed and 1,650 others wounded since Russia started its offensive.");
            assertEquals(2, f.size());
            assertEquals(1035, f.get(0).count());
            assertEquals(FigureKind.KILLED, f.get(0).kind());
            assertEquals("civilians", f.get(0).who());
            assertEquals(1650, f.get(1).count());
            assertEquals(FigureKind.WOUNDED, f.get(1).kind());
            assertEquals("civilians", f.get(1).who());
        }

        @Test
        void aSidesForcesSufferingCasualtiesAreItsSoldiers() {
            // seed 003 (AP); the one "who" the seeds' gold disagreed on until 2 December 2026
            Figure ap = extractor.extract("Ukraine's military general staff said in a Facebook post that Russia's "
                    + "forces had suffered some 9,000 casualties in the fighting.").get(0);
            assertEquals("russian soldiers", ap.who());
            assertEquals("kyiv", ap.attributedTo(), "the soldiers are Russia's, the claim Kyiv's");
            assertEquals("ukrainian soldiers", extractor.extract(
                    "Ukrainian troops sustained 120 casualties, the ministry said.").get(0).who());
            assertEquals("people", extractor.extract(
                    "The city suffered 40 casualties in the shelling.").get(0).who(), "a place is nobody's forces");
        }

        @Test
        void bareCountsWithTwoParticiples() {
            List<Figure> f = extractor.extract("Russia put its own losses at 498 killed and 1,597 wounded.");
            assertEquals(List.of(498L, 1597L), f.stream().map(Figure::count).toList());
            assertEquals(List.of(FigureKind.KILLED, FigureKind.WOUNDED), f.stream().map(Figure::kind).toList());
            // "its own losses": the claimant's own military
            assertEquals(List.of("russian soldiers", "russian soldiers"), f.stream().map(Figure::who).toList());
            assertEquals("russia", f.get(0).attributedTo());
        }

        @Test
        void seed000RussianDefenceMinistryFigures() {
            List<Figure> f = extractor.extract("Russia's defence ministry has given its first figures for casualties"
                    + " sustained during its invasion of Ukraine. It says 498 Russian soldiers have been killed and"
                    + " 1,597 wounded so far, according to Russian media reports.");
            assertEquals(2, f.size());
            assertEquals("russian soldiers", f.get(0).who());
            assertEquals("russian soldiers", f.get(1).who());
            assertEquals(FigureKind.WOUNDED, f.get(1).kind());
            // "It says": the previous sentence's actor, not the trailing "according to Russian media reports"
            assertEquals("russia", f.get(0).attributedTo());
            assertEquals("russia", f.get(1).attributedTo());
        }

        /** "a dozen" is a numeral (12); see the FigureExtractor Javadoc. */
        @Test
        void aDozenIsTwelve() {
            List<Figure> f = extractor.extract("Russian attacks on the eastern Ukrainian city of Kharkiv have killed"
                    + " at least six civilians and wounded more than a dozen others, the region's governor has said.");
            assertEquals(2, f.size());
            assertEquals(6, f.get(0).count());
            assertEquals(Qualifier.AT_LEAST, f.get(0).qualifier());
            assertEquals(12, f.get(1).count());
            assertEquals(Qualifier.MORE_THAN, f.get(1).qualifier());
            assertEquals(FigureKind.WOUNDED, f.get(1).kind());
            assertEquals("civilians", f.get(1).who());
            assertEquals("region's governor", f.get(1).attributedTo());
        }

        @Test
        void dozensIsNotAFigure() {
            assertEquals(List.of(), extractor.extract("Dozens of people were killed in the strike."));
        }

        @Test
        void coordinatedSubjectsShareTheVerb() {
            List<Figure> f = extractor.extract("Earlier Ukraine's emergency services said more than 2,000 civilians"
                    + " and 10 emergency services personnel had been killed so far.");
            assertEquals(List.of(2000L, 10L), f.stream().map(Figure::count).toList());
            assertEquals("civilians", f.get(0).who());
            assertEquals("emergency services personnel", f.get(1).who());
            assertEquals("ukraine's emergency services", f.get(0).attributedTo());
        }

        /** A short aside between the counted subject and its verb does not hide the figure. */
        @Test
        void anAsideBetweenSubjectAndVerb() {
            List<Figure> f = extractor.extract(
                    "Ten people, including three children, were killed in Mykolaiv, the mayor said.");
            assertEquals(List.of(10L, 3L), f.stream().map(Figure::count).toList());
            assertEquals(List.of("people", "children"), f.stream().map(Figure::who).toList());
            assertEquals(FigureKind.KILLED, f.get(0).kind());
            assertEquals(FigureKind.KILLED, f.get(1).kind(), "\"including\" lists a part, as after the verb");
            assertEquals("mayor", f.get(0).attributedTo());
            assertEquals("mykolaiv", f.get(0).place());
            Figure most = only("At least 20 people, most of them civilians, were killed.");
            assertEquals(20, most.count());
            assertEquals(Qualifier.AT_LEAST, most.qualifier());
            assertEquals(FigureKind.KILLED, most.kind());
            assertEquals("people", most.who());
            assertEquals(5, only("Five people - including a child - were killed.").count());
            assertEquals(12, only("Twelve soldiers, mostly conscripts, have died.").count());
            assertEquals(10, only("Ten people, aged between 18 and 25, were killed in Zaporizhzhia.").count());
            List<Figure> g = extractor.extract("Ten people, including three children, were killed and 20 others"
                    + " injured.");
            assertEquals(List.of(10L, 3L, 20L), g.stream().map(Figure::count).toList());
            assertEquals("people", g.get(2).who(), "\"others\" are more of the people, not of the children");
            // a wire's correction in an aside: the figure is the one stated, the one it replaces is none
            assertEquals(4, only("Four people, not five as previously reported, were killed in the strike.").count());
            assertEquals(4, only("Four people - not five as previously reported - were killed.").count());
            assertEquals(12, only("Twelve people, not including the attackers, were killed.").count());
            // how badly some of the injured told before are hurt is no count of its own; others are
            assertEquals(List.of(), extractor.extract("The injured were admitted to the Government Medical College and"
                    + " Hospital, where two are said to be in a critical condition."));
            assertEquals(List.of(14L, 3L), extractor.extract("Police said 14 people were injured and three others are"
                    + " in a critical condition.").stream().map(Figure::count).toList());
            assertEquals(7, only("Seven people are in critical condition.").count());
            // "N of whom died": the N are dead; "one of whom" is no count ("four children, one of whom died as an
            // infant")
            assertEquals(List.of(40L, 12L), extractor.extract("Forty people were injured, 12 of whom later died.")
                    .stream().map(Figure::count).toList());
            assertEquals(List.of(), extractor.extract("The couple had four children, one of whom died as an infant."));
            // one of a group just told ("of them", "of whom") is a count; "one of the" picks out a member
            Figure one = only("Four of the six crew were recovered from a liferaft. One of them was later pronounced"
                    + " dead at Royal Cornwall Hospital, Truro.");
            assertEquals(1, one.count());
            assertEquals(FigureKind.DEAD, one.kind());
            assertEquals(List.of(), extractor.extract("It was one of the deadliest storms in memory."));
            assertEquals(List.of(), extractor.extract("One of the dead was a 14-year-old boy, police said."));
            // a noun phrase saying who they were
            Figure missing = only("Two others, a father and his teenage son, remain missing.");
            assertEquals(2, missing.count());
            assertEquals(FigureKind.MISSING, missing.kind());
            Figure fishermen = only("Five fishermen, all from the same village, were killed.");
            assertEquals(5, fishermen.count());
            assertEquals("fishermen", fishermen.who());
            assertEquals(2, only("Two men, the driver and a passenger, were injured.").count());
        }

        /** Only an aside that opens like one ("including", "most of them") and ends before the verb. */
        @Test
        void otherCommasStillEndTheSubject() {
            assertEquals(List.of(1L), extractor.extract("Ten people, including three children, were rescued, and"
                    + " one was killed.").stream().map(Figure::count).toList());
            assertEquals(List.of(3L), extractor.extract("Police detained 12 people, and three were killed.").stream()
                    .map(Figure::count).toList());
            assertEquals(List.of(3L), extractor.extract("Police detained 12 people, a spokesman said, and three were"
                    + " killed.").stream().map(Figure::count).toList());
        }

        @Test
        void coordinatedObjectsAndIncluding() {
            List<Figure> f = extractor.extract("A gunman killed 19 children and two teachers at a school.");
            assertEquals(List.of(19L, 2L), f.stream().map(Figure::count).toList());
            assertEquals("teachers", f.get(1).who());
            List<Figure> g = extractor.extract("The strike killed 45 people, including six children.");
            assertEquals(List.of(45L, 6L), g.stream().map(Figure::count).toList());
            assertEquals(FigureKind.KILLED, g.get(1).kind());
        }

        /** "others" after a figure's "including" part are more of the whole figure, not of the part. */
        @Test
        void othersAfterAnIncludingPartReferToTheWhole() {
            List<Figure> f = extractor.extract("Russian shelling killed 10 people, including three children, and"
                    + " wounded 20 others in Kharkiv, the governor said.");
            assertEquals(List.of(10L, 3L, 20L), f.stream().map(Figure::count).toList());
            assertEquals(List.of("people", "children", "people"), f.stream().map(Figure::who).toList());
            assertEquals(List.of(FigureKind.KILLED, FigureKind.KILLED, FigureKind.WOUNDED),
                    f.stream().map(Figure::kind).toList());
            List<Figure> g = extractor.extract("Shelling killed 10 people, among them two medics, and injured 30"
                    + " others.");
            assertEquals(List.of(10L, 2L, 30L), g.stream().map(Figure::count).toList());
            assertEquals(List.of("people", "medics", "people"), g.stream().map(Figure::who).toList());
            List<Figure> h = extractor.extract("Shelling killed 10 people and wounded 20.");
            assertEquals(List.of(10L, 20L), h.stream().map(Figure::count).toList());
            assertEquals("people", h.get(1).who());
            List<Figure> k = extractor.extract("Shelling killed 5 soldiers and wounded 12 civilians.");
            assertEquals(List.of("soldiers", "civilians"), k.stream().map(Figure::who).toList());
        }
    }

    @Nested
    class Tolls {
        /**
         * Review 7's wire leads that gave no figure at all: how badly ("were seriously injured", "badly hurt",
         * "critically wounded"), "shot dead" and "fatally shot", an aside without commas ("Six people including a
         * child were killed") and an age written as one numeral ("Two 15-year-old boys"). A part told by its
         * severity ("Six people were injured, two seriously") stays no count of its own.
         */
        @Test
        void everydayWireLeadsGiveTheirCount() {
            for (String[] c : new String[][] {
                    {"Emergency services said 4 people were seriously injured after a gas explosion.", "4 INJURED"},
                    {"Four people were badly hurt.", "4 INJURED"},
                    {"4 people were critically wounded in the attack.", "4 WOUNDED"},
                    {"Four seriously injured in crash", "4 INJURED"},
                    {"Gunmen shot dead 12 people at a party in Irapuato, the mayor said.", "12 KILLED"},
                    {"A gunman fatally shot 5 people at a bar.", "5 KILLED"},
                    {"Three teenagers were fatally shot on Sunday, police said.", "3 KILLED"},
                    {"Six people including a child were killed when a helicopter crashed.", "6 KILLED"},
                    {"Twelve people including police officers died.", "12 DEAD"},
                    {"Two 15-year-old boys were injured in a shooting in Birmingham, police said.", "2 INJURED"},
                    // review 9 (450 blind everyday sentences): care, manner and "all" forms
                    {"Six people were taken to hospital with injuries after a bus hit a bridge.", "6 INJURED"},
                    {"Officials said 9 passengers were treated for minor injuries at the scene.", "9 INJURED"},
                    // email set 1 (a government's storm update): the hospital between "treated" and "for"
                    {"Seven people have been treated at St Bernard's Hospital for injuries caused by falling masonry.",
                            "7 INJURED"},
                    {"Four firefighters were treated at the scene for smoke inhalation.", "4 INJURED"},
                    {"Two police officers sustained serious injuries in the attack.", "2 INJURED"},
                    {"Five people were left with serious injuries after the collision.", "5 INJURED"},
                    {"Seven people are in critical condition after the bus crash.", "7 INJURED"},
                    {"Four people received treatment for smoke inhalation.", "4 INJURED"},
                    {"Seventeen people were burned to death when a fire ripped through a hotel.", "17 KILLED"},
                    {"Nine passengers were burnt alive when a tanker rammed into a bus.", "9 KILLED"},
                    {"Seven devotees were trampled to death in a stampede.", "7 KILLED"},
                    {"Two workers were electrocuted at a copper mine.", "2 DEAD"},
                    {"Two soldiers were martyred in an exchange of fire.", "2 KILLED"},
                    {"Three more victims succumbed to their injuries overnight.", "3 DEAD"},
                    {"Four people were later pronounced dead at a local hospital, police said.", "4 DEAD"},
                    {"Two teenagers were shot and killed outside a high school.", "2 KILLED"},
                    {"Police said two pedestrians were struck and killed by a pickup truck.", "2 KILLED"},
                    {"Three patients in the hospital's ICU died after the power cut.", "3 DEAD"},
                    {"Four residents of the care home died after the outbreak.", "4 DEAD"},
                    {"All 157 people aboard perished when the flight crashed.", "157 DEAD"},
                    {"The helicopter crash killed all nine people on board.", "9 KILLED"},
                    {"Police have found the bodies of three hikers missing since last week.", "3 DEAD"}}) {
                Figure f = only(c[0]);
                assertEquals(c[1], f.count() + " " + f.kind(), c[0]);
            }
            assertEquals(List.of(6L), extractor.extract("Six people were injured, two seriously, when a car hit "
                    + "pedestrians.").stream().map(Figure::count).toList());
            assertEquals(List.of(352L), extractor.extract("The attack left 352 injured, 99 critically.").stream()
                    .map(Figure::count).toList());
            // email set 3 (a reply-all chain): found, so no longer missing, as "who had been missing" was
            assertEquals(List.of(), extractor.extract("Crews recovered the two contract workers who had been"
                    + " unaccounted for."));
            assertEquals(List.of(), extractor.extract("Another 20 lambs were so badly injured they had to be put "
                    + "down."));
            assertEquals(List.of(14L), extractor.extract("Officials said 14 people were taken to hospital with "
                    + "injuries, two in critical condition.").stream().map(Figure::count).toList(), "a part");
            // counts by place with the verb left out: the second was lost
            for (String[] c : new String[][] {
                    {"The storm killed at least 5 people in Cuba and 3 in Jamaica, officials said.", "cuba", "jamaica"},
                    {"Three Palestinians were killed in Jenin and 2 in Tubas, the health ministry said.", "jenin",
                        "tubas"},
                    {"The quake killed at least 2,500 people in Turkey and 800 in Syria.", "turkey", "syria"}}) {
                List<Figure> f = extractor.extract(c[0]);
                assertEquals(List.of(c[1], c[2]), f.stream().map(Figure::place).toList(), c[0]);
                assertEquals(f.get(0).kind(), f.get(1).kind(), c[0]);
            }
            // review 10 (500 blind lines, held out): a magnitude's decimal read as a count of 8, a drill, software,
            // and a part "of whom" in critical condition
            assertEquals(List.of(2946L), extractor.extract("A magnitude-6.8 earthquake in Morocco has killed 2,946 "
                    + "people, the interior ministry said.").stream().map(Figure::count).toList());
            assertEquals(List.of(302L, 450L), extractor.extract("A total of 302 people have been killed and 450 "
                    + "injured, of whom 70 are in critical condition, the ministry said.").stream().map(Figure::count)
                    .toList());
            // reviews 9 and 11: people "shot" are casualties (killed or wounded), and the part "fatally" shot is killed
            for (String[] c : new String[][] {
                    {"Nine people were shot, one fatally, outside a bar in Memphis.", "9 CASUALTIES", "1 KILLED"},
                    {"Chicago police said 45 people were shot, 7 of them fatally, over the holiday weekend.",
                        "45 CASUALTIES", "7 KILLED"},
                    {"19 shot, 3 fatally, in Chicago weekend violence", "19 CASUALTIES", "3 KILLED"}}) {
                assertEquals(List.of(c[1], c[2]), extractor.extract(c[0]).stream().map(f -> f.count() + " "
                        + f.kind()).toList(), c[0]);
            }
            assertEquals("4 CASUALTIES", only("Four teenagers were shot near a school on Tuesday.").count() + " "
                    + only("Four teenagers were shot near a school on Tuesday.").kind());
            for (String none : List.of("Soldiers were shot at by gunmen.", "Two drones were shot down over Belgorod.",
                    "The film was shot in 12 days.")) {
                assertEquals(List.of(), extractor.extract(none), none);
            }
            // review 11: the injured who died are dead; money and rounds fired are no casualties
            assertEquals(List.of("6 DEAD", "2 DEAD"), extractor.extract("Toll in Sivakasi cracker unit blast rises to 6 "
                    + "as 2 injured women die in hospital").stream().map(f -> f.count() + " " + f.kind()).toList());
            assertEquals(List.of(5L, 11L), extractor.extract("Columbus shooting - the numbers: 5 killed, 11 injured, "
                    + "30+ rounds fired, 1 rifle recovered.").stream().map(Figure::count).toList());
            for (String none : List.of("PM Modi announced Rs 2 lakh for the next of kin of each deceased and Rs 50,000 "
                    + "for the injured.", "The CM announced Rs 4 lakh compensation each for the families of those "
                    + "killed in the blast.", "A drill at the airport simulated a crash with 150 casualties.",
                    "The emergency exercise assumed 40 dead and 200 injured in a mock earthquake.",
                    "The antivirus software detected and killed 45 malicious processes.",
                    // a currency named after the number (a saved Nepali page)
                    "The prime minister announced compensation of 200,000 rupees for the families of each person "
                            + "killed.", "Families of those killed will receive 5 million yen each.")) {
                assertEquals(List.of(), extractor.extract(none), none);
            }
            for (String none : List.of("Eight schoolchildren were hospitalised after eating at the canteen.",
                    "A man was killed in a crash.", "Police arrested 12 people, two in critical condition.",
                    "Two players suffered hamstring injuries in the first half.",
                    "Three players were taken to hospital with knee injuries after the match.")) {
                assertEquals(List.of(), extractor.extract(none), none);
            }
        }

        /**
         * "the total" counts what the count just before it did, and a figure or total "for" something else is that
         * thing's: "Two people died, and police said 1,300 people had been detained; the total rose to 1,500" sent
         * 1,500 dead, and "the figure for homes was later raised to 60" sent 60 killed.
         */
        @Test
        void aTotalOrFigureOfAnotherCountIsNoToll() {
            assertEquals(List.of(2L), extractor.extract("Two people died in the protests, and police said 1,300 "
                    + "people had been detained; the total rose to 1,500 by midnight.").stream().map(Figure::count)
                    .toList());
            assertEquals(List.of(6L), extractor.extract("Officials said 6 people were killed and 45 homes were swept "
                    + "away; the figure for homes was later raised to 60.").stream().map(Figure::count).toList());
            assertEquals(List.of(3L, 150L), extractor.extract("Three more people died overnight, bringing the total "
                    + "to 150.").stream().map(Figure::count).toList(), "a total may be any multiple of its part");
            assertEquals(List.of("people", "people"), extractor.extract("The governor said 19 people died; the "
                    + "mayor put the figure at 19 too.").stream().map(Figure::who).toList());
        }

        @Test
        void deathTollRisenTo() {
            Figure f = only("The death toll has risen to 21.");
            assertEquals(21, f.count());
            assertEquals(FigureKind.DEAD, f.kind());
        }

        @Test
        void numberOfDeadStandsAt() {
            assertEquals(35, only("The number of dead now stands at 35, local officials say.").count());
        }

        @Test
        void countNouns() {
            assertEquals(FigureKind.DEAD, only("Officials confirmed 58 fatalities.").kind());
            Figure c = only("OHCHR recorded 3,455 civilian casualties in the country.");
            assertEquals(FigureKind.CASUALTIES, c.kind());
            assertEquals("civilians", c.who());
            assertEquals(FigureKind.DEAD, only("Nearly 100 deaths have been reported.").kind());
        }

        /** A total of the dead and the injured together is not a death toll, nor an injury count. */
        @Test
        void combinedDeadAndInjuredTotalIsCasualties() {
            List<String> sentences = List.of(
                    "The number of people killed or injured in the station attack has risen to 420, the governor said.",
                    "The toll of dead and injured stands at 420.",
                    "The number of deaths and injuries has risen to 420.",
                    "The number of dead and wounded rose to 420, officials said.",
                    "The number of people killed, injured or missing has risen to 420.",
                    "The death and injury toll rose to 420.");
            for (String sentence : sentences) {
                Figure f = only(sentence);
                assertEquals(420, f.count(), sentence);
                assertEquals(FigureKind.CASUALTIES, f.kind(), sentence);
            }
            assertEquals("governor", only(sentences.get(0)).attributedTo());
        }

        @Test
        void aTollOfOneClassNextToAnotherClauseKeepsItsKind() {
            assertEquals(FigureKind.INJURED, only("The number of people injured has risen to 420.").kind());
            List<Figure> f = extractor.extract("Thirty were injured and deaths rose to 12.");
            assertEquals(List.of(FigureKind.INJURED, FigureKind.DEAD), f.stream().map(Figure::kind).toList());
            List<Figure> g = extractor.extract("The number of dead has risen to 35 and the number of injured to 120.");
            assertEquals(List.of(FigureKind.DEAD, FigureKind.INJURED), g.stream().map(Figure::kind).toList());
        }

        /** "rose from X to Y": the toll is the new value Y; the old one X is not a figure of its own. */
        @Test
        void tollRoseFromOldToNewValue() {
            Figure f = only("The death toll rose from 227 to 1,035");
            assertEquals(1035, f.count());
            assertEquals(FigureKind.DEAD, f.kind());
            Figure un = only("The number of civilians killed rose from 227 to 1,500, the UN said.");
            assertEquals(1500, un.count());
            assertEquals(FigureKind.KILLED, un.kind());
            assertEquals("civilians", un.who());
            assertEquals("un", un.attributedTo());
            assertEquals(1035, only("Civilian deaths rose from 227 to 1,035, the UN said.").count());
            assertEquals(1035, only("The death toll has risen to 1,035 from 227.").count());
        }

        /**
         * "up from X", "down from X", or "from X" after the new value: X is the toll's earlier value, as in "rose
         * from X to Y", and a figure of its own came out as a lower, held-back count of the same series.
         */
        @Test
        void theEarlierValueAfterANewOneIsNotAFigure() {
            Figure itv = only("Ukrainian officials said the number of dead on the Ukrainian-held bank of the Dnipro had"
                    + " risen to five, up from three on Wednesday.");
            assertEquals(5, itv.count());
            assertEquals(FigureKind.DEAD, itv.kind());
            assertEquals(List.of(2439L), extractor.extract("Gang violence left 2,439 people dead in the first three"
                    + " months of the year, the UN said, up from 1,514 in the previous quarter.").stream()
                    .map(Figure::count).toList());
            assertEquals(9, only("The death toll has been revised to nine, down from 12.").count());
            assertEquals(9, only("Ukraine's State Emergency Service has revised the death toll from the missile"
                    + " strike on Odesa down to nine, from 12 reported earlier.").count());
            assertEquals(List.of(5L, 7L), extractor.extract("Five people were killed, up from three, and seven"
                    + " wounded.").stream().map(Figure::count).toList());
            // what someone "had put" the toll at is its past, with no later value in the sentence
            assertEquals(List.of(), extractor.extract("The state's emergency management agency had put the death toll"
                    + " at five on Wednesday morning."));
            assertEquals(20, only("Officials put the death toll at 20.").count());
            // a list of earlier values is earlier values all through (OCHA's flash update: 96 was sent as injured)
            assertEquals(List.of(38L, 212L, 17L), extractor.extract("According to the INGD, 38 people have died, 212"
                    + " have been injured and 17 remain missing, up from 21 deaths and 96 injuries reported in Flash"
                    + " Update No. 2.").stream().map(Figure::count).toList());
            assertEquals(List.of(38L, 40L), extractor.extract("The toll rose to 38, up from 21 deaths, and 40 people"
                    + " were injured.").stream().map(Figure::count).toList());
        }

        /**
         * An earlier value told before the new one, in an aside or a first clause ("initially put at 12", "which stood
         * at 20 on Monday", "was initially reported as 12 but"), is the toll's history: it came out as the toll (a
         * "12 dead" sent for a toll revised down to nine) and the new value was lost, or was credited to "death
         * toll" as if the toll had said it. "The strike, which killed 20 people, pushed the toll to 45" keeps 20.
         */
        @Test
        void theEarlierValueBeforeANewOneIsNotAFigure() {
            for (String[] c : new String[][] {
                    {"The death toll, initially put at 12, has been revised down to nine.", "9"},
                    {"The death toll, earlier reported as 20, has risen to 26.", "26"},
                    {"The death toll, previously given as 30, now stands at 25.", "25"},
                    {"The death toll was initially reported as 12 but has since been revised to nine.", "9"}}) {
                Figure f = only(c[0]);
                assertEquals(Long.parseLong(c[1]), f.count(), c[0]);
                assertEquals(FigureKind.DEAD, f.kind(), c[0]);
                assertEquals(null, f.attributedTo(), c[0]);
            }
            Figure governor = only("The death toll, initially put at 12, has been revised down to nine, the governor "
                    + "said.");
            assertEquals("governor", governor.attributedTo());
            assertEquals(List.of(20L, 45L), extractor.extract("The strike, which killed 20 people, pushed the death "
                    + "toll to 45.").stream().map(Figure::count).toList());
            assertEquals(12, only("The death toll was put at 12 on Monday.").count(), "no later value: the toll");
            // a "which" clause tells the current toll as often as an old one, and a part listed after it is no
            // new value
            List<Figure> which = extractor.extract("The death toll, which has risen to 45, includes 12 children, "
                    + "the health ministry said.");
            assertEquals(List.of(45L), which.stream().map(Figure::count).toList());
            assertEquals(List.of(2100L), extractor.extract("The toll, which rose to 2,100 on Friday, stood at 1,800 "
                    + "a day earlier, AFAD said.").stream().map(Figure::count).toList());
            // what a toll "stood at" in a "which" clause is its past when it has since changed
            assertEquals(26, only("The death toll, which stood at 20 on Monday, has risen to 26, officials said.")
                    .count());
            assertEquals(45, only("The death toll, which stood at 45 on Sunday, includes 12 children.").count());
            Figure reuters = only("The toll, which was earlier reported as 30, rose to 42, Reuters reported.");
            assertEquals(42, reuters.count());
            assertEquals("reuters", reuters.attributedTo(), "not \"was\"");
            assertEquals("un", only("The UN human rights office's tally says 10,000 civilians have been killed.")
                    .attributedTo(), "a toll with its owner speaks for the owner");
        }

        /**
         * A sentence opening on the toll's past ("At first,", "Initially", "Earlier,"), a first report marked before
         * the first value ("had initially said"), what the toll "stood at", and a value told in an aside after the
         * toll ("The death toll, put at 12 on Monday, ...") are the toll's history when a new value of the same toll
         * follows: each sent the old value and lost the new one. A new value across a semicolon is not found, and
         * the old one is not sent for it: a stale toll on a phone costs more than none.
         */
        @Test
        void anOpeningOnThePastOrAnAsideValueIsHistory() {
            for (String[] c : new String[][] {
                    {"At first, officials put the death toll at 8, but it has since reached 14.", "14"},
                    {"The death toll, put at 12 on Monday, has been revised down to nine.", "9"},
                    {"The death toll, put at 12 by officials, rose to 15 on Tuesday.", "15"},
                    {"The death toll, at 300 on Monday, has risen to 350.", "350"},
                    {"The death toll stood at 12 on Monday but has since risen to 19.", "19"},
                    {"Earlier, officials put the death toll at 15, but it has now risen to 19.", "19"},
                    {"At first, police said 3 people had died, but the toll has since risen to 7.", "7"},
                    {"Authorities had initially put the death toll at 20 but revised it to 17.", "17"},
                    {"Officials initially said 11 people had died, but later revised the figure to eight.", "8"},
                    {"An earlier toll of 40 was revised to 38 on Wednesday.", "38"},
                    {"The health ministry corrected its earlier figure of 70 deaths to 65.", "65"},
                    {"The toll, estimated at 300, is expected to rise to 500.", "300"},
                    {"The death toll, put at 40 by the ministry, includes 12 children.", "40"},
                    {"At first light, the army said 20 soldiers were killed.", "20"}}) {
                List<Figure> all = extractor.extract(c[0]);
                assertEquals(List.of(Long.parseLong(c[1])), all.stream().map(Figure::count).toList(), c[0]);
            }
            assertEquals(List.of(), extractor.extract("The ministry initially put the toll at 30; it has since risen "
                    + "to 42."), "the new value is not found across the semicolon, and the old one is stale");
            assertEquals(FigureKind.DEAD, only("Officials initially said 11 people had died, but later revised the "
                    + "figure to eight.").kind(), "the figure counts what the first report did");
            // a later value of another event, another view or another kind is no new value of this toll
            for (String[] c : new String[][] {
                    {"The death toll, put at 20 by police, is the highest since 2015, when the toll reached 30.", "20"},
                    {"The death toll, estimated at 20, has been disputed by residents who say the toll has reached "
                            + "40.", "20"},
                    {"At first light, rescuers put the toll at 12 and the number of injured at 40.", "12"}}) {
                assertEquals(Long.parseLong(c[1]), extractor.extract(c[0]).get(0).count(), c[0]);
            }
            // "Initially" or "originally" before the telling makes the value the first report, which later news
            // replaced, whether or not the sentence gives the new one (the next one often does: "Later in the
            // evening, the coroner's office confirmed a fourth death"); sent, it was a phone's "3 dead (first
            // report)" beside the story's four
            for (String first : List.of("Initially, police put the death toll at 12 and the number of wounded at 40.",
                    "Kowalczyk initially said three people had died.", "It was initially reported that 20 people were"
                    + " killed in the blast.", "Authorities had initially said that 20 people were killed.",
                    "Officers initially confirmed that three passengers in the minibus had died at the scene.",
                    "The ministry had originally said 20 people were killed.")) {
                assertEquals(List.of(), extractor.extract(first), first);
            }
            assertEquals(List.of(38L), extractor.extract("Police initially put the death toll at 21, but a spokesman"
                    + " for the agency said rescuers had since recovered 38 bodies from the scene.").stream()
                    .map(Figure::count).toList());
            // a toll given at an earlier time and told in the past, or said to have been revised, is no figure
            for (String old : List.of("The toll reported on Friday was 39.", "The figure of seven (7) dead released "
                    + "on Sunday night has been revised following the recovery of more bodies.", "An earlier update "
                    + "issued at 5:00 p.m. put the number of injured at 15; that figure has been revised since.")) {
                assertEquals(List.of(), extractor.extract(old), old);
            }
            assertEquals(45, only("The death toll stands at 45 after figures were revised.").count(),
                    "a revision that made the value is no mark of it");
            // a number in words restated in digits is one count
            assertEquals(List.of(9L, 14L), extractor.extract("As of 07:00 today, nine (9) passengers have been "
                    + "confirmed dead and fourteen (14) remain missing.").stream().map(Figure::count).toList());
            assertEquals(null, only("The casualty count, confirmed at 20 by police, has climbed to 31.")
                    .attributedTo(), "a count is told, not telling");
        }

        /**
         * A part of a group counts the part ("Twelve of the 20 passengers died" sent 20 dead), unless the group is
         * itself the count ("five of the 10 people injured are in a critical condition" is 10 injured). A denied
         * count is no count ("The police denied reports that 20 protesters were killed" was the police's 20); a
         * denial of something else leaves its figures alone.
         */
        @Test
        void aPartOfAGroupAndADeniedCount() {
            assertEquals(List.of(12L), extractor.extract("Twelve of the 20 passengers died.").stream()
                    .map(Figure::count).toList());
            Figure part = only("12 of the 20 passengers were killed, police said.");
            assertEquals(12, part.count());
            assertEquals("passengers", part.who());
            assertEquals(List.of(10L), extractor.extract("Five of the 10 people injured are in a critical condition, "
                    + "police say.").stream().map(Figure::count).toList());
            assertEquals(List.of(), extractor.extract("Two of the 15 injured are in critical condition.").stream()
                    .filter(f -> f.count() == 2).toList());
            for (String text : List.of("The police denied reports that 20 protesters were killed.",
                    "Officials rejected claims that 100 people had died.")) {
                assertEquals(List.of(), extractor.extract(text), text);
            }
            assertEquals(List.of(12L), extractor.extract("The ministry dismissed the reports that 40 civilians were "
                    + "killed, saying 12 died.").stream().map(Figure::count).toList());
            assertEquals(20, only("The army denied involvement in the strike that killed 20 people.").count());
            assertEquals(3, only("Nor does he deny that he took part in the bombings three days earlier that killed "
                    + "three people.").count());
        }

        /**
         * A denied claim named further from its verb, or a claim its sentence calls untrue, is no count either
         * (review 12, held out: five of its 19 wrong alerts were such claims). A claim that is confirmed, or a
         * denial of something else, keeps its figure.
         */
        @Test
        void aClaimDeniedOrCalledUntrueIsNoCount() {
            for (String text : List.of(
                    "The army denied a report circulating on WhatsApp that 20 soldiers had been killed in the ambush.",
                    "Lagos police dismissed as fake news a viral claim that 11 protesters were shot dead.",
                    "\"No one was killed in the explosion,\" the fire chief said, dismissing early reports of 5 deaths.",
                    "District officials said reports of 30 deaths from the hooch were \"exaggerated\".",
                    "The ministry said a figure of 300 dead circulating online was false.",
                    "Rumours of 50 deaths in stampede are false, police say")) {
                assertEquals(List.of(), extractor.extract(text), text);
            }
            assertEquals(List.of(5L), extractor.extract("A viral post claiming 30 people died in the shooting is "
                    + "false; officials have confirmed 5 deaths.").stream().map(Figure::count).toList());
            assertEquals(12, only("Reports of 12 deaths were confirmed by the hospital.").count());
            assertEquals(9, only("Police denied that officers fired on the crowd, but residents said 9 people were "
                    + "killed.").count());
        }

        /**
         * A forecast or a counterfactual is no toll: "could rise to 500" was sent as "500 dead". A "to" alone is no
         * forecast ("continued to rise to 80", "caused the death toll to rise to 80"), and a toll after a forecast
         * is found past it.
         */
        @Test
        void aForecastIsNotAToll() {
            for (String text : List.of("The toll is expected to rise to 500.",
                    "The death toll could rise to 500, officials warned.",
                    "Officials fear the death toll may climb to 100.",
                    "The death toll is likely to further climb to 100.",
                    "The death toll could soon hit 1,000.",
                    "The toll may yet climb to 70.",
                    "The death toll is due to rise to 500 once bodies are identified.",
                    "The death toll would have reached 500 without the evacuation.",
                    "The death toll could be 500, officials warned.",
                    "Up to 1,000 people could be killed if the dam bursts, engineers warned.",
                    "A study estimated that 2,000 people would have died without the vaccine.",
                    "The model predicts 40 deaths a day by next month.",
                    "The strike could kill 100 people, the army warned.",
                    "The group threatens to kill 50 hostages.",
                    "Authorities said the blast could have killed 100 people had it happened an hour later.")) {
                assertEquals(List.of(), extractor.extract(text), text);
            }
            for (String[] c : new String[][] {
                    {"The death toll has hit 1,000.", "1000"},
                    {"The death toll has risen to 26.", "26"},
                    {"The death toll continued to rise to 80 on Tuesday as more bodies were found.", "80"},
                    {"The discovery of more bodies caused the death toll to rise to 80.", "80"},
                    {"The toll went on to hit 100 by the end of the week.", "100"},
                    {"The toll, which could rise to 500, now stands at 312.", "312"},
                    {"The toll, which had been expected to reach 100, has reached 120.", "120"},
                    {"The death toll is said to be 35.", "35"},
                    {"Twenty people may have been killed in the blast, police said.", "20"},
                    {"The strike may have killed 100 people, officials said.", "100"},
                    {"At least 200 people are feared dead after the landslide.", "200"},
                    {"Five people who would have turned 18 this year were killed.", null}}) {
                List<Long> counts = extractor.extract(c[0]).stream().map(Figure::count).toList();
                assertEquals(c[1] == null ? List.of() : List.of(Long.parseLong(c[1])), counts, c[0]);
            }
        }

        /** A toll that has gone past a number is more than it: "has passed 50,000", "topped 1,000". */
        @Test
        void aTollPastANumberIsMoreThanIt() {
            for (String text : List.of("The death toll from the earthquake has passed 50,000.",
                    "The death toll has topped 50,000.", "The death toll has exceeded 50,000, officials say.",
                    "The death toll has surpassed 50,000.")) {
                Figure f = only(text);
                assertEquals(50_000, f.count(), text);
                assertEquals(Qualifier.MORE_THAN, f.qualifier(), text);
            }
            // the round number it went past is the way to the exact one, when the sentence gives that too
            Figure exact = only("The death toll has passed 50,000, reaching 50,021, the health ministry said.");
            assertEquals(50_021, exact.count());
            assertEquals(Qualifier.NONE, exact.qualifier());
            assertEquals(1043, only("The death toll has passed 1,000 and now stands at 1,043.").count());
            assertEquals(List.of(1000L, 300L), extractor.extract("The death toll has passed 1,000, including 300 "
                    + "children.").stream().map(Figure::count).toList(), "a part is no new value");
            assertEquals(List.of(), extractor.extract("The toll could pass 1,000 and may reach 2,000."));
            assertEquals(Qualifier.NONE, only("The death toll has reached 50,000.").qualifier());
            assertEquals(Qualifier.AT_LEAST, only("The death toll has risen to at least 50,000.").qualifier());
        }

        /**
         * A page retelling its own earlier report (a BBC correction: "We reported earlier that a missile had hit a
         * hospital in Mykolaiv, killing five people.") tells no new figure: the five were told when first reported,
         * and here they are being taken back. An official's "we" in a quote is the official's claim.
         */
        @Test
        void thePagesRetellingOfItsOwnReportIsNoFigure() {
            for (String s : List.of(
                    "We reported earlier that a missile had hit a hospital in Mykolaiv, killing five people.",
                    "As we reported earlier, 12 people were killed in the strike.",
                    "We have reported that at least 30 people died.")) {
                assertEquals(List.of(), extractor.extract(s), s);
            }
            assertEquals(30, only("\"We have reported 30 deaths to the ministry,\" the mayor said.").count());
            assertEquals(12, only("Officials say 12 people were killed, as we reported earlier in the day.")
                    .count(), "a passing 'as we reported' after the claim keeps the claim's figure");
        }

        @Test
        void aTollFarBeforeItsFigure() {
            Figure f = only("The death toll from a rocket strike on the railway station in the eastern Ukrainian city"
                    + " of Kramatorsk has been revised down to 35, Ukrainian officials said, after several victims"
                    + " were counted twice.");
            assertEquals(35, f.count());
            assertEquals(FigureKind.DEAD, f.kind());
            assertEquals("kyiv", f.attributedTo());
            // past the usual reach, a clause break between them keeps them apart
            assertEquals(List.of(), extractor.extract("The death toll in the city was not given by the officials in"
                    + " charge of the search, and the rescuers said they had reached 35 people."));
        }

        @Test
        void tollIncludesChildren() {
            Figure f = only("The death toll includes 90 children, OHCHR said in a statement.");
            assertEquals(90, f.count());
            assertEquals("children", f.who());
        }
    }

    @Nested
    class Attribution {
        /**
         * A reporter speaks for its own clause: past a semicolon, a reporter owns no figure of a clause that has a
         * reporter of its own.
         */
        @Test
        void aReporterAfterASemicolonSpeaksForItsOwnClause() {
            // ("Earlier reports said 20 ..." is a first report since the nineteenth session: no figure at all)
            List<Figure> f = extractor.extract("Local reports said 20 people were killed; the governor said 12 "
                    + "died.");
            assertEquals(List.of(20L, 12L), f.stream().map(Figure::count).toList());
            assertNull(f.get(0).attributedTo(), "the governor did not say 20");
            assertEquals("governor", f.get(1).attributedTo());
            List<Figure> g = extractor.extract("Six people were killed in Kharkiv; three were injured, the governor "
                    + "said.");
            assertEquals(2, g.size(), g.toString());
            assertEquals("governor", g.get(0).attributedTo(), "a clause with no reporter of its own is his too");
            assertEquals("governor", g.get(1).attributedTo());
            assertEquals("governor", only("Six people were killed in Kharkiv, the governor said; the city was "
                    + "without power.").attributedTo());
            // a reporter opening a count of its own past the semicolon speaks for neither the clause before nor its
            // people: a live page's headline of two stories
            List<Figure> two = extractor.extract("Hezbollah drone wounds 2 soldiers in north; Gaza ministry says 37"
                    + " killed");
            assertEquals(List.of(2L, 37L), two.stream().map(Figure::count).toList());
            assertNull(two.get(0).attributedTo(), "the Gaza ministry did not count Israel's wounded soldiers");
            assertEquals("soldiers", two.get(0).who());
            assertEquals("people", two.get(1).who(), "the ministry's 37 are not soldiers");
            assertEquals("gaza ministry", two.get(1).attributedTo());
            // nor does a reporter before it, when the figure's clause has its own
            assertEquals("officials", only("The UN said aid was urgently needed; the death toll has risen to 2,300, "
                    + "officials said.").attributedTo());
            List<Figure> h = extractor.extract("Three people were killed in Odesa, the governor said; in Kherson, two "
                    + "more died, according to the prosecutor's office.");
            assertEquals("prosecutor's office", h.get(1).attributedTo());
            assertEquals("un", only("The UN said aid was urgently needed; the death toll has risen to 2,300.")
                    .attributedTo(), "a clause with no reporter of its own is still the one before's");
            List<Figure> it = extractor.extract("The ministry said 28 people died; 60 others were hurt, it added.");
            assertEquals(List.of("ministry", "ministry"), it.stream().map(Figure::attributedTo).toList(),
                    "\"it\" after the semicolon is the reporter named before it");
        }

        /**
         * A headline in the "Speaker: claim" form is the speaker's count: "UN: 254 aid workers killed" went out with
         * no claimant, so the UN's count and Israel's fell into one series. The same form labels a place or a
         * story, which is no one's count.
         */
        @Test
        void aHeadlineSpeakerBeforeAColonOwnsTheFigureAfterIt() {
            for (String[] c : new String[][] {
                    {"UN: at least 1,035 civilians killed", "un"},
                    {"Zelensky: 31,000 Ukrainian soldiers killed in the war", "zelensky"},
                    {"Russia's defence ministry: 498 soldiers killed", "russia"},
                    {"Kremlin: 12 Ukrainian saboteurs killed", "russia"},
                    {"IDF: 3 soldiers killed in southern Gaza", "idf"},
                    {"Gaza health ministry: death toll rises to 35,000", "gaza health ministry"},
                    {"Belgorod governor Gladkov: 1 dead in drone strike", "gladkov"},
                    {"Police: 3 dead after shooting at mall", "police"},
                    {"WAFA: 8 Palestinians killed in Israeli raid on Tubas", "wafa"},
                    {"Kerr County sheriff: Flood death toll rises to 84", "kerr county sheriff"},
                    {"Nasser hospital: 25 killed waiting for aid near Rafah", "nasser hospital"},
                    {"Red Cross: More than 300 dead in Libya floods", "red cross"}}) {
                assertEquals(c[1], only(c[0]).attributedTo(), c[0]);
            }
            for (String place : List.of("Kyiv: 40 killed in missile strike", "Ukraine: 12 killed in Dnipro strike",
                    "US: 3 killed in Texas shooting", "Ukraine war: 12 killed in Dnipro strike",
                    "Live: 12 killed in Dnipro strike", "Update: 12 killed in Dnipro strike",
                    "Oleh Synehubov: 12 killed in Kharkiv")) {
                assertNull(only(place).attributedTo(), place + ": a place, a label or a name that may be a place");
            }
            assertEquals("governor", only("Mayor: five dead in flood, governor says").attributedTo(),
                    "a reporting verb's reporter still comes first");
        }

        /**
         * What is said of someone is not what they say: "two civilians said to be wounded" were wounded, not killed,
         * and not the reporter of the sentence's dead. A passive report with an adverb ("It was widely reported")
         * names no one, and an auxiliary before the adverb ("Authorities had also said") is not part of the key.
         * ("Initially" or "originally" there makes the figure the first report, no figure at all: see Tolls.)
         */
        @Test
        void whatIsSaidOfSomeoneIsNotTheirWord() {
            List<Figure> f = extractor.extract("Three people were killed and two civilians said to be wounded, police"
                    + " said.");
            assertEquals(List.of(3L, 2L), f.stream().map(Figure::count).toList());
            assertEquals(FigureKind.KILLED, f.get(0).kind());
            assertEquals(FigureKind.WOUNDED, f.get(1).kind());
            assertEquals(List.of("police", "police"), f.stream().map(Figure::attributedTo).toList());
            assertNull(only("It was widely reported that 20 people were killed in the blast.").attributedTo());
            assertEquals("authorities", only("Authorities had also said that 20 people were killed.")
                    .attributedTo());
            assertEquals("ministry", only("The ministry had already said 20 people were killed.").attributedTo());
            // a restrictive relative clause's verb is no claimant ("Is still functioning: more than 120 people
            // wounded" went out so)
            String hospital = only("The director of the only hospital in the town that is still functioning said "
                    + "more than 120 people had been wounded.").attributedTo();
            assertTrue(hospital == null || !hospital.startsWith("is "), hospital);
            // the subject described by what is said of it still reports
            assertEquals("woman", only("A woman said to be a local journalist told AFP that 14 people died.")
                    .attributedTo());
            assertEquals("police", only("Police said to be investigating the shooting confirmed 4 deaths.")
                    .attributedTo());
            assertEquals("spokesman", only("Four people died, a spokesman said to be close to the investigation told"
                    + " AFP.").attributedTo());
        }

        /**
         * Each figure has its own reporter: a second reporter of a later figure, past "but" or "while", was read as
         * the first one's, and its count came out as a change of the first reporter's series.
         */
        @Test
        void eachFigureHasItsOwnReporter() {
            List<Figure> f = extractor.extract("Police put the toll at 14, but residents said at least 20 were "
                    + "killed.");
            assertEquals(List.of("police", "residents"), f.stream().map(Figure::attributedTo).toList());
            List<Figure> g = extractor.extract("Eight people died and 40 were injured, the ministry said, while the "
                    + "Red Crescent said 12 had died.");
            assertEquals(List.of("ministry", "ministry", "red crescent"), g.stream().map(Figure::attributedTo)
                    .toList());
            List<Figure> h = extractor.extract("The army said 10 militants were killed, but locals said 15 civilians"
                    + " died.");
            assertEquals(List.of("army", "locals"), h.stream().map(Figure::attributedTo).toList());
        }

        /**
         * A reporter described in an aside is the head the aside describes: "The mayor, a former army officer, said"
         * was keyed `former army officer`, "The militia, backed by Iran, said" `backed by iran`, "The spokesman, said
         * to be close to the president, said" no one; "Residents who fled said" was keyed `fled`.
         */
        @Test
        void aReporterDescribedInAnAsideIsTheHead() {
            for (String[] c : new String[][] {
                    {"The mayor, a former army officer, said 12 people were killed.", "mayor"},
                    {"The militia, backed by Iran, said 30 of its fighters were killed.", "militia"},
                    {"The agency, part of the interior ministry, said 12 people died.", "agency"},
                    {"The spokesman, said to be close to the president, said 40 soldiers were killed.", "spokesman"},
                    {"The health ministry, said to be overwhelmed, said 44 people died.", "health ministry"},
                    {"Residents who fled said 12 people were killed.", "residents"},
                    {"An official who spoke on condition of anonymity said 47 people died.", "official"},
                    {"The tally, compiled by AFP, says 1,200 people were killed.", "afp"},
                    {"Oleh Synehubov, the regional governor, said 12 people were killed.", "oleh synehubov"},
                    {"Colonel Smith, a spokesman for the army, said 9 soldiers died.", "army"},
                    {"In a later statement the city council said 18 people died in Sabha.", "city council"},
                    {"On Monday the governor said 12 people were killed.", "governor"}}) {
                assertEquals(c[1], only(c[0]).attributedTo(), c[0]);
            }
            assertEquals("police", extractor.extract("Three attackers are known to have died: two by detonating "
                    + "suicide belts and one who police said was shot by officers.").get(0).attributedTo(),
                    "a \"who\" that is the object leaves the reporter");
        }

        /** When it happened, written straight after the victims, is no part of who they are (email set 4). */
        @Test
        void aDayAfterTheVictimsIsNotWhoTheyAre() {
            assertEquals("workers", only("A fire at a chlorine plant injured 14 workers Wednesday evening, parish"
                    + " officials said.").who());
            assertEquals("passengers", only("The crash killed 3 passengers Tuesday night, police said.").who());
            assertEquals("night shift workers", only("The blast killed 4 night shift workers.").who());
        }

        /** The World Health Organization written "WHO" is a reporter, not a relative pronoun. */
        @Test
        void theWhoInCapitalsIsTheBody() {
            for (String text : List.of("At least 30 people have died of cholera in the past week, the WHO said.",
                    "The toll has surpassed 2,000, according to the WHO.",
                    "The WHO, citing health ministry data, said 60 people had died.",
                    "WHO said 60 people had died.")) {
                assertEquals("who", only(text).attributedTo(), text);
            }
        }

        /**
         * A reporter closing an earlier clause speaks for that clause; the figure's own closing reporter speaks for
         * it ("Six people died in Kharkiv, Ukrainian officials said, and four civilians were killed in Belgorod,
         * according to the Russian governor" put the Russian count in Kyiv's series). A reporter in a relative aside
         * that closes before the figure reports the aside ("the gunman, who neighbours said was a loner, opened fire,
         * and 12 others were injured"), and the head before such an aside is the reporter after it ("the rebels, who
         * have been fighting the government since 2012, said"). A ", but" clause contradicts only with a rival count:
         * "but the governor said 40 others had been wounded" leaves the 5 dead the governor's.
         */
        @Test
        void aReporterSpeaksForItsOwnClause() {
            for (String[] c : new String[][] {
                    {"Six people died in Kharkiv, Ukrainian officials said, and four civilians were killed in Belgorod,"
                            + " according to the Russian governor.", "kyiv", "russian governor"},
                    {"The death toll in Turkey rose to 2,500, AFAD said, while in Syria 800 people died, the health "
                            + "ministry said.", "afad", "health ministry"},
                    {"Five people were killed, the mayor said, and 12 were injured, hospital officials said.", "mayor",
                            "hospital officials"},
                    {"Police said 6 were killed, while the rebels, who have been fighting the government since 2012, "
                            + "said 30 civilians died.", "police", "rebels"},
                    {"Police said 5 people were killed when the gunman, who neighbours said was a loner, opened "
                            + "fire, and 12 others were injured.", "police", "police"},
                    {"Medics said 21 people were killed in the strike on the school, which the Israeli military said"
                            + " was used by Hamas, and 40 wounded.", "medics", "medics"},
                    {"Five people were killed, but the governor said 40 others had been wounded.", "governor",
                            "governor"},
                    {"Thirty-five people died, a hospital official said, though security officials said 30 were "
                            + "killed.", "hospital official", "security officials"},
                    {"The fire killed 4 people, firefighters said, one of whom said 3 more were unaccounted for.",
                            "firefighters", "firefighters"}}) {
                List<Figure> f = extractor.extract(c[0]);
                assertEquals(List.of(c[1], c[2]), f.stream().map(Figure::attributedTo).toList(), c[0]);
            }
            for (String text : List.of("Six people died, but police said 20 others were rescued from the rubble.",
                    "At least 20 people were killed, but the governor said the toll could rise to 50.")) {
                assertNotNull(only(text).attributedTo(), text);
            }
            assertEquals("hospital officials", only("Hospital officials, however, said 9 bodies had been "
                    + "recovered.").attributedTo());
            assertEquals(List.of(), extractor.extract("1.4 million households are missing out on pension credit, "
                    + "says the department."), "missing out is no missing people");
        }

        /**
         * Review 4 (424 blind sentences): "25 injured as bus falls" was read as 25 more killed; "35 of the remaining
         * 101 hostages are dead" as 101 dead; "claimed responsibility" and "claimed the lives" as reports (keyed
         * `balochistan liberation army`, `crash`); "claimed over 220 lives" gave nothing; "including 7 in Romania"
         * put the 24 in Romania; 11 cows were a casualty figure; "a figure later corrected to 13" kept 132.
         */
        @Test
        void blindReviewFour() {
            List<Figure> bus = extractor.extract("10 killed, 25 injured as bus falls into gorge in Doda");
            assertEquals(List.of(FigureKind.KILLED, FigureKind.INJURED), bus.stream().map(Figure::kind).toList());
            assertEquals(List.of(35L), extractor.extract("The Israeli military said it believes 35 of the remaining "
                    + "101 hostages are dead.").stream().map(Figure::count).toList());
            assertNull(only("The Balochistan Liberation Army claimed responsibility for the attack, which killed 26 "
                    + "people.").attributedTo());
            assertNull(only("The crash claimed the lives of 3 people, including the pilot.").attributedTo());
            Figure lives = only("The floods have claimed over 220 lives, officials said.");
            assertEquals(220, lives.count());
            assertEquals(FigureKind.DEAD, lives.kind());
            assertEquals("officials", lives.attributedTo());
            Figure lost = only("Officials said 5 lives were lost in the fire.");
            assertEquals(5, lost.count());
            assertEquals("officials", lost.attributedTo(), "only a claim verb takes lives; \"said\" still reports");
            Figure storm = only("Storm Boris killed 24 people in central Europe, including 7 in Romania and 8 in "
                    + "Poland.");
            assertNull(storm.place(), "the part's place is not the whole's");
            assertEquals("jabalia", extractor.extract("Health officials said an airstrike killed 18 people, including"
                    + " 6 children, in a house in Jabalia.").get(0).place());
            assertEquals(List.of(), extractor.extract("A lightning strike killed 11 cows."));
            Figure who = only("The WHO said 132 deaths from Marburg virus had been recorded in Rwanda, a figure later "
                    + "corrected to 13.");
            assertEquals(13, who.count());
            assertEquals("who", who.attributedTo());
        }

        /**
         * "the figure" or "the number" with a value of its own is a count of what the count just before it counted:
         * a rival's ("Police said 14 people were killed, but the governor put the figure at 19") was lost, and with
         * it the governor's higher count. Only a value of the same order (within ten times) and only the nearest
         * count: "2 million had fled and 14 were killed; the figure rose to 2.5 million" is the refugees'.
         */
        @Test
        void theFigureOrTheNumberCountsWhatTheCountBeforeItDid() {
            for (String[] c : new String[][] {
                    {"Police said 14 people were killed, but the governor put the figure at 19.", "police 14 KILLED",
                        "governor 19 KILLED"},
                    {"Local officials said 8 people were killed, but the ministry put the figure at 5.",
                        "local officials 8 KILLED", "ministry 5 KILLED"},
                    {"The ministry said 200 people died, while the UN said the figure was closer to 400.",
                        "ministry 200 DEAD", "un 400 DEAD"},
                    {"OCHA said at least 150 people were killed; local officials put the number at 200.",
                        "un 150 KILLED", "local officials 200 KILLED"},
                    {"Some 40 people were wounded, while the governor put the figure at 55.", "null 40 WOUNDED",
                        "governor 55 WOUNDED"}}) {
                assertEquals(List.of(c[1], c[2]), extractor.extract(c[0]).stream()
                        .map(f -> f.attributedTo() + " " + f.count() + " " + f.kind()).toList(), c[0]);
            }
            for (String other : List.of("Officials said 2 million people had fled and 14 were killed; the figure rose "
                    + "to 2.5 million.", "Police said 14 people were killed, and the number of refugees rose to 2,000.",
                    "The ministry said 300 homes were destroyed and the figure could rise to 500.")) {
                assertTrue(extractor.extract(other).stream().allMatch(f -> f.count() == 14), other);
            }
        }

        /**
         * Review 8: a rival who "estimated the toll at" or "put the number of dead at" a count gave it (the shadow
         * government's 5,000 was the junta's, a false rise of the junta's series), and an "according to" right after
         * the figure is its source before a later clause's reporter.
         */
        @Test
        void aRivalWhoEstimatesOrPutsTheTollGivesIt() {
            assertEquals(List.of("myanmar's junta", "shadow government"), extractor.extract("Myanmar's junta said "
                    + "3,500 died in the earthquake, while the shadow government estimated the toll at more than 5,000.")
                    .stream().map(Figure::attributedTo).toList());
            assertEquals(List.of("police", "hospital officials"), extractor.extract("Police said 14 people were "
                    + "killed, while hospital officials estimated the number of dead at 20.").stream()
                    .map(Figure::attributedTo).toList());
            assertEquals("fire department", only("At least 8 people were injured, according to the fire "
                    + "department, although paramedics said they treated 15.").attributedTo());
            assertEquals("governor", extractor.extract("The death toll has reached 61, according to the governor, "
                    + "while 14 remain missing, the fire department said.").get(0).attributedTo());
        }

        /**
         * Review 10: a rival count given with "documented", "acknowledged" or "gave" is the rival's (each was credited
         * to the reporter before it: a false rise of that series); an actor noun alone after a headline's colon or
         * dash is the source; "According to preliminary figures" names no one.
         */
        @Test
        void aRivalWhoDocumentsOrAcknowledgesACountGivesIt() {
            for (String[] c : new String[][] {
                    {"The state news agency said 43 people died, while the Syrian Network for Human Rights documented "
                        + "76 deaths.", "state news agency", "syrian network for human rights"},
                    {"The missile strike killed 8 people, the mayor said; the regional prosecutor's office gave 7 "
                        + "dead.", "mayor", "regional prosecutor's office"},
                    {"Amnesty said 45 protesters were killed, and the government acknowledged 12 deaths.", "amnesty",
                        "government"}}) {
                assertEquals(List.of(c[1], c[2]), extractor.extract(c[0]).stream().map(Figure::attributedTo).toList(),
                        c[0]);
            }
            assertEquals("bbc", extractor.extract("The BBC has verified 12 deaths; the Health Ministry claims 30.")
                    .get(0).attributedTo());
            assertEquals("officials", only("Over 50 killed in Kabul school bombing: officials").attributedTo());
            assertEquals("sheriff", only("At least 4 killed in Texas mall shooting: sheriff").attributedTo());
            assertEquals("mayor", only("Russian missile attack kills seven in Kryvyi Rih - mayor").attributedTo());
            for (String noOne : List.of("According to preliminary figures, 19 people were killed in the landslide.",
                    "The latest figures put the number of dead at 250.")) {
                assertNull(only(noOne).attributedTo(), noOne);
            }
            assertEquals("spokesman", only("A spokesman said three people suffered minor injuries.").attributedTo());
            // review 11: the counted deaths are told, not telling ("deaths" was the claimant)
            assertEquals("who", only("South Sudan: 63 cholera deaths recorded in Renk county since October, WHO says")
                    .attributedTo());
            assertNull(only("The floods have affected 1.2 million people, with 12 deaths reported so far.")
                    .attributedTo());
        }

        /**
         * A count revised as the object of its verb ("but it later revised the figure to 17", "later revising the
         * number to 15") is the earlier value: the 20 went out beside the 17 and, as the higher count of the series,
         * was the one sent. The body that revised it gave the new value ("Police said 20 people were killed, but the
         * ministry revised the figure to 17" credited the 17 to the police). A count raising a toll is its own news.
         */
        @Test
        void aCountRevisedAsTheObjectOfItsVerbIsTheEarlierValue() {
            for (String[] c : new String[][] {
                    {"The ministry first said 20 people were killed, but it later revised the figure to 17.", "17",
                        "ministry"},
                    {"Twenty people were killed, the ministry first said, but it later revised the figure to 17.", "17",
                        "ministry"},
                    {"The ministry said 20 people were killed, but later revised the toll to 17.", "17", "ministry"},
                    {"The army said 12 soldiers died, later revising the number to 15.", "15", "army"},
                    {"Police said 20 people were killed, but the ministry revised the figure to 17.", "17",
                        "ministry"}}) {
                Figure f = only(c[0]);
                assertEquals(Long.parseLong(c[1]), f.count(), c[0]);
                assertEquals(c[2], f.attributedTo(), c[0]);
            }
            assertEquals(List.of(5L, 90L), extractor.extract("Five people were killed in Kharkiv on Monday, raising the "
                    + "national toll to 90.").stream().map(Figure::count).toList());
        }

        /**
         * Review 5 (375 blind sentences, two thirds not current casualty counts): numbers that are no current count
         * were sent as one — a negation, people without power, a scenario, deaths prevented, a court case, a rate, an
         * earlier event compared with, animals — and "X claimed to have killed" must stay X's claim.
         */
        /**
         * Hard cases 3 (160 blind sentences, seventeenth session): asides of every kind between a count and its verb,
         * fact boxes after a title's colon, earlier counts named as such, and "one of" a group.
         */
        @Test
        void hardCasesThree() {
            Map<String, List<Long>> expected = new java.util.LinkedHashMap<>();
            expected.put("Fourteen people, according to police, were hurt when a gas cylinder exploded.", List.of(14L));
            expected.put("Five journalists, who had been wearing vests clearly marked PRESS, were wounded by tank"
                    + " fire.", List.of(5L));
            expected.put("Two peacekeepers, part of the UN mission in Lebanon, were lightly wounded.", List.of(2L));
            expected.put("One man, believed to be in his 50s, was pronounced dead at the scene.", List.of(1L));
            expected.put("Three crew members of the trawler Ocean Harvest, which sank in a gale off Peterhead, are"
                    + " missing.", List.of(3L));
            expected.put("Two others, a woman in her 60s and her grandson, are still missing after the landslide.",
                    List.of(2L));
            expected.put("Three firefighters, one of them a volunteer with just six months' service, were hurt.",
                    List.of(3L));
            expected.put("Seventeen people (the coastguard said the number could still change) are now listed as"
                    + " missing.", List.of(17L));
            expected.put("Key figures: Deaths: 44; Injured: 317; Missing: 9; Houses destroyed: 2,150.",
                    List.of(44L, 317L, 9L));
            expected.put("Key figures: Total deaths since January: 5,321; Deaths this week: 87; Injuries this week:"
                    + " 412.", List.of(5321L, 87L, 412L));
            expected.put("Key figures: 0 deaths reported; 6 people injured; 2,400 people evacuated.", List.of(6L));
            expected.put("The revised figures \u2014 17 dead and 43 injured \u2014 replace the previous count of 19"
                    + " dead and 38 injured, the ministry said.", List.of(17L, 43L));
            expected.put("The number of dead had risen to 46; the earlier figure was 40 dead.", List.of(46L));
            expected.put("One of the two pilots was killed when the training jet crashed.", List.of(1L));
            expected.put("One of the 12 people who died was found on the passenger seat.", List.of(12L));
            expected.put("He said the man was one of the two gunmen killed at the museum.", List.of(2L));
            expected.put("Last year's earthquake killed 57 people, and this one has so far killed three.",
                    List.of(57L, 3L));
            expected.put("Two men were taken to hospital after the collision, one of whom has since died.",
                    List.of(1L));
            expected.put("Five people, two of whom are in a critical condition, were injured in the blast.",
                    List.of(5L));
            expected.put("Correction: an earlier version of this release stated that four people were injured.",
                    List.of());
            // parts: inside the aside, and named after the whole
            expected.put("Eight people \u2014 six adults and two children \u2014 were wounded.", List.of(8L, 6L, 2L));
            expected.put("Eleven Palestinians \u2013 among them two teenagers \u2013 were killed.", List.of(11L, 2L));
            expected.put("Three aid workers, two Kenyans and a Somali national, were killed.", List.of(3L, 2L));
            expected.put("At least 8 people were killed in the strike on a wedding in Kordofan, two of them children.",
                    List.of(8L, 2L));
            expected.put("Nine people were hurt, two of them critically.", List.of(9L));
            expected.put("The attack killed 10 people, one of them American David Berry.", List.of(10L));
            expected.put("Two Al Jazeera journalists were among the dead, the network said.", List.of(2L));
            expected.put("Five Britons were among the passengers.", List.of());
            expected.forEach((sentence, counts) -> assertEquals(counts, extractor.extract(sentence).stream()
                    .map(Figure::count).toList(), sentence));
            Figure children = extractor.extract("Key figures: Children killed: 19; Children injured: 58.").get(0);
            assertEquals("children", children.who());
            assertEquals("pilots", only("One of the two pilots was killed.").who());
            assertNull(extractor.extract("Key figures: Killed: 9 | Missing: none reported").get(0).attributedTo(),
                    "\"none reported\" is no reporter");
            assertEquals("ministry of health", extractor.extract("Key figures from the Ministry of Health: killed:"
                    + " 63; wounded: 281").get(1).attributedTo(), "the box's title names its source");
        }

        @Test
        void blindReviewFive() {
            for (String text : List.of("None of the 40 passengers on board was hurt, the airline said.",
                    "The quake could kill as many as 14,000 people and injure 30,000 more, the study warned.",
                    "The government's worst-case planning scenario assumes up to 50,000 deaths.",
                    "The new barrier could prevent up to 50 deaths a year, the council said.",
                    "A study estimates that the policy prevented 12,000 deaths over a decade.",
                    "A man was convicted on Tuesday of killing three people in a 2019 shooting.",
                    "He was jailed for life in 2015 for killing 4 people.",
                    "The trial of a man accused of killing 6 people at a nightclub began on Monday.",
                    "Smoking kills more than 480,000 Americans annually, the CDC says.",
                    "Gun violence kills more than 40,000 people in the US each year.",
                    "On average, 5 people a day are killed on Britain's roads.",
                    "It was the deadliest attack on the city since 2008, when 166 people were killed.")) {
                assertEquals(List.of(), extractor.extract(text), text);
            }
            assertEquals(List.of(8L), extractor.extract("The storm left 8 people dead and 100,000 without power.")
                    .stream().map(Figure::count).toList());
            assertEquals(List.of(3L), extractor.extract("Police arrested 12 people and 3 were killed.").stream()
                    .map(Figure::count).toList(), "the 12 are the arrest's object");
            assertEquals(List.of(5000L), extractor.extract("The quake, which killed 5,000 people, is the deadliest in "
                    + "Turkey since 1999, when more than 17,000 people died.").stream().map(Figure::count).toList());
            assertEquals(List.of(11L, 89L), extractor.extract("A further 11 deaths were reported on Tuesday, bringing "
                    + "the total to 89.").stream().map(Figure::count).toList());
            assertEquals(List.of(), extractor.extract("Police arrested 12 people, bringing the total to 40."));
            assertEquals(List.of("taliban", "officials"), extractor.extract("The Taliban claimed to have killed 30 "
                    + "Afghan soldiers, though officials put the number at 8.").stream().map(Figure::attributedTo)
                    .toList(), "a claim is its claimant's, not the rival's, and the rival's count is its own");
            List<Figure> rival = extractor.extract("Al-Shabaab claimed to have killed 60 Kenyan soldiers in the raid, "
                    + "while Kenya said 12 died.");
            assertEquals(List.of("shabaab", "kenya"), rival.stream().map(Figure::attributedTo).toList());
        }

        /**
         * Review 6 (585 blind headline-style lines): "in a week" dates a count, it is no rate; "6 hurt at FSU" and
         * "12,000 structures destroyed" and "29 survive" were more of the killed; a previous toll revised is history;
         * a denial names its claim ("denies Russian claim that", "Hospital denies 5 died"); "6 of 8 climbers" is 6;
         * a toll that passes or crosses a number is more than it.
         */
        @Test
        void blindReviewSix() {
            assertEquals(List.of(22L), extractor.extract("Cholera: 22 deaths in Khartoum in a week").stream()
                    .map(Figure::count).toList());
            assertEquals(List.of(100L), extractor.extract("Gaza: 100 killed in a day, ministry says").stream()
                    .map(Figure::count).toList());
            assertEquals(List.of(), extractor.extract("Heatwave: 300 deaths a week in Spain"));
            assertEquals(List.of(FigureKind.KILLED, FigureKind.INJURED), extractor.extract("Florida: 2 killed, 6 "
                    + "hurt at FSU; suspect is deputy's son, 20").stream().map(Figure::kind).toList());
            assertEquals(List.of(24L), extractor.extract("LA wildfires: 24 killed, 12,000 structures destroyed")
                    .stream().map(Figure::count).toList());
            assertEquals(List.of(38L), extractor.extract("Kazakhstan: Azerbaijan Airlines crash kills 38, 29 "
                    + "survive").stream().map(Figure::count).toList());
            assertEquals(List.of(36L), extractor.extract("Previous toll of 39 revised to 36").stream()
                    .map(Figure::count).toList());
            for (String text : List.of("Ukraine denies Russian claim that 400 soldiers died in Kramatorsk strike",
                    "Police dismiss reports of 10 dead", "Hospital denies 5 died after power cut")) {
                assertEquals(List.of(), extractor.extract(text), text);
            }
            assertEquals(List.of(6L), extractor.extract("6 of 8 climbers found dead on Everest").stream()
                    .map(Figure::count).toList());
            Figure passes = only("Turkey quake: death toll passes 20,000");
            assertEquals(20_000, passes.count());
            assertEquals(Qualifier.MORE_THAN, passes.qualifier());
            assertEquals(Qualifier.MORE_THAN, only("Wayanad landslides: toll crosses 300").qualifier());
            assertEquals(20, only("Police killed at least 20 protesters.").count());
        }

        /** A toll's keeper named after it is its source: "A count by the Associated Press", "kept by AFP". */
        @Test
        void aTollsKeeperIsItsSource() {
            assertEquals("associated press", only("A count by the Associated Press put the death toll at 300.")
                    .attributedTo());
            assertEquals("afp", only("The death toll tally kept by AFP says 60 people died.").attributedTo());
        }

        /**
         * A reporter in a ", but" clause with a count of its own contradicts the figure before it, so is not its
         * source; one that only comments on it, or closes the sentence, still is.
         */
        @Test
        void aReporterInAContradictingButClauseIsNotTheSource() {
            assertNull(extractor.extract("It was widely reported that 40 people had been killed, but the ministry put"
                    + " the figure at 32.").get(0).attributedTo());
            assertEquals("officials", only("Six people were killed, but officials said the toll could rise.")
                    .attributedTo());
            assertEquals("officials", only("Six people were killed, but the toll could rise, officials said.")
                    .attributedTo());
        }

        /** A relative clause between a subject and its reporting verb is about the subject, not the subject. */
        @Test
        void aRelativeClauseAfterTheSubjectIsNotTheSource() {
            assertEquals("health ministry", only("The health ministry, which is run by Hamas, said 37 people were "
                    + "killed.").attributedTo());
            assertEquals("police spokesman", only("A police spokesman, who asked not to be named, said five people "
                    + "died.").attributedTo());
            assertEquals("oleh synehubov", only("Oleh Synehubov, who heads the Kharkiv regional administration, said "
                    + "four civilians were killed.").attributedTo());
        }

        /** A name with a description in apposition is the name's: the description was the key. */
        @Test
        void aNamedBodyDescribedInAppositionIsTheBodys() {
            assertEquals("syrian observatory for human rights", only("The Syrian Observatory for Human Rights, a "
                    + "UK-based war monitor, said 40 people were killed.").attributedTo());
            assertEquals("airwars", only("Airwars, an independent monitor, said 4,300 civilians were killed.")
                    .attributedTo());
            assertEquals("zelensky", only("Volodymyr Zelensky, the Ukrainian president, said 9,000 Russian soldiers "
                    + "had been killed.").attributedTo());
        }

        /** A number that counts who reported the figure is no figure: "two security sources told Reuters". */
        @Test
        void theNumberOfReportersIsNoFigure() {
            Figure f = only("Thirty soldiers were killed, two security sources told Reuters.");
            assertEquals(30, f.count());
            assertEquals("security sources", f.attributedTo());
            assertEquals(List.of(10L, 20L), extractor.extract("Ten people were killed and 20 wounded, two medics "
                    + "said.").stream().map(Figure::count).toList());
        }

        /** "He said" after a sentence whose subject appears ("spoke to reporters") is that subject's. */
        @Test
        void aPronounAfterAnActorsAppearanceIsTheActor() {
            assertEquals("mayor of kharkiv", only("The mayor of Kharkiv spoke to reporters on Friday. He said 12 "
                    + "people had been killed.").attributedTo());
            assertEquals("zelensky", only("Ukraine's president Volodymyr Zelensky addressed the nation. He said 9,000 "
                    + "Russian soldiers had been killed.").attributedTo());
        }

        /** A toll is told, not telling, unless a word before it says whose it is. */
        @Test
        void aTallyWithItsOwnerNamedSpeaksForTheOwner() {
            assertEquals("afp tally", only("An AFP tally says 1,200 people were killed.").attributedTo());
            assertNull(only("The latest death toll says 60 people were killed.").attributedTo());
        }

        @Test
        void kyivClaims() {
            Figure f = only("The claim is significantly less than Ukraine's assessment of Russian casualties - Kyiv"
                    + " claims it has killed 5,840 Russian troops.");
            assertEquals("kyiv", f.attributedTo());
            assertEquals("russian soldiers", f.who());
            assertEquals(FigureKind.KILLED, f.kind());
        }

        @Test
        void accordingTo() {
            assertEquals("airwars", only("Russia has killed at least 4,300 civilians in Syria, according to"
                    + " Airwars.").attributedTo());
        }

        @Test
        void possessiveMinistrySays() {
            assertEquals("russia",
                    only("Russia's defence ministry says 498 Russian soldiers have been killed.").attributedTo());
        }

        @Test
        void unNormalised() {
            assertEquals("un", only("The UN said 227 civilians have been killed.").attributedTo());
            assertEquals("un", only("The United Nations says more than 1,000 civilians have been killed in"
                    + " Ukraine.").attributedTo());
            assertEquals("un", only("At least 227 civilians were killed, the U.N. said.").attributedTo());
        }

        /** An organ that names its state with "of" is that state's count, as the possessive form is. */
        @Test
        void stateOrganNamedWithOf() {
            assertEquals("kyiv", only("The General Staff of Ukraine's Armed Forces said 9,000 Russian soldiers had"
                    + " been killed.").attributedTo());
            assertEquals("kyiv", only("The General Staff of the Armed Forces of Ukraine said 9,000 Russian soldiers"
                    + " had been killed.").attributedTo());
            assertEquals("russia", only("The Ministry of Defence of Russia said 498 Russian soldiers had been"
                    + " killed.").attributedTo());
            assertEquals("russia", only("Russia's Ministry of Defence said 498 Russian soldiers had been"
                    + " killed.").attributedTo());
        }

        /**
         * A governor written in full, with any title, is one claimant, his full name; a title or an honorific with
         * his surname, or the surname alone, is the surname where the text names no one in full with it. His title
         * alone ("the region's governor") stays apart.
         */
        @Test
        void aTitleBeforeAPersonalNameIsThePerson() {
            for (String who : List.of("Kharkiv governor Oleh Synehubov", "Governor Oleh Synehubov",
                    "regional governor Oleh Synehubov", "Oleh Synehubov")) {
                assertEquals("oleh synehubov", only("At least six civilians were killed in Kharkiv, " + who
                        + " said.").attributedTo(), who);
            }
            for (String who : List.of("Governor Synehubov", "Mr Synehubov", "Synehubov",
                    "Kharkiv governor Synehubov")) {
                assertEquals("synehubov", only("At least six civilians were killed in Kharkiv, " + who
                        + " said.").attributedTo(), who);
            }
            assertEquals("synehubov", only("Governor Synehubov said at least 6 civilians were killed.")
                    .attributedTo());
            assertEquals("synehubov", only("At least six civilians were killed, according to Governor Synehubov's"
                    + " Telegram channel.").attributedTo());
            assertEquals("vitali klitschko", only("Three people were killed, Mayor Vitali Klitschko said.")
                    .attributedTo());
            assertEquals("vitali klitschko", only("Kyiv mayor Vitali Klitschko said three people were killed.")
                    .attributedTo());
            assertEquals("zelensky", only("President Volodymyr Zelensky said 9,000 Russian soldiers had been"
                    + " killed.").attributedTo());
            assertEquals("region's governor", only("At least six civilians were killed in Kharkiv, the region's"
                    + " governor said.").attributedTo());
        }

        /**
         * Within one entry a person's second references are the full name it writes once: the three forms meet. Two
         * full names with one surname (Oleksiy and Dmytro Kuleba), or none, leave the surname alone.
         */
        @Test
        void aSurnameIsTheFullNameItsEntryWritesOnlyWhenOne() {
            List<Figure> f = extractor.extract("Kharkiv governor Oleh Synehubov said four civilians were killed. "
                    + "Governor Synehubov said later at least six civilians were killed. Five people were wounded, "
                    + "Synehubov said.");
            assertEquals(List.of("oleh synehubov", "oleh synehubov", "oleh synehubov"),
                    f.stream().map(Figure::attributedTo).toList());
            Figure headline = extractor.extract("Six civilians killed in Kharkiv, Governor Synehubov says",
                    "Six civilians killed in Kharkiv, Governor Synehubov says\nOleh Synehubov spoke on Telegram.")
                    .get(0);
            assertEquals("oleh synehubov", headline.attributedTo(), "the body names him in full");
            List<Figure> kulebas = extractor.extract("Kyiv regional governor Oleksiy Kuleba said at least 410 "
                    + "civilians were killed. Foreign Minister Dmytro Kuleba spoke in Brussels. Kuleba said at least "
                    + "500 civilians were killed in Ukraine.");
            assertEquals(List.of("oleksiy kuleba", "kuleba"), kulebas.stream().map(Figure::attributedTo).toList());
            assertEquals("synehubov", only("Governor Synehubov said six civilians were killed.").attributedTo());
        }

        /**
         * Regression: bodies whose name ends in a common noun keyed as that noun's "surname", so Al-Quds Brigades'
         * first claim was held back under Al-Qassam Brigades' 25.
         */
        @Test
        void armedGroupsAndServicesAreNoPersons() {
            assertEquals("al-qassam brigades", only("The Al-Qassam Brigades said its fighters had killed 25 Israeli "
                    + "soldiers.").attributedTo());
            assertEquals("al-quds brigades", only("The Al-Quds Brigades said it had killed six Israeli soldiers.")
                    .attributedTo());
            assertEquals("black sea fleet", only("The Black Sea Fleet said five sailors were killed.").attributedTo());
            assertEquals("civil defence", only("The Civil Defence said five people were killed.").attributedTo());
            assertEquals("donald trump jr", only("Donald Trump Jr said five people were killed.").attributedTo());
        }

        /**
         * "..., said NAME, the TITLE of PLACE." puts the speaker after the verb; searched for before it, the claimant
         * was the place before the comma ("in kharkiv"), a new source for every sentence's place.
         */
        @Test
        void invertedAndAppositiveAttributionIsTheSpeaker() {
            for (String tail : List.of(
                    "said Oleh Synehubov, the governor of the Kharkiv region.",
                    "Oleh Synehubov, the regional governor, said.",
                    "the regional governor, Oleh Synehubov, said.",
                    "according to Oleh Synehubov, the regional governor.",
                    "according to the regional governor, Oleh Synehubov.",
                    "said the regional governor, Oleh Synehubov.",
                    "said Kharkiv governor Oleh Synehubov.",
                    "said Oleh Synehubov, adding that the search for survivors went on.")) {
                String sentence = "At least six civilians were killed in Kharkiv, " + tail;
                assertEquals("oleh synehubov", only(sentence).attributedTo(), sentence);
            }
            for (String tail : List.of(
                    // second references: a surname with its title in apposition is the person, not the title
                    "Synehubov, the regional governor, said.",
                    "said Synehubov, the governor of the Kharkiv region.",
                    "according to the regional governor, Synehubov.")) {
                String sentence = "At least six civilians were killed in Kharkiv, " + tail;
                assertEquals("synehubov", only(sentence).attributedTo(), sentence);
            }
            assertEquals("regional governor", only("At least six civilians were killed near Kharkiv, said the"
                    + " regional governor.").attributedTo());
            assertEquals("governor", only("\"Six people were killed,\" said the governor.").attributedTo());
            assertEquals("police", only("At least 12 people were killed on Thursday, said police.").attributedTo());
            assertEquals("russia", only("Six Ukrainian soldiers were killed, said Igor Konashenkov, the Russian"
                    + " defence ministry spokesman.").attributedTo(), "the institution he speaks for owns the count");
        }

        /** A place or a time ("in X", "near X", "on Thursday") is never a claimant, wherever it stands. */
        @Test
        void aPrepositionalPhraseIsNeverAClaimant() {
            for (String sentence : List.of(
                    "At least six civilians were killed in Kharkiv on Thursday, said Oleh Synehubov.",
                    "At least six civilians were killed near Kharkiv, said the regional governor.",
                    "At least six civilians were killed on Thursday, said the regional governor.",
                    "Five people were killed in the strike, said Kharkiv, Sumy and Odesa officials.")) {
                String who = only(sentence).attributedTo();
                assertTrue(who == null || !who.matches("(in|near|on|at) .*"), sentence + " -> " + who);
            }
            assertEquals("ministry", only("The ministry, in a statement, said 12 people were killed.")
                    .attributedTo(), "an aside between subject and verb is not the subject");
            assertEquals("ministry", only("The ministry, citing hospital data, said 12 people were killed.")
                    .attributedTo());
            List<Figure> f = extractor.extract("Volodymyr Zelensky, the Ukrainian president, said Russian forces"
                    + " shelled Kharkiv. He said 2,000 civilians had been killed to date.");
            assertEquals("zelensky", f.get(0).attributedTo(), "what the president said is no inverted subject");
        }

        /** A pronoun subject takes the previous sentence's attribution when it has one. */
        @Test
        void pronounFromPreviousSentence() {
            List<Figure> f = extractor.extract("Volodymyr Zelensky, the Ukrainian president, said the army would"
                    + " hold. He said 2,000 civilians had been killed to date.");
            assertEquals("zelensky", f.get(0).attributedTo()); // Claimants: the Ukrainian president
        }

        @Test
        void nestedReportTheInnerReporterOwnsTheFigure() {
            assertEquals("nato", only("Citing an unnamed official, Bays said NATO estimates between 7,000-15,000"
                    + " Russian troops have been killed.").attributedTo());
        }

        @Test
        void pronounWithoutResolvableActorFallsBackToAccordingTo() {
            assertEquals("russian media reports", only("It says 498 Russian soldiers have been killed, according to"
                    + " Russian media reports.").attributedTo());
            List<Figure> f = extractor.extract("The claim is disputed. It says 498 Russian soldiers have been"
                    + " killed, according to Russian media reports.");
            assertEquals("russian media reports", f.get(0).attributedTo());
        }

        /** Who revises a toll gives its new value: "X has revised the death toll ... down to nine". */
        @Test
        void theSubjectOfARevisedTollIsItsClaimant() {
            Figure odesa = only("Ukraine's State Emergency Service has revised the death toll from the missile strike"
                    + " on Odesa down to nine, from 12 reported earlier.");
            assertEquals(9, odesa.count());
            assertEquals("ukraine's state emergency service", odesa.attributedTo());
            assertEquals("health ministry", only("The health ministry lowered the death toll to 30.").attributedTo());
            assertEquals("police", only("Police revised down the number of dead to 12.").attributedTo());
            // a revision said of the toll, not by anyone, still names no one
            assertNull(only("The death toll was revised to 14.").attributedTo());
            assertNull(only("Rescuers raised the alarm after 14 people were killed.").attributedTo());
        }

        @Test
        void noneWhenUnattributed() {
            assertNull(only("Five people were killed in the crash.").attributedTo());
        }

        @Test
        void placeAfterIn() {
            assertEquals("mariupol", only("Hundreds fled as 12 civilians were killed in Mariupol.").place());
        }

        /** With no "in X" after the figure, the place of the strike the sentence opens with says where. */
        @Test
        void placeOfTheStrikeBeforeTheFigure() {
            assertEquals("kharkiv", extractor.extract("Russian attacks on the eastern"
                    + " Ukrainian city of Kharkiv have killed at least six civilians and wounded more than a dozen"
                    + " others, the region's governor has said.").get(0).place());
            assertEquals("dnipro", only("The death toll from the Russian missile strike on an apartment block in"
                    + " Dnipro has risen to 46, the city council said.").place());
            assertEquals("odesa", only("A missile strike on Odesa killed nine people.").place());
            assertEquals("mariupol", only("After the strike on Odesa, 12 people were killed in Mariupol.").place(),
                    "an \"in X\" after the figure wins");
            assertEquals(null, only("Speaking in Brussels, the UN said 40 civilians were killed.").place(),
                    "a place that is not a strike's is not the figure's");
            assertEquals(null, only("The attacks, officials said on Monday in Kyiv, killed 12 people.").place());
            assertEquals(null, extractor.extract("The WHO says it has verified 64 incidents of attacks on Ukrainian"
                    + " health care facilities, causing 15 deaths and 37 injuries.").get(0).place(),
                    "a nationality adjective is not a place");
        }

        /** Who controls a place is not its name: "in Ukrainian-controlled parts of the Kherson region" is Kherson. */
        @Test
        void placePastControlAdjectivesAndParts() {
            assertEquals("kherson", only("Ukraine's Interior Minister Ihor Klymenko says at least three people have"
                    + " died in the floods in Ukrainian-controlled parts of the Kherson region.").place());
            assertEquals("kherson", only("Two people were killed in Russian-held parts of Kherson.").place());
            assertEquals("melitopol", only("Four people were killed in the Russian-occupied city of Melitopol.")
                    .place());
            assertEquals("donetsk", only("Five people were killed in part of the Ukrainian-held Donetsk region.")
                    .place());
            assertEquals("zaporizhzhia", only("Six people were killed in occupied Zaporizhzhia.").place());
        }
    }

    @Nested
    class Traps {
        @ParameterizedTest
        @ValueSource(strings = {
            "The photographer, 50, was killed on Tuesday.",
            "A 12-year-old boy was killed in the shelling.",
            "Nearly 500 Russian troops killed - Moscowpublished at 17:02 Greenwich Mean Time 2 March 2022 x",
            "On March 2 the city was shelled and many were killed.",
            "In 2022 the war killed many people.",
            "Ukrainian forces destroyed 30 tanks and killed many soldiers.",
            "The UN Refugee Agency says 874,026 people have left Ukraine since the invasion.",
            "The UN said one million refugees have fled, and many were wounded.",
            "The UNHCR appealed for $2bn for victims of the war that killed many.",
            "More than 2% of the population was killed or displaced, officials fear.",
            "There were no casualties.",
            "It said there were no casualties or damage to residential buildings.",
            "Hundreds are feared dead after the explosion.",
            "On the seventh day of fighting, civilians were killed in Kharkiv.",
            "Day 8: civilians killed as shelling continues.",
            "Shelling left 40 homes destroyed and residents dead.",
            "The column stalled 7 kilometers from Kyiv, where civilians were killed.",
            "Kherson, a city of 280,000, saw civilians killed.",
            "Scores of civilians have been killed over the past 14 hours.",
            "Two gunmen killed the guard.",
        })
        void notACasualtyFigure(String sentence) {
            List<Figure> f = extractor.extract(sentence);
            // the headline trap carries a real figure (500); only the time and date must not be read
            if (sentence.startsWith("Nearly 500")) {
                assertEquals(List.of(500L), f.stream().map(Figure::count).toList());
                assertEquals("russia", f.get(0).attributedTo()); // Claimants: Moscow
                return;
            }
            assertEquals(List.of(), f, sentence);
        }

        /** "Revised the death toll up to 20": "up" is the revision's direction, not "at most". */
        @Test
        void aTollRevisedUpToANumberIsThatNumber() {
            Figure up = only("Oleh Synehubov revised the death toll up to 20.");
            assertEquals(20, up.count());
            assertEquals(Qualifier.NONE, up.qualifier());
            assertEquals(FigureKind.DEAD, up.kind());
            assertEquals("oleh synehubov", up.attributedTo());
            Figure bound = only("Up to 30 people may have been killed, officials fear.");
            assertEquals(Qualifier.UP_TO, bound.qualifier(), "a bound stays a bound");
            assertEquals(Qualifier.UP_TO, only("Shelling killed up to 40 people.").qualifier());
        }

        /** Who cites or gives a toll gives it: "The health ministry cited a figure of 212 deaths". */
        @Test
        void aBodyThatCitesOrGivesATollIsItsClaimant() {
            Figure cited = only("The health ministry cited a figure of 212 deaths in the region since the fighting "
                    + "began.");
            assertEquals(212, cited.count());
            assertEquals("health ministry", cited.attributedTo());
            assertEquals("governor", only("The governor cites a figure of 40 people still missing in the flooded "
                    + "valley.").attributedTo());
            List<Figure> gave = extractor.extract("Police gave a toll of 14 dead and 30 injured after the blast.");
            assertEquals(List.of("police", "police"), gave.stream().map(Figure::attributedTo).toList());
            // "gave" without a count as its object gives nothing: the sentence's own reporter is its claimant
            assertEquals("police", only("The blast gave rescuers little time, and 14 people were killed, police "
                    + "said.").attributedTo());
        }

        /** "Two of the injured died": a part of a group counted elsewhere is no count of its own. */
        @Test
        void aPartOfTheInjuredOrTheDeadIsNoCountOfItsOwn() {
            Figure six = only("Oleh Synehubov says six people were killed after two of the injured died in hospital.");
            assertEquals(6, six.count());
            assertEquals(FigureKind.KILLED, six.kind());
            assertEquals(List.of(), extractor.extract("Three of the dead were children, the governor said."));
            assertEquals(List.of(), extractor.extract("Four of those wounded are in a serious condition."));
            // a part named by its own count still has that count: "10 of the 12 killed" names 12 killed
            assertEquals(List.of(12L), extractor.extract("Ten of the 12 people killed were civilians.").stream()
                    .map(Figure::count).toList());
        }

        /** Ages listed after "aged" say who the victims were; the count is the number before them. */
        @Test
        void agesListedAfterAgedAreNotCounts() {
            Figure three = only("Three children aged 5, 7 and 9 were killed in Kherson, officials said.");
            assertEquals(3, three.count());
            assertEquals(FigureKind.KILLED, three.kind());
            assertEquals("children", three.who());
            assertEquals("officials", three.attributedTo());
            assertEquals("kherson", three.place());
            Figure two = only("Two brothers aged 12 and 14 were killed.");
            assertEquals(2, two.count());
            assertEquals("brothers", two.who());
            assertEquals(3, only("Three children aged between 5 and 9 were killed.").count());
            assertEquals("people", only("Gunmen killed 4 people aged between 18 and 25.").who());
            List<Figure> f = extractor.extract("Two men aged 34 and 41 were killed and 12 injured.");
            assertEquals(List.of(2L, 12L), f.stream().map(Figure::count).toList());
            assertEquals(List.of(FigureKind.KILLED, FigureKind.INJURED), f.stream().map(Figure::kind).toList());
        }

        @Test
        void aCountAfterAnAgeIsStillACount() {
            Figure f = only("A man aged 45 and 12 others were injured.");
            assertEquals(12, f.count());
            assertEquals(FigureKind.INJURED, f.kind());
        }

        @Test
        void lostPersonnelIsCasualtiesButLostTanksIsNot() {
            List<Figure> f = extractor.extract("Russia lost 15,800 soldiers, 530 tanks and 108 planes.");
            assertEquals(1, f.size());
            assertEquals(FigureKind.CASUALTIES, f.get(0).kind());
            assertEquals("russian soldiers", f.get(0).who()); // the subject of "lost" is the side
        }
    }

    /**
     * A fact box: a label, a colon and the count ("Injured: 13. Killed: 2."), as live pages and wire summaries set
     * out the latest numbers; before, none of these gave a figure. A bare label counts only where an item of the
     * box opens, and a count of things gives nothing.
     */
    @Test
    void aFactBoxGivesItsLabelledCounts() {
        assertEquals(List.of("13 INJURED", "2 KILLED"), counts("Injured: 13. Killed: 2."));
        assertEquals(List.of("27 DEAD"), counts("Death toll: 27"));
        assertEquals(List.of("2946 DEAD"), counts("Turkey earthquake death toll: 2,946"));
        assertEquals(List.of("14 DEAD", "40 INJURED", "6 MISSING"),
                counts("Casualties so far - dead: 14, injured: 40, missing: 6"));
        assertEquals(List.of("1035 DEAD", "1650 INJURED"), counts("Deaths: 1,035; injuries: 1,650 (OHCHR)"));
        assertEquals(List.of("14 DEAD"), counts("Total dead: 14 (as of 10:00)"));
        assertEquals(List.of("212 DEAD", "34 MISSING", "1100 INJURED"),
                counts("Confirmed deaths 212 | Missing 34 | Injured 1,100"));
        assertEquals("fishermen", only("Missing: 6 fishermen").who());
        assertEquals(List.of(), counts("Missing: 6 boats"));
        assertEquals(List.of(), counts("Killed: 2022"));
        assertEquals(List.of(), counts("The report has one heading: Injured 13 times in a season."));
    }

    /**
     * A rival's bare number ("while the government said 13") counts what the count before it counted and is the
     * rival's; it gave nothing, so an official count beside a higher one went unseen. Only with exactly one count
     * before it, of the same order, and ending its clause.
     */
    @Test
    void aRivalsBareNumberIsTheRivalsCountOfTheSameDead() {
        assertEquals(List.of("20 KILLED residents", "13 KILLED government"),
                claims("Residents said 20 people were killed, while the government said 13."));
        assertEquals(List.of("40 DEAD ministry", "70 DEAD activists"),
                claims("The ministry said 40 people died, but activists said at least 70."));
        assertEquals(List.of("38 DEAD kenyan red cross", "29 DEAD government"),
                claims("According to the Kenyan Red Cross, 38 people died in the floods; the government said 29."));
        assertEquals(List.of("9 DEAD local officials", "11 DEAD state news agency"),
                claims("Local officials said 9 people died; the state news agency later said 11."));
        // the rival of a "who" clause is the noun it hangs on; a rival named by a pronoun is the reporter before
        assertEquals(List.of("9 KILLED mayor", "6 KILLED police chief"), claims("The mayor told reporters that 9 "
                + "people had been killed, contradicting the police chief, who said 6."));
        assertEquals(List.of("14 KILLED police", "16 KILLED police"),
                claims("Yesterday police said 14 were killed; today they said 16."));
        // not a rival: two counts before it (which would it count?), a number of another order, a count of things
        assertEquals(List.of("40 KILLED health ministry", "120 INJURED health ministry"), claims("The health "
                + "ministry said 40 people were killed and 120 injured; the army said 12."));
        assertEquals(List.of("3 KILLED mayor"), claims("Three people were killed, the mayor said 300."));
        assertEquals(List.of("12 KILLED police"),
                claims("Twelve people were killed in the blast, police said 2 suspects were arrested."));
    }

    /**
     * Review 12 (held out): what did not happen is no count ("could leave 298,000 dead", "Had the dam burst, ...
     * could have been killed", "we would be counting 60 bodies today") while a guess at what did happen stays one;
     * livestock counted by the head; "half a dozen" is six; a toll that "has touched 224".
     */
    @Test
    void reviewTwelvesUnrealTollsLivestockHalfADozenAndATouchedToll() {
        for (String text : List.of("In a worst-case scenario, a tsunami could leave 298,000 dead along the coast.",
                "Had the dam burst, as many as 50,000 people downstream could have been killed, engineers said.",
                "\"If the bus had been full, we would be counting 60 bodies today,\" the union leader said.",
                "The death toll could have reached 500 if the dam had burst.",
                "Forty head of cattle died after grazing on a contaminated pasture, veterinary officials said.")) {
            assertEquals(List.of(), extractor.extract(text), text);
        }
        assertEquals(List.of("200 KILLED"), counts("The flood may have killed as many as 200 people, officials said."));
        assertEquals(List.of("50 KILLED"), counts("Up to 50 people could have been killed, officials said."));
        assertEquals(List.of("6 DEAD"), counts("Half a dozen people died on the spot, police said."));
        assertEquals(List.of("12 DEAD"), counts("A dozen people died on the spot, police said."));
        assertEquals(List.of("224 DEAD", "130 MISSING"), counts("The toll in the Wayanad landslides has touched 224, "
                + "with 130 people still missing, according to the Kerala government."));
        assertEquals(List.of("3 INJURED"), counts("Three head teachers were injured in the crash."));
    }

    /**
     * Review 12's missed wordings, from wire and regional English: a military "neutralised", a manner of death
     * before or around its object, the dead named in a relative clause or by "deceased", a transitive "drowned",
     * a headline's present "die", the wounded as an adjective, "breathed their last". And what stays out: a
     * conditional, an age in a list, devices neutralised.
     */
    @Test
    void reviewTwelvesMissedWordingsGiveTheirCounts() {
        assertEquals(List.of("15 KILLED"), counts("Troops neutralised 15 terrorists and rescued 22 kidnapped "
                + "victims, Defence Headquarters said."));
        assertEquals(List.of("43 KILLED"), counts("Suspected ADF rebels hacked to death at least 43 worshippers."));
        assertEquals(List.of("2 KILLED"), counts("An elephant trampled two tea garden workers to death."));
        assertEquals(List.of("8 DEAD"), counts("Ex gratia was announced for the families of the eight persons who "
                + "died in the fire."));
        assertEquals(List.of("20 DEAD"), counts("Thirteen children were among the 20 people who died when an "
                + "overloaded boat capsized."));
        assertEquals(List.of("17 DEAD"), counts("Ex gratia went to the next of kin of each of the 17 deceased "
                + "passengers."));
        assertEquals(List.of("12 KILLED"), counts("Residents said floodwaters drowned at least a dozen people."));
        assertEquals(List.of("6 KILLED"), counts("Six persons were charred to death when a bus caught fire."));
        assertEquals(List.of("7 KILLED"), counts("Seven persons were burnt beyond recognition in the fire."));
        assertEquals(List.of("7 DEAD"), counts("Lahore: 7 of a family die as gas leak triggers blast"));
        assertEquals(List.of("2 DEAD"), counts("Two men aged 20 and 22 die in M6 crash"));
        assertEquals(List.of("67 WOUNDED"), counts("MSF said its teams had treated 67 wounded people since Monday."));
        assertEquals(List.of("2 DEAD", "9 DEAD"), counts("Two more injured persons breathed their last late on "
                + "Friday, taking the toll in the explosion to nine."));
        assertEquals(List.of("61 DEAD", "4 DEAD"),
                counts("The toll rose to 61 on Sunday after 4 injured people died in hospital."));
        assertEquals(List.of(), counts("Police neutralised 3 explosive devices near the border."));
        assertEquals(List.of(), counts("If 1 dies in care, who pays?"));
        assertEquals(List.of(), counts("Up to 100 people could die if the dam fails."));
    }

    /**
     * Review 12's claimants: a headline's inverted "say" names the source; the dead "confirmed dead", a dam wall
     * that "gave way" and a minister who "announces Rs 2 lakh" report no count.
     */
    @Test
    void reviewTwelvesClaimants() {
        assertEquals(List.of("6 KILLED rescue officials"),
                claims("Fire at Gul Plaza in Karachi kills 6; dozens trapped, say rescue officials"));
        assertEquals(List.of("20 KILLED medics"), claims("Israeli strike kills 20 in Rafah, say medics"));
        assertEquals(List.of("36 KILLED null"), claims("Jammu: 36 killed as bus falls into gorge in Doda; PM "
                + "announces Rs 2 lakh for kin of deceased"));
        assertEquals(List.of("21 DEAD null"), claims("Hillside Endarasha: 21 pupils confirmed dead in dormitory fire"));
        assertEquals(List.of("67 DEAD basarnas", "3 MISSING basarnas"),
                claims("School collapse in Sidoarjo: 67 students confirmed dead, 3 still missing, Basarnas says"));
        assertEquals(List.of("31 KILLED provincial officials"), claims("Nine children were among 31 people killed "
                + "when the dam wall gave way, provincial officials said."));
    }

    /**
     * Review 13 (400 blind lines of live coverage and UK, US, Australian and European local copy, held out):
     * people "stabbed" (killed or wounded), a running toll told by an ordinal, a count that comes down, "making 76
     * in total", "the confirmed number was eight"; and what is no count: a statistic "on average ... each winter"
     * or "in the 12 months to June", reports "not confirmed", players hurt in play, calls reporting the missing.
     * People "taken to hospital" stay no count of the injured (a decision; see the README).
     */
    @Test
    void reviewThirteensWordings() {
        assertEquals(List.of(), counts("Victoria Police said 14 people were taken to hospital after a ride "
                + "malfunctioned."));
        assertEquals(List.of("5 CASUALTIES"), counts("Police said five people had been stabbed, and a man had been "
                + "arrested."));
        assertEquals(List.of("7 DEAD"), counts("A seventh person has died of injuries sustained in the parade shooting, "
                + "the Lake County coroner said."));
        assertEquals(List.of("11 DEAD"), counts("Sheriff Robert Luna said an 11th victim had died in hospital."));
        assertEquals(List.of("2 DEAD"), counts("NSW Police have confirmed a second death linked to the fires."));
        assertEquals(List.of(), counts("Police said the third victim was a 40-year-old man."));
        assertEquals(List.of("25 MISSING"), counts("The number of people unaccounted for in Wajima has fallen to 25, the "
                + "prefecture said."));
        assertEquals(List.of("2 DEAD", "76 DEAD"), counts("Update from the Greek fire service: two more bodies found in "
                + "Mati, making 76 in total."));
        assertEquals(List.of("10 DEAD", "8 DEAD"), counts("The mayor said \"at least 10\" people had died, but a police "
                + "spokesman later said the confirmed number was eight."));
        assertEquals(List.of("12 KILLED"), counts("An earlier report by state media that 20 people were killed was "
                + "incorrect; the correct figure is 12, officials said."));
        for (String text : List.of(
                "On average, about 20 people die in avalanches in Austria each winter.",
                "Australia's national road toll reached 1,300 in the 12 months to June.",
                "Earlier reports of 300 dead, circulated widely on social media, have not been confirmed.",
                "Three players were injured in a clash of heads in the second half, the club said.",
                "Emergency services said they had received 1,800 calls reporting missing relatives.")) {
            assertEquals(List.of(), counts(text), text);
        }
        assertEquals(List.of("3 INJURED"), counts("Fecofa said 3 players from the visiting team were hurt by "
                + "projectiles in the tunnel."));
        assertEquals(List.of("18 KILLED police"), claims("Police have since said 18 people were killed."));
    }

    private List<String> claims(String text) {
        return extractor.extract(text).stream().map(f -> f.count() + " " + f.kind() + " " + f.attributedTo())
                .toList();
    }

    private List<String> counts(String text) {
        return extractor.extract(text).stream().map(f -> f.count() + " " + f.kind()).toList();
    }

    @Test
    void sentenceIsCarriedWhitespaceNormalised() {
        Figure f = only("Four  people were\tkilled.");
        assertTrue(f.sentence().contains("Four people"), f.sentence());
    }
}
