package no.vis.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void theLanguageThenBokmaalThenGrepsDefaultThenTheCode() {
        Titles all = new Titles("Norsk (default)", "Norsk", "Norsk (nn)", "Norwegian");
        assertEquals("Norsk (nn)", all.in(Locale.forLanguageTag("nn"), "NOR1260"));
        assertEquals("Norwegian", all.in(Locale.ENGLISH, "NOR1260"));
        assertEquals("Norsk", all.in(Locale.forLanguageTag("nb"), "NOR1260"));
        assertEquals("Norsk", new Titles("Norsk (default)", "Norsk", null, null).in(Locale.ENGLISH, "NOR1260"));
        assertEquals("Norsk (default)", new Titles("Norsk (default)", null, null, " ").in(Locale.ENGLISH, "NOR1260"));
        assertEquals("NOR1260", new Titles(null, null, null, null).in(Locale.forLanguageTag("nn"), "NOR1260"));
    }

    @Test
    void utgaattRemovedOrPastGyldigTilIsExpired() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Fagkode f = new Fagkode("REA3001");
        f.refresh(new Titles("Biologi 1", null, null, null), CatalogueElement.PUBLISHED, null, null, null, "h", null);
        assertEquals(false, f.expiredOn(today));
        f.refresh(new Titles("Biologi 1", null, null, null), CatalogueElement.PUBLISHED, null, LocalDate.of(2021, 7, 31), null, "h", null);
        assertTrue(f.expiredOn(today));
        f.refresh(new Titles("Biologi 1", null, null, null), CatalogueElement.EXPIRED, null, null, null, "h", null);
        assertTrue(f.expiredOn(today));
        f.refresh(new Titles("Biologi 1", null, null, null), CatalogueElement.PUBLISHED, null, null, null, "h", null);
        f.removedFromGrep(null);
        assertTrue(f.expiredOn(today));
    }
}
