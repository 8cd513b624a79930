package no.vis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import no.vis.guardianship.ContactRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactRulesTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(nullValues = "-", value = {
            "91234567, +4791234567",
            "912 34 567, +4791234567",
            "+47 412 34 567, +4741234567",
            "0047 91234567, +4791234567",
            "+46701234567, +46701234567",
            "+4412345678901, +4412345678901",
            "51234567, -",     // a landline: not a mobile number
            "9123456, -",      // seven digits
            "912345678, -",    // nine digits
            "+47 5123 4567, -",
            "abc, -",
            "'', -",
            "+123, -",
    })
    void mobileNumbers(String input, String stored) {
        assertEquals(Optional.ofNullable(stored), ContactRules.mobile(input));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(nullValues = "-", value = {
            "kari@example.org, kari@example.org",
            "Kari.Nordmann@Example.ORG, Kari.Nordmann@example.org",
            "' kari@example.no ', kari@example.no",
            "kari@example, -",
            "kari@@example.org, -",
            "kari example@example.org, -",
            "<script>@x.org, -",
            "kari@example.o, -",
            "'', -",
    })
    void emailAddresses(String input, String stored) {
        assertEquals(Optional.ofNullable(stored), ContactRules.email(input));
    }
}
