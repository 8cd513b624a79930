package no.vis.registers.grep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.vis.curriculum.Assessment;
import org.junit.jupiter.api.Test;

class GrepParserTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
    }

    private static final String TITLES = "'tittel': [{'spraak': 'https://data.udir.no/kl06/v201906/spraak/nob', 'verdi': 'Norsk'},"
            + " {'spraak': 'https://data.udir.no/kl06/v201906/spraak/nno', 'verdi': 'Norsk (nn)'},"
            + " {'spraak': 'https://data.udir.no/kl06/v201906/spraak/sme', 'verdi': 'Dárogiella'},"
            + " {'spraak': 'default', 'verdi': 'Norsk, vg1 studieforberedende utdanningsprogram, skriftlig'}]";
    private static final String PUBLISHED = "'status': 'https://data.udir.no/kl06/v201906/status/status_publisert'";

    @Test
    void aFagkodeWithTitlesReferencesAndVurderingsordning() throws Exception {
        GrepElement f = GrepParser.parse(GrepType.FAGKODER, json("{'id': 'uuid:1', 'kode': 'NOR1260', 'uri': 'http://psi.udir.no/kl06/NOR1260',"
                + TITLES + ", " + PUBLISHED + ", 'sist-endret': '2026-05-20T10:00:00', 'ukjent-felt': {'x': 1},"
                + " 'opplaeringsfag': [{'kode': 'NOR1Z63', 'tittel': 'Norsk vg1', 'gyldighet': {'gyldig-fra': '2020-08-01T00:00:00', 'gyldig-til': null}}],"
                + " 'vurderingsordning': ["
                + "  {'vurderingsordning-for': {'kode': 'elev'}, 'standpunktvurdering': true, 'eksamensordninger': ["
                + "    {'eksamensform': {'kode': 'eksamensform_skriftlig'}, 'oppgave': {'kode': 'oppgave_sentralgitt'}}]},"
                + "  {'vurderingsordning-for': 'privatist', 'standpunktvurdering': false, 'eksamensordninger': ["
                + "    {'eksamensform': 'eksamensform_skriftlig', 'oppgave': 'oppgave_sentralgitt'},"
                + "    {'eksamensform': 'eksamensform_muntlig-praktisk', 'oppgave': 'oppgave_lokalgitt'},"
                + "    {'eksamensform': 'eksamensform_hjemmeeksamen'}]}]}"));
        assertEquals("NOR1260", f.code());
        assertEquals("Norsk", f.titles().in(Locale.forLanguageTag("nb"), "?"));
        assertEquals("Norsk (nn)", f.titles().nn());
        assertNull(f.titles().en());
        assertEquals("Norsk", f.titles().in(Locale.ENGLISH, "?"));
        assertEquals("publisert", f.status());
        assertEquals("2026-05-20T10:00:00", f.changed());
        assertEquals(List.of("NOR1Z63"), f.refs("opplaeringsfag"));
        assertEquals(List.of(new Assessment("ELEV", true, "SKRIFTLIG", "SENTRAL"),
                new Assessment("PRIVATIST", false, "SKRIFTLIG", "SENTRAL"),
                new Assessment("PRIVATIST", false, "MUNTLIG_PRAKTISK", "LOKAL"),
                new Assessment("PRIVATIST", false, "hjemmeeksamen", null)), f.assessments(), "an unknown exam form is kept as Grep says it");
    }

    @Test
    void aCandidateWithoutExamsHasOneLine() throws Exception {
        GrepElement f = GrepParser.parse(GrepType.FAGKODER, json("{'kode': 'KRO1017', 'tittel': 'Kroppsøving vg1', " + PUBLISHED
                + ", 'vurderingsordning': [{'vurderingsordning-for': 'elev', 'standpunktvurdering': true, 'eksamensordninger': []}]}"));
        assertEquals(List.of(new Assessment("ELEV", true, null, null)), f.assessments());
        assertEquals("Kroppsøving vg1", f.titles().byDefault(), "a plain string title is Grep's default text");
    }

    @Test
    void anOpplaeringsfagAndAKompetansemaalsett() throws Exception {
        GrepElement o = GrepParser.parse(GrepType.OPPLAERINGSFAG, json("{'kode': 'NOR1Z63', " + TITLES + ", " + PUBLISHED
                + ", 'fagkode-referanser': [{'kode': 'NOR1260'}, {'kode': 'NOR1261'}], 'laereplan-referanse': [{'kode': 'NOR01-07'}],"
                + " 'programomraader-referanse': [{'kode': 'STUSP1----'}], 'for-aarstrinn': [{'kode': 'VG1'}]}"));
        assertEquals(List.of("NOR1260", "NOR1261"), o.refs("fagkoder"));
        assertEquals("NOR01-07", o.ref("laereplan"));
        assertEquals(List.of("vg1"), o.refs("aarstrinn"));
        GrepElement s = GrepParser.parse(GrepType.KOMPETANSEMAALSETT, json("{'kode': 'KV1113', 'tittel': {'tekst': [{'spraak': 'default',"
                + " 'verdi': 'Kompetansemål og vurdering vg1 studieforberedende utdanningsprogram'}]}, " + PUBLISHED
                + ", 'gyldighet': {'gyldig-fra': '2026-08-01T00:00:00', 'gyldig-til': null}, 'etter-fag': [{'kode': 'NOR1Z63'}],"
                + " 'tilhoerer-laereplan': {'kode': 'NOR01-08'}, 'kompetansemaal': [{'kode': 'KM14229'}, {'kode': 'KM14230'}]}"));
        assertEquals("NOR01-08", s.ref("laereplan"));
        assertEquals(List.of("KM14229", "KM14230"), s.refs("kompetansemaal"));
        assertEquals(LocalDate.of(2026, 8, 1), s.validFrom(), "validity inside gyldighet");
        assertEquals("Kompetansemål og vurdering vg1 studieforberedende utdanningsprogram", s.titles().byDefault());
    }

    @Test
    void utgaattIsTheStatusWord() throws Exception {
        GrepElement l = GrepParser.parse(GrepType.LAEREPLANER, json("{'kode': 'NOR1-05', 'tittel': 'Læreplan i norsk',"
                + " 'status': 'https://data.udir.no/kl06/v201906/status/status_utgaatt', 'gyldig-til': '2021-07-31T00:00:00'}"));
        assertEquals("utgaatt", l.status());
        assertEquals(LocalDate.of(2021, 7, 31), l.validTo());
    }

    @Test
    void whatVisCannotReadWithoutGuessingIsMalformed() {
        String ok = "'kode': 'X1', 'tittel': 'X', " + PUBLISHED;
        assertEquals("no kode", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{'tittel': 'X', " + PUBLISHED + "}"))).getMessage());
        assertEquals("no title", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{'kode': 'X1', 'tittel': 42, " + PUBLISHED + "}"))).getMessage());
        assertEquals("no status", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{'kode': 'X1', 'tittel': 'X'}"))).getMessage());
        assertEquals("gyldig-til is not a date", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{" + ok + ", 'gyldig-til': 'snart'}"))).getMessage());
        assertEquals("opplaeringsfag: a reference without kode", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{" + ok + ", 'opplaeringsfag': [{'tittel': 'Norsk'}]}"))).getMessage());
        assertEquals("vurderingsordning without elev or privatist", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{" + ok + ", 'vurderingsordning': [{'standpunktvurdering': true}]}")))
                .getMessage());
        assertEquals("kode is not a Grep code", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("{'kode': 'X 1; DROP', 'tittel': 'X', " + PUBLISHED + "}"))).getMessage());
        assertEquals("not a JSON object", assertThrows(MalformedElementException.class,
                () -> GrepParser.parse(GrepType.FAGKODER, json("[1]"))).getMessage());
    }

    @Test
    void theFingerprintChangesWithWhatVisKeepsButNotWithSistEndret() throws Exception {
        String base = "{'kode': 'NOR1260', " + TITLES + ", " + PUBLISHED;
        String a = GrepParser.parse(GrepType.FAGKODER, json(base + ", 'sist-endret': '2026-01-01T00:00:00'}")).fingerprint();
        String b = GrepParser.parse(GrepType.FAGKODER, json(base + ", 'sist-endret': '2026-02-01T00:00:00'}")).fingerprint();
        String c = GrepParser.parse(GrepType.FAGKODER, json(base.replace("'Norsk'", "'Norsk, vg1'") + "}")).fingerprint();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void listEntriesAreReportedByPlaceAndKompetansemaalAreWholeInTheList() {
        GrepClient.ListEntry bad = GrepClient.entry(GrepType.FAGKODER, 3, json("{'tittel': 'X'}"));
        assertNull(bad.code());
        assertEquals("list entry 3: no kode", bad.problem());
        GrepClient.ListEntry brief = GrepClient.entry(GrepType.FAGKODER, 0, json("{'kode': 'NOR1260', " + PUBLISHED
                + ", 'sist-endret': '2026-05-20T10:00:00'}"));
        assertEquals("publisert", brief.status());
        assertNull(brief.element(), "a fagkode is fetched whole");
        GrepClient.ListEntry aim = GrepClient.entry(GrepType.KOMPETANSEMAAL, 0, json("{'kode': 'KM14229', 'tittel': [{'spraak': 'default',"
                + " 'verdi': 'lese, analysere og tolke nyere skjønnlitteratur'}], " + PUBLISHED + "}"));
        assertTrue(aim.element().titles().byDefault().startsWith("lese"));
    }
}
