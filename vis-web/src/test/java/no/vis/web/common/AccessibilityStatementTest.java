package no.vis.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessibilityStatementTest {

    private static AccessibilityStatement with(String contact) {
        AccessibilityStatement statement = new AccessibilityStatement();
        statement.contact = Optional.ofNullable(contact);
        return statement;
    }

    @Test
    void anEmailAddressBecomesAMailtoLinkAndAFormAddressStaysAsItIs() {
        assertEquals("mailto:uu@fylke.no", with(" uu@fylke.no ").getContactHref());
        assertEquals("https://fylke.no/uu-skjema", with("https://fylke.no/uu-skjema").getContactHref());
    }

    @Test
    void withoutAContactThePageSendsUsersToTheirSchoolsOffice() {
        assertNull(with(null).getContact());
        assertNull(with("  ").getContact());
        assertNull(with("javascript:alert(1)").getContactHref(), "only e-mail and http(s) addresses become links");
    }
}
