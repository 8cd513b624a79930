package no.vis.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import no.vis.people.PhoneNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** One stored form (E.164) whatever KRR sent or a person typed. */
class PhoneNumberTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            41234567              | +4741234567
            412 34 567            | +4741234567
            +47 412 34 567        | +4741234567
            +4741234567           | +4741234567
            004741234567          | +4741234567
            0047 412 34 567       | +4741234567
            412-34-567            | +4741234567
            412.34.567            | +4741234567
            (+47) 412 34 567      | +4741234567
            ' 91234567 '          | +4791234567
            91 23 45 67           | +4791234567
            22334455              | +4722334455
            +47 22 33 44 55       | +4722334455
            +46 70 123 45 67      | +46701234567
            0046 70 123 45 67     | +46701234567
            0046-70-123.45.67     | +46701234567
            +44 20 7946 0958      | +442079460958
            +4412345678901        | +4412345678901
            +1 (212) 555-0100     | +12125550100
            """)
    void everyWrittenFormGivesOneStoredForm(String typed, String stored) {
        assertEquals(stored, PhoneNumber.parse(typed).e164());
    }

    @ParameterizedTest(name = "''{0}'' is not a phone number")
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "12345", "9123456", "912345678", "4741234567", "01234567", "11234567",
            "+47 0123 4567", "+47 5123 456", "+47 512345678", "+123", "+0 123 456 789", "00", "+", "+46 70 123 45 67 89 01 23",
            "kari@example.org", "41234567 eller 98765432", "+47 412 34 567 567 567 567 567 567"})
    void garbageIsRefusedWithAFieldMessage(String typed) {
        var refused = assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(typed));
        assertEquals("phone.invalid.format", refused.messageKey());
        assertEquals(Optional.empty(), PhoneNumber.tryParse(typed));
        if (typed != null && !typed.isEmpty()) {
            assertFalse(refused.getMessage().contains(typed), "the message never holds what was typed");
        }
    }

    @Test
    void aMobileFieldRefusesANorwegianLandlineButNotAForeignNumber() {
        assertEquals(Optional.of(Problem.NOT_MOBILE), PhoneNumber.problemWithMobile("22 33 44 55"));
        assertEquals("phone.invalid.notMobile", Problem.NOT_MOBILE.messageKey());
        assertEquals(Optional.of(Problem.FORMAT), PhoneNumber.problemWithMobile("12345"));
        assertEquals(Optional.empty(), PhoneNumber.problemWithMobile("412 34 567"));
        assertEquals(Optional.empty(), PhoneNumber.problemWithMobile("+46 70 123 45 67"));
        assertTrue(PhoneNumber.parse("91234567").isMobile());
        assertFalse(PhoneNumber.parse("+46701234567").isNorwegian());
    }

    @Test
    void shownGroupedToBeRead() {
        assertEquals("+47 412 34 567", PhoneNumber.parse("004741234567").display());
        assertEquals("+47 22 33 44 55", PhoneNumber.parse("22334455").display());
        assertEquals("+46701234567", PhoneNumber.parse("+46 70 123 45 67").display());
        assertEquals("+47 912 34 567", PhoneNumber.display("+4791234567"));
        assertEquals("kari@example.org", PhoneNumber.display("kari@example.org"), "not a number: unchanged");
        assertEquals("91234567", PhoneNumber.display("91234567"), "not stored form: unchanged");
    }

    @Test
    void equalByStoredFormAndNothingPersonalInToString() {
        assertEquals(PhoneNumber.parse("+47 412 34 567"), PhoneNumber.parse("41234567"));
        assertEquals(PhoneNumber.parse("+47 412 34 567").hashCode(), PhoneNumber.parse("41234567").hashCode());
        String printed = PhoneNumber.parse("41234567").toString();
        assertFalse(printed.contains("412") || printed.contains("567"), printed);
    }
}
