package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.curriculum.Assessment;
import no.vis.curriculum.SubjectCatalogue;
import no.vis.registers.grep.GrepElement;
import no.vis.registers.grep.GrepParser;
import no.vis.registers.grep.GrepSyncService;
import no.vis.registers.grep.GrepType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SubjectCatalogue on PostgreSQL over a small catalogue written as grep-sync writes it: titles with
 * their fallbacks, and a subject's curriculum — the current revision of its læreplan (TST01-01
 * superseded by TST01-02 without erstattes-av) and the aims after its opplæringsfag, in order.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectCatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return VisDeployment.withTests(SubjectCatalogueIT.class, VisDeployment.class, Callers.class, Callers.Work.class, AsSystem.class);
    }

    @Inject
    SubjectCatalogue catalogue;

    @Inject
    GrepSyncService sync;

    @Inject
    AsSystem asSystem;

    private static final String PUBLISHED = "'status': 'https://data.udir.no/kl06/v201906/status/status_publisert'";

    private static GrepElement element(GrepType type, String json) throws Exception {
        return GrepParser.parse(type, Json.createReader(new StringReader(json.replace('\'', '"'))).readValue());
    }

    private static String titles(String nb) {
        return "'tittel': [{'spraak': 'https://data.udir.no/kl06/v201906/spraak/nob', 'verdi': '" + nb + "'}, {'spraak': 'default', 'verdi': '" + nb + "'}]";
    }

    @Test
    void titlesAndTheCurriculumOfASubject() throws Exception {
        asSystem.call(() -> {
            sync.apply(GrepType.LAEREPLANER, List.of(
                    element(GrepType.LAEREPLANER, "{'kode': 'TST01-01', " + titles("Læreplan i testfag") + ", " + PUBLISHED + "}"),
                    element(GrepType.LAEREPLANER, "{'kode': 'TST01-02', " + titles("Læreplan i testfag") + ", " + PUBLISHED + "}")), java.time.OffsetDateTime.now());
            List<GrepElement> sets = new ArrayList<>();
            sets.add(element(GrepType.KOMPETANSEMAALSETT, "{'kode': 'KV77001', " + titles("Kompetansemål og vurdering testfag vg1") + ", "
                    + PUBLISHED + ", 'etter-fag': [{'kode': 'TST1Z01'}], 'tilhoerer-laereplan': {'kode': 'TST01-02'},"
                    + " 'kompetansemaal': [{'kode': 'KM77002'}, {'kode': 'KM77001'}]}"));
            sets.add(element(GrepType.KOMPETANSEMAALSETT, "{'kode': 'KV77002', " + titles("Det gamle settet") + ", " + PUBLISHED
                    + ", 'etter-fag': [{'kode': 'TST1Z01'}], 'tilhoerer-laereplan': {'kode': 'TST01-01'}, 'kompetansemaal': [{'kode': 'KM77003'}]}"));
            sets.add(element(GrepType.KOMPETANSEMAALSETT, "{'kode': 'KV77003', " + titles("Et annet fag") + ", " + PUBLISHED
                    + ", 'etter-fag': [{'kode': 'TST1Z09'}], 'tilhoerer-laereplan': {'kode': 'TST01-02'}, 'kompetansemaal': [{'kode': 'KM77003'}]}"));
            sync.apply(GrepType.KOMPETANSEMAALSETT, sets, java.time.OffsetDateTime.now());
            sync.apply(GrepType.KOMPETANSEMAAL, List.of(
                    element(GrepType.KOMPETANSEMAAL, "{'kode': 'KM77001', " + titles("utforske testing") + ", " + PUBLISHED + "}"),
                    element(GrepType.KOMPETANSEMAAL, "{'kode': 'KM77002', " + titles("gjøre rede for testing") + ", " + PUBLISHED + "}"),
                    element(GrepType.KOMPETANSEMAAL, "{'kode': 'KM77003', " + titles("noe annet") + ", " + PUBLISHED + "}")), java.time.OffsetDateTime.now());
            sync.apply(GrepType.OPPLAERINGSFAG, List.of(element(GrepType.OPPLAERINGSFAG, "{'kode': 'TST1Z01', " + titles("Testfag vg1") + ", "
                    + PUBLISHED + ", 'fagkode-referanser': [{'kode': 'TST1001'}], 'laereplan-referanse': [{'kode': 'TST01-01'}],"
                    + " 'for-aarstrinn': [{'kode': 'vg1'}]}")), java.time.OffsetDateTime.now());
            sync.apply(GrepType.FAGKODER, List.of(element(GrepType.FAGKODER, "{'kode': 'TST1001', 'tittel': ["
                    + "{'spraak': 'https://data.udir.no/kl06/v201906/spraak/nob', 'verdi': 'Testfag'},"
                    + "{'spraak': 'https://data.udir.no/kl06/v201906/spraak/nno', 'verdi': 'Testfag (nynorsk)'},"
                    + "{'spraak': 'default', 'verdi': 'Testfag (default)'}], " + PUBLISHED
                    + ", 'opplaeringsfag': [{'kode': 'TST1Z01'}], 'vurderingsordning': [{'vurderingsordning-for': 'elev',"
                    + " 'standpunktvurdering': true, 'eksamensordninger': [{'eksamensform': 'eksamensform_muntlig', 'oppgave': 'oppgave_lokalgitt'}]}]}")),
                    java.time.OffsetDateTime.now());
            sync.revisePlans();
            return null;
        });

        Map<String, String> nn = catalogue.titles(List.of("TST1001", "XXX9999"), Locale.forLanguageTag("nn"));
        assertEquals(Map.of("TST1001", "Testfag (nynorsk)", "XXX9999", "XXX9999"), nn, "unknown codes map to themselves");
        assertEquals("Testfag", catalogue.titles(List.of("TST1001"), Locale.ENGLISH).get("TST1001"), "no English: bokmål");

        SubjectCatalogue.Curriculum c = catalogue.curriculum("TST1001", Locale.forLanguageTag("nb")).orElseThrow();
        assertEquals("Testfag", c.title());
        assertFalse(c.expired());
        assertEquals(List.of(new Assessment("ELEV", true, "MUNTLIG", "LOKAL")), c.vurderingsordning());
        assertEquals("TST01-02", c.plan().code(), "the current revision");
        assertEquals("TST01-01", c.plan().namedByGrep());
        assertEquals(1, c.aimSets().size(), c.aimSets().toString());
        assertEquals("KV77001", c.aimSets().get(0).code());
        assertEquals(List.of(new SubjectCatalogue.Aim("KM77002", "gjøre rede for testing"), new SubjectCatalogue.Aim("KM77001", "utforske testing")),
                c.aimSets().get(0).aims());
        assertTrue(catalogue.curriculum("XXX9999", Locale.ENGLISH).isEmpty());
        assertTrue(catalogue.search("testfag", Locale.forLanguageTag("nb"), 10).stream().anyMatch(s -> s.fagkode().equals("TST1001")));
    }
}
