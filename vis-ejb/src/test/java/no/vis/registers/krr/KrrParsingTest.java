package no.vis.registers.krr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** KRR answers read leniently, and the 18-month rule. */
class KrrParsingTest {

    private static KrrPerson parse(String json) {
        return KrrClient.parse(Json.createReader(new StringReader(json.replace('\'', '"'))).readObject());
    }

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-24T12:00:00+01:00");

    @Test
    void theDocumentedExampleWithItsOffsetWithoutMinutes() throws Exception {
        KrrPerson p = parse("{'personidentifikator': '20914695016', 'reservasjon': 'NEI', 'status': 'AKTIV',"
                + " 'kontaktinformasjon': {'epostadresse': 'NULLstillt@default.digdir.no', 'epostadresse_oppdatert': '2023-06-29T10:14:52+02'}}");
        assertEquals(KrrPerson.Status.AKTIV, p.status());
        assertEquals(OffsetDateTime.parse("2023-06-29T10:14:52+02:00"), p.emailUpdated());
        assertFalse(p.emailUsableOn(NOW), "older than 18 months, never verified");
        assertTrue(p.emailUsableOn(OffsetDateTime.parse("2024-12-01T00:00:00+01:00")));
    }

    @Test
    void eachChannelByItsOwnDates() throws Exception {
        KrrPerson p = parse("{'personidentifikator': '1', 'reservasjon': 'NEI', 'status': 'AKTIV', 'varslingsstatus': 'KAN_VARSLES',"
                + " 'kontaktinformasjon': {'epostadresse': 'a@example.org', 'epostadresse_oppdatert': '2020-01-01T00:00:00Z',"
                + " 'epostadresse_sist_verifisert': '2026-01-01T10:00+01:00',"
                + " 'mobiltelefonnummer': '+4791234567', 'mobiltelefonnummer_oppdatert': '2024-01-01T00:00:00.123+0100'}}");
        assertTrue(p.emailUsableOn(NOW), "verified recently");
        assertFalse(p.mobileUsableOn(NOW), "updated more than 18 months ago");
        assertTrue(p.notifiable());
    }

    @Test
    void reservedDeletedAndUnregisteredGiveNothing() throws Exception {
        assertFalse(parse("{'personidentifikator': '1', 'reservasjon': 'JA', 'status': 'AKTIV', 'kontaktinformasjon':"
                + " {'mobiltelefonnummer': '+4791234567', 'mobiltelefonnummer_oppdatert': '2026-11-01T00:00:00+01'}}").mobileUsableOn(NOW));
        KrrPerson deleted = parse("{'personidentifikator': '1', 'status': 'SLETTET', 'kontaktinformasjon': {'mobiltelefonnummer': '+4791234567'}}");
        assertNull(deleted.mobile(), "no contact details are ever taken from a deleted person");
        assertEquals(KrrPerson.Status.UNKNOWN, parse("{'personidentifikator': '1', 'status': 'NOE_NYTT'}").status());
        assertNull(parse("{'personidentifikator': '1', 'status': 'AKTIV', 'kontaktinformasjon': {'epostadresse_oppdatert': 'i går'}}")
                .emailUpdated(), "an unreadable time counts as not recent");
    }
}
