package no.vis.registers.freg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.AddressProtection;
import org.junit.jupiter.api.Test;

class FregPersonParserTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static final String PUPIL = """
            {
              'identifikasjonsnummer': [
                {'erGjeldende': true, 'foedselsEllerDNummer': '10010812345', 'identifikatortype': 'foedselsnummer', 'status': 'iBruk'},
                {'erGjeldende': false, 'foedselsEllerDNummer': '50010812345', 'identifikatortype': 'dNummer', 'status': 'opphoert'}
              ],
              'navn': [
                {'erGjeldende': false, 'fornavn': 'Gammel', 'etternavn': 'Navn'},
                {'erGjeldende': true, 'fornavn': 'Nora', 'mellomnavn': 'Berg', 'etternavn': 'Hansen'}
              ],
              'foedsel': [{'erGjeldende': true, 'foedselsdato': '2008-01-10'}],
              'status': [{'erGjeldende': true, 'status': 'bosatt'}],
              'bostedsadresse': [{'erGjeldende': true, 'adressegradering': 'ugradert',
                'vegadresse': {'adressenavn': 'Storgata', 'adressenummer': {'husnummer': '12', 'husbokstav': 'B'},
                               'poststed': {'postnummer': '4006', 'poststedsnavn': 'STAVANGER'}}}],
              'foreldreansvar': [
                {'erGjeldende': true, 'ansvar': 'felles', 'ansvarlig': '14838010041', 'ansvarssubjekt': '10010812345'},
                {'erGjeldende': true, 'ansvar': 'felles', 'ansvarlig': '14838010122', 'ansvarssubjekt': '10010812345'},
                {'erGjeldende': false, 'ansvar': 'mor', 'ansvarlig': '14838010041'}
              ],
              'familierelasjon': [{'erGjeldende': true, 'relatertPerson': '01017012345', 'relatertPersonsRolle': 'far'}],
              'somethingNew': {'x': 1}
            }""";

    @Test
    void readsTheCurrentElementsOfAPupil() {
        FregPerson p = FregPersonParser.parse(json(PUPIL));
        assertEquals("10010812345", p.identity());
        assertEquals(List.of("50010812345"), p.formerIdentities(), "the D-number before, for re-keying");
        assertEquals("Nora Berg Hansen", p.name().fullName());
        assertEquals(LocalDate.of(2008, 1, 10), p.birthDate());
        assertEquals(FregPerson.PersonStatus.BOSATT, p.status());
        assertEquals("Storgata 12B", p.address().street());
        assertEquals("4006", p.address().postalCode());
        assertEquals(AddressProtection.UGRADERT, p.address().protection());
        assertEquals(2, p.responsibilities().size(), "current foreldreansvar only; familierelasjon is not responsibility");
        assertTrue(p.responsibilities().stream().allMatch(r -> r.responsibility() == ParentalResponsibility.FELLES));
        assertTrue(p.notes().isEmpty(), p.notes().toString());
    }

    @Test
    void unknownEnumValuesAreToleratedAndNoted() {
        FregPerson p = FregPersonParser.parse(json(PUPIL.replace("'ansvar': 'felles', 'ansvarlig': '14838010122'",
                "'ansvar': 'besteforeldre', 'ansvarlig': '14838010122'").replace("'status': 'bosatt'", "'status': 'unik'")));
        assertEquals(FregPerson.PersonStatus.UNKNOWN, p.status());
        assertNull(p.responsibilities().get(1).responsibility());
        assertEquals(2, p.notes().size(), p.notes().toString());
    }

    @Test
    void aStrictlyConfidentialAddressIsNeverRead() {
        FregPerson p = FregPersonParser.parse(json(PUPIL.replace("'somethingNew'",
                "'adressebeskyttelse': [{'erGjeldende': true, 'graderingsnivaa': 'strengtFortrolig'}], 'somethingNew'")));
        assertEquals(AddressProtection.STRENGT_FORTROLIG, p.address().protection());
        assertNull(p.address().street());
        assertNull(p.address().postalCode());
    }

    @Test
    void anUnknownProtectionLevelIsTreatedAsTheStrictest() {
        FregPerson p = FregPersonParser.parse(json(PUPIL.replace("'adressegradering': 'ugradert'", "'adressegradering': 'hemmelig'")));
        assertEquals(AddressProtection.STRENGT_FORTROLIG, p.address().protection());
        assertNull(p.address().street());
    }

    @Test
    void aResponsibleAdultWithoutIdentityNumberIsKeptWithoutNumber() {
        FregPerson p = FregPersonParser.parse(json(PUPIL.replace("'ansvarlig': '14838010122'", "'ansvarlig': 'ukjent'")));
        assertNull(p.responsibilities().get(1).responsible());
        assertEquals(ParentalResponsibility.FELLES, p.responsibilities().get(1).responsibility());
    }

    @Test
    void deathIsRead() {
        FregPerson p = FregPersonParser.parse(json(PUPIL.replace("'status': 'bosatt'", "'status': 'doed'")
                .replace("'somethingNew'", "'doedsfall': [{'erGjeldende': true, 'doedsdato': '2026-11-01'}], 'somethingNew'")));
        assertTrue(p.isDead());
        assertEquals(LocalDate.of(2026, 11, 1), p.deathDate());
    }

    @Test
    void recordsWithoutIdentityNameOrBirthDateAreRefusedWithTheReason() {
        assertEquals("no identity number in use", assertThrows(MalformedRecordException.class,
                () -> FregPersonParser.parse(json(PUPIL.replace("'erGjeldende': true, 'foedselsEllerDNummer'",
                        "'erGjeldende': false, 'foedselsEllerDNummer'")))).getMessage());
        assertEquals("invalid birth date", assertThrows(MalformedRecordException.class,
                () -> FregPersonParser.parse(json(PUPIL.replace("2008-01-10", "2008-13-45")))).getMessage());
        assertEquals("no current name", assertThrows(MalformedRecordException.class,
                () -> FregPersonParser.parse(json(PUPIL.replace("'fornavn': 'Nora', ", "")))).getMessage());
    }

    @Test
    void theSpecsAllFieldsExampleHasOnlyPlaceholdersAndIsRefused() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/freg/persondokument-all-fields-example.json")) {
            JsonObject example = Json.createReader(in).readObject();
            assertThrows(MalformedRecordException.class, () -> FregPersonParser.parse(example));
        }
    }
}
