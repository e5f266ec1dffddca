package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page copied whole brings besides its news, line by line: its controls, its labels, its pictures' credits.
 * Each is left out of the text or read as a mark, and news that merely starts like one is kept.
 */
class PageFurnitureTest {

    @Test
    void aPagesControlsAreNoText() {
        for (String control : List.of("Share", "SHARE", "Share this article", "Copy link", "Link copied", "Email", "X",
                "Reddit", "Print", "ADVERTISEMENT", "Story continues below advertisement", "Share on Facebook",
                "Play video", "Video duration 2:41", "Listen to this article", "Gift this article free", "4 min",
                "3 minute read", "5 mins read", "OFFICIAL", "PRESS STATEMENT", "ENDS")) {
            assertTrue(Text.isPageControl(control), control);
        }
        for (String news : List.of("Share prices fell 4% in Moscow.", "Xi arrives in Kyiv", "Printed leaflets warned "
                + "residents", "Email from the mayor", "Advertisement banned", "4 minutes of silence were held.")) {
            assertFalse(Text.isPageControl(news), news);
        }
        assertEquals(List.of("Kyiv was hit overnight.", "Three people were killed."), Text.paragraphs(List.of(
                "Kyiv was hit overnight.", "", "Share", "Copy", "Link copied", "", "ADVERTISEMENT", "",
                "Three people were killed.")));
    }

    /** A cookie banner's lines are no text; a story about cookies keeps its sentences. */
    @Test
    void aCookieBannerIsNoText() {
        for (String banner : List.of("Cookies on GOV.UK", "We use some essential cookies to make this website work.",
                "We\u2019d like to set additional cookies to understand how you use GOV.UK, remember your settings and "
                        + "improve government services.", "We also use cookies set by other sites to help us deliver "
                        + "content from their services.", "Accept additional cookies", "Reject all cookies",
                "View cookies", "Cookie settings", "Manage cookie preferences", "This website uses cookies. By "
                        + "continuing to use our site, you agree to our cookie policy.")) {
            assertTrue(Text.isCookieNotice(banner), banner);
        }
        for (String news : List.of("Google said it would stop supporting third-party cookies in Chrome.",
                "Cookies and mince pies were handed out at the rest centre.", "Bakery recalls cookies over nut fears",
                "Regulators fined the site for setting cookies without consent, the watchdog said.")) {
            assertFalse(Text.isCookieNotice(news), news);
        }
        assertEquals(List.of("Flood support announced", "Households will get help."), Text.paragraphs(List.of(
                "Cookies on GOV.UK", "We use some essential cookies to make this website work.",
                "Accept additional cookies", "", "Flood support announced", "", "Households will get help.")));
    }

    /**
     * A list of links to other stories under its heading ("See also", "Most viewed", "Trending News") is no text, down
     * to the next prose; a link on its line ("Related: ...") neither. The next prose, and a crosshead, stay.
     */
    @Test
    void aListOfLinksToOtherStoriesIsNoText() {
        assertEquals(List.of("President Toqaev declared a day of mourning.", "Qarmet said it was doing everything "
                + "possible."), Text.paragraphs(List.of("President Toqaev declared a day of mourning.", "See also",
                "Kazakh Mine Disaster Death Toll Climbs To 46 As Rescuers Find More Bodies", "Qarmet said it was doing "
                + "everything possible.")));
        assertEquals(List.of("The search continues.", "Rescuers reached the town at dawn."), Text.paragraphs(List.of(
                "The search continues.", "", "Most viewed", "", "Live Peru earthquake: death toll passes 400",
                "2h ago", "", "Trending News", "3 Killed As Speeding Truck Rams Into Bus In Rajasthan's Sikar", "",
                "Rescuers reached the town at dawn.")));
        assertEquals(List.of("Crews worked through the night.", "Why the river rose so fast",
                "The Eden peaked at 7.4 metres."), Text.paragraphs(List.of("Crews worked through the night.",
                "Related: Storm Hollis: Met Office issues rare red warning for rain", "Why the river rose so fast",
                "The Eden peaked at 7.4 metres.")));
        // not headings: a story's own words
        for (String news : List.of("Related stories were pulled from the site.", "Most viewed videos were of the "
                + "flood.", "See also the map below.")) {
            assertEquals(List.of(news), Text.paragraphs(List.of(news)), news);
        }
    }

    @Test
    void labelsAreMarksNotHeadlines() {
        assertTrue(Text.isBreakingLabel("JUST IN"));
        assertEquals("Leaders agree to extend sanctions", Text.afterBreakingLabel("JUST IN: Leaders agree to extend "
                + "sanctions"));
        assertEquals(null, Text.afterBreakingLabel("Just in time for Christmas, the bridge reopened"));
        assertTrue(Text.isPostLabel("Key update"));
        assertTrue(Text.isPostLabel("Pinned post"));
        assertFalse(Text.isPostLabel("Key updates on the talks"));
        // a label line stands alone, not run into the headline under it
        assertEquals(List.of("JUST IN", "Leaders agree to extend sanctions", "EU leaders agreed on Thursday."),
                Text.paragraphs(List.of("JUST IN", "Leaders agree to extend sanctions", "", "EU leaders agreed on "
                        + "Thursday.")).subList(0, 3));
    }

    @Test
    void aCopyrightCreditClosesACaption() {
        assertTrue(Captions.isCaption("Displaced Palestinians shelter in tents in Khan Younis, on December 2, 2026. "
                + "\u00a9 Bashar Taleb, AFP"));
        assertTrue(Captions.isCaption("Rescuers carry a young girl from a collapsed building - Copyright AFAD via AP"));
        assertFalse(Captions.isCaption("The broadcaster said the footage was protected by copyright."));
    }

    /** A caption's source in brackets or a station's call sign closes it; a name in brackets in a sentence does not. */
    @Test
    void aSourceInBracketsOrACallSignClosesACaption() {
        for (String caption : List.of(
                "Police officers and rescue workers at the scene of a drone impact in Eilat, December 9, 2026. (Israel "
                        + "Police)",
                "Houthi military spokesman Yahya Saree delivers a statement in a video grab, December 9, 2026. "
                        + "(Screenshot/Al-Masirah)",
                "Firefighters work at a residential building hit in Kyiv on Dec. 3, 2026. (Photo: State Emergency "
                        + "Service of Ukraine)",
                "Emergency crews work at the scene of the derailment near Odenton, Md., on Wednesday. WBAL")) {
            assertTrue(Captions.isCaption(caption), caption);
        }
        for (String news : List.of("Twelve people were killed, according to the Israel Defense Forces (IDF)",
                "The vote is set for Tuesday. UPDATE", "The ministry said 12 people were killed in the strike.")) {
            assertFalse(Captions.isCaption(news), news);
        }
        assertTrue(Text.isPostLabel("UPDATE"));
        assertFalse(Text.isPostLabel("Updated"));
    }
}
