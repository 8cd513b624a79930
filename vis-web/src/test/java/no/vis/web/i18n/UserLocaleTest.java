package no.vis.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserLocaleTest {

    @ParameterizedTest(name = "Accept-Language ''{0}'' gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                         | nb
            ''                           | nb
            nb-NO,nb;q=0.9,en;q=0.8      | nb
            no                           | nb
            nn-NO,nn;q=0.9               | nn
            en-US,en;q=0.9               | en
            de-DE,en;q=0.5               | en
            sv-SE,da;q=0.8               | nb
            ;;;garbage                   | nb
            """)
    void choosesTheBestSupportedLanguage(String header, String expected) {
        assertEquals(expected, UserLocale.fromAcceptLanguage(header));
    }

    @ParameterizedTest(name = "''{0}'' may hold a personal number: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01020312345      | true
            010203 12345     | true
            010203-12345     | true
            0102 03 123 45   | true
            x01020312345y    | true
            010203           | true
            nora hansen      | false
            2STA             | false
            12345            | false
            """)
    void numbersInAnySpacingNeverGoIntoAUrl(String text, boolean expected) {
        assertEquals(expected, UserLocale.mayHoldAPersonalNumber(text));
    }

    @org.junit.jupiter.api.Test
    void idsStayInTheUrlWhateverTheirSizeButASearchForANumberDoesNot() {
        org.junit.jupiter.api.Assertions.assertTrue(UserLocale.mayGoInUrl("id", "1234567"));
        org.junit.jupiter.api.Assertions.assertTrue(UserLocale.mayGoInUrl("school", "100050"));
        org.junit.jupiter.api.Assertions.assertTrue(UserLocale.mayGoInUrl("q", "nora hansen"));
        org.junit.jupiter.api.Assertions.assertFalse(UserLocale.mayGoInUrl("q", "010203 12345"));
    }
}
