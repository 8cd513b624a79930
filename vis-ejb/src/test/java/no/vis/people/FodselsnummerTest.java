package no.vis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import no.vis.people.Fodselsnummer.Kind;
import no.vis.people.Fodselsnummer.Problem;
import no.vis.people.Fodselsnummer.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of DOMAIN.md §1, one row per case. Vectors computed from the rules, not copied from an implementation. */
class FodselsnummerTest {

    @ParameterizedTest(name = "{0} is {1} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            15058512343 | FNR | NONE  | classic fødselsnummer
            31129912319 | FNR | NONE  | last day of the year
            02040598718 | FNR | NONE  | born 2005, individnummer 987
            29020050088 | FNR | NONE  | 29 February, year 00 divisible by 4
            29020400038 | FNR | NONE  | 29 February 2004
            01015300023 | FNR | NONE  | individnummer 000
            02013299997 | FNR | NONE  | Skatteetaten 2032 example, K1 rest 0
            30108299920 | FNR | NONE  | Skatteetaten 2032 example, rest 0
            30108299939 | FNR | NONE  | Skatteetaten 2032 example, K1 rest 1 (refused by classic validators)
            02013299903 | FNR | NONE  | Skatteetaten 2032 example, K1 rest 2
            15058512351 | FNR | NONE  | K1 rest 1
            15058512378 | FNR | NONE  | K1 rest 3
            41018012365 | DNR | NONE  | D-nummer, day 41 = 1st
            45018012301 | DNR | NONE  | D-nummer, day 45 = 5th
            01458050011 | HNR | NONE  | month + 40 outside test mode is an H-nummer
            """)
    void validInProduction(String number, Kind kind, Synthetic synthetic, String why) {
        Fodselsnummer fnr = Fodselsnummer.parse(number, false);
        assertEquals(kind, fnr.kind(), why);
        assertEquals(synthetic, fnr.synthetic(), why);
        assertEquals(number, fnr.value());
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            00000000000 | DATE                  | all zeros passes both sums; day 00
            15058512344 | CHECKSUM              | K2 wrong
            15058512386 | CHECKSUM              | K1 leaves rest 4: not even under the 2032 rule
            15058512300 | CHECKSUM              | K1 leaves rest 7
            29020100085 | DATE                  | 29 February in year 01
            30025012360 | DATE                  | 30 February
            31040712375 | DATE                  | 31 April
            01139900150 | DATE                  | month 13
            01009900051 | DATE                  | month 00
            32019900184 | DATE                  | day 32
            72010100187 | DATE                  | D-nummer with day 72 = 32
            81234500090 | FH_NUMBER             | FH-number (first digit 8)
            91234500061 | FH_NUMBER             | FH-number (first digit 9)
            01819912323 | SYNTHETIC_NOT_ALLOWED | Tenor synthetic (month + 80) outside test mode
            45840375084 | SYNTHETIC_NOT_ALLOWED | D-nummer + Tenor outside test mode
            55507608360 | SYNTHETIC_NOT_ALLOWED | D-nummer + NAV outside test mode
            1505851234  | FORMAT                | 10 digits
            150585123431| FORMAT                | 12 digits
            1505851234a | FORMAT                | a letter
            15-05-85-123| FORMAT                | punctuation
            """)
    void invalidInProduction(String number, Problem problem, String why) {
        InvalidFodselsnummerException e = assertThrows(InvalidFodselsnummerException.class,
                () -> Fodselsnummer.parse(number, false), why);
        assertEquals(problem, e.problem(), why);
        assertEquals(Optional.of(problem), Fodselsnummer.problemWith(number, false));
        assertFalse(e.getMessage().contains(number.strip()), "the message must not echo the number");
    }

    @ParameterizedTest(name = "{0} is {1} {2} in test mode")
    @CsvSource(delimiter = '|', textBlock = """
            01819912323 | FNR | TENOR
            45840375084 | DNR | TENOR
            55507608360 | DNR | NAV
            01458050011 | FNR | NAV
            15058512343 | FNR | NONE
            """)
    void syntheticAcceptedInTestMode(String number, Kind kind, Synthetic synthetic) {
        Fodselsnummer fnr = Fodselsnummer.parse(number, true);
        assertEquals(kind, fnr.kind());
        assertEquals(synthetic, fnr.synthetic());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void emptyIsAFormatProblem(String text) {
        assertEquals(Optional.of(Problem.FORMAT), Fodselsnummer.problemWith(text, true));
    }

    @Test
    void acceptsSurroundingWhiteSpaceAndOneSpaceAfterTheDate() {
        assertEquals("15058512343", Fodselsnummer.parse(" 150585 12343 ", false).value());
    }

    @ParameterizedTest(name = "{0} decodes to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15058512343 | --05-15
            41018012365 | --01-01
            01819912323 | --01-01
            45840375084 | --04-05
            55507608360 | --10-15
            """)
    void decodesDayAndMonthThroughOffsets(String number, String monthDay) {
        assertEquals(MonthDay.parse(monthDay), Fodselsnummer.parse(number, true).birthDay());
    }

    @ParameterizedTest(name = "{0} born {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15058512343 | 1985-05-15
            02040598718 | 2005-04-02
            29020050088 | 2000-02-29
            01015300023 | 1953-01-01
            02013299997 | 2032-01-02
            """)
    void birthDateByTheClassicTable(String number, LocalDate born) {
        assertEquals(Optional.of(born), Fodselsnummer.parse(number, false).birthDateByClassicRules());
    }

    @ParameterizedTest(name = "{0}: no birth date from the number ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            30108299939 | 2032 control digits: the century is not encoded
            41018012365 | D-numbers: Skatteetaten says not to derive the year
            01458050011 | H-number
            """)
    void noBirthDateWhereTheNumberDoesNotTellIt(String number, String why) {
        assertEquals(Optional.empty(), Fodselsnummer.parse(number, false).birthDateByClassicRules(), why);
    }

    @Test
    void composeBuildsValidNumbersAndRefusesImpossibleControlDigits() {
        LocalDate date = LocalDate.of(2009, 3, 14);
        int valid = 0;
        for (int individual = 500; individual < 1000; individual++) {
            Optional<Fodselsnummer> fnr = Fodselsnummer.compose(date, individual, false, Synthetic.TENOR);
            if (fnr.isPresent()) {
                valid++;
                Fodselsnummer parsed = Fodselsnummer.parse(fnr.get().value(), true);
                assertEquals(Synthetic.TENOR, parsed.synthetic());
                assertEquals(MonthDay.from(date), parsed.birthDay());
                assertEquals(individual, parsed.individualNumber());
                assertTrue(parsed.hasClassicControlDigits());
            }
        }
        // about 1 in 11 individnumre gives K1 = 10 and another 1 in 11 K2 = 10
        assertTrue(valid > 380 && valid < 440, "valid numbers: " + valid);
    }

    @Test
    void toStringAndMaskedNeverShowTheWholeNumber() {
        Fodselsnummer fnr = Fodselsnummer.parse("15058512343", false);
        assertFalse(fnr.toString().contains("15058512343"));
        assertFalse(fnr.toString().contains("12343"));
        assertEquals("150585 *****", fnr.masked());
    }

    @Test
    void equalityIsOnTheNumber() {
        assertEquals(Fodselsnummer.parse("15058512343", false), Fodselsnummer.parse("150585 12343", false));
    }
}
