package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void captionsAndCredits() {
        for (String p : List.of("Rescuers at the scene in Kharkiv. Photo: Getty Images", "Image source, Reuters",
                "People seek shelterImage source, Anadolu Agency", "Getty Images", "PA Media", "REUTERS/Maksim Levin",
                "Photo: Firefighters at a burning building in Kharkiv", "Image: Smoke over the city",
                "A woman offers sweets to servicemen in the Kyiv region, Ukraine. Photo: REUTERS/Maksim Levin",
                "A serviceman strokes a dog in Yasnohorodka, Ukraine March 2, 2022. REUTERS/Maksim Levin",
                "Members of a Territorial Defence unit prepare to deploy. (Photo by Chris McGrath/Getty Images)",
                "Damage in Kharkiv. (Photo by Sergey BOBOK / AFP) (Photo by SERGEY BOBOK/AFP via Getty Images)",
                "A damaged building in Kyiv, Ukraine, Thursday, March 3, 2022. (AP Photo/Efrem Lukatsky)",
                "Residents sheltered in the metro. PA Wire", "Residents sheltered in the metro (PA Wire)",
                "Smoke rises over Kyiv. Photograph: Reuters.", "Smoke rises over Kyiv - EPA-EFE/SERGEY DOLZHENKO",
                "Rescuers in Kharkiv. Photo: Ivan Petrenko", "Smoke rises over Kyiv | AFP via Getty Images")) {
            assertTrue(Captions.isCaption(p), p);
        }
    }

    @Test
    void proseNamingAnAgencyOrAPhoto() {
        for (String p : List.of(
                "At least 20 people were killed, including three children, Ukraine's emergency service told PA Media.",
                "Three aid workers were killed, the Foreign Office told PA Media on Thursday.",
                "A spokesperson told the PA news agency. Photo: the convoy's route was published by the charity.",
                "Getty Images and Reuters photographers were among the journalists in the city.",
                "The agency said it had verified the photo: it showed a column of tanks near Bucha.",
                "Officials told Reuters", "The strike was filmed by a resident (AFP could not verify it).",
                "Trains ran 24/7 to carry people west.", "",
                // headlines with their source, and the BBC's gallery headline
                "Russia says 300 Ukrainian troops killed in Kherson - TASS",
                "BREAKING: Russian forces capture Kherson - Reuters", "Kherson mayor says city has fallen | AP",
                "In pictures: Kyiv's metro becomes a shelter", "In Pictures: Life under siege in Mariupol")) {
            assertFalse(Captions.isCaption(p), p);
        }
    }
}
