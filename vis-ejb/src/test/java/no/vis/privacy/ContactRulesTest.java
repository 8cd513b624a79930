package no.vis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import no.vis.guardianship.ContactRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactRulesTest {

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
