package no.vis.devtools.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.registers.grep.GrepClient;
import no.vis.registers.grep.GrepType;
import org.junit.jupiter.api.Test;

/** The Grep simulator's snapshot and synthetic elements read by VIS's own client and parser: nothing malformed. */
class GrepSimulatorTest {

    @Test
    void everyElementOfTheSnapshotAndTheSyntheticCatalogueParses() throws Exception {
        try (RegisterSimulator simulator = RegisterSimulator.start(0, new DemoPopulation(3, 1, 2026, "11", LocalDate.of(2026, 9, 1)),
                RegisterSimulator.Faults.NONE, 1000);
             GrepClient client = new GrepClient(new GrepClient.Settings(URI.create("http://127.0.0.1:" + simulator.port()
                     + "/grep/kl06/v201906"), Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(50), 8), HttpClient.newHttpClient())) {
            simulator.grep().scale(20);
            for (GrepType type : GrepType.values()) {
                List<GrepClient.ListEntry> list = client.list(type);
                assertTrue(list.size() > 0, type.path());
                List<String> codes = new ArrayList<>();
                for (GrepClient.ListEntry e : list) {
                    assertNotNull(e.code(), type + " " + e.problem());
                    assertNull(e.problem(), type + " " + e.code());
                    codes.add(e.code());
                }
                for (GrepClient.Fetched f : client.items(type, codes)) {
                    assertNull(f.problem(), type + " " + f.code());
                }
            }
            var nor = client.item(GrepType.FAGKODER, "NOR1260").element();
            assertEquals(List.of("NOR1Z63"), nor.refs("opplaeringsfag"));
            assertEquals("NOR01-07", client.item(GrepType.OPPLAERINGSFAG, "NOR1Z63").element().ref("laereplan"));
            assertEquals("utgaatt", client.item(GrepType.FAGKODER, "REA3001").element().status());
            assertEquals("not found in Grep", client.item(GrepType.FAGKODER, "XYZ9999").problem());
            simulator.grep().breakElement("fagkoder", "NOR1260");
            assertEquals("malformed: no title", client.item(GrepType.FAGKODER, "NOR1260").problem());
        }
    }

    /** The floor of grep-sync: the whole national-size catalogue fetched and parsed by VIS's client, nothing else. */
    @Test
    void nationalSizeCatalogueFloor() throws Exception {
        int scale = Integer.getInteger("grep.scale", 0);
        if (scale == 0) {
            return; // a benchmark: -Dgrep.scale=1000
        }
        try (RegisterSimulator simulator = RegisterSimulator.start(0, new DemoPopulation(3, 1, 2026, "11", LocalDate.of(2026, 9, 1)),
                RegisterSimulator.Faults.NONE, 1000);
             GrepClient client = new GrepClient(new GrepClient.Settings(URI.create("http://127.0.0.1:" + simulator.port()
                     + "/grep/kl06/v201906"), Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(50), 8), HttpClient.newHttpClient())) {
            simulator.grep().scale(scale);
            long start = System.nanoTime();
            int items = 0;
            for (GrepType type : GrepType.values()) {
                List<String> codes = client.list(type).stream().map(GrepClient.ListEntry::code).toList();
                if (!type.listIsEnough()) {
                    items += client.items(type, codes).size();
                }
            }
            System.out.printf("grep floor: %d elements fetched in %d ms%n", items, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
