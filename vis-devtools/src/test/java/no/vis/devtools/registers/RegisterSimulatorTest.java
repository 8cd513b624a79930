package no.vis.devtools.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.vis.batch.democounty.DemoPopulation;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.AddressProtection;
import no.vis.registers.MaskinportenTokens;
import no.vis.registers.RegisterException;
import no.vis.registers.freg.FregClient;
import no.vis.registers.freg.FregPerson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VIS's Folkeregister and Maskinporten clients against the simulators over real HTTP: the demo
 * county's people with their parental responsibility, and the faults a register has — 500s,
 * timeouts, 429 with Retry-After, malformed records — survived with nothing lost.
 */
class RegisterSimulatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static DemoPopulation population;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void population() {
        population = new DemoPopulation(600, 1, 2026, "11", TODAY);
    }

    private FregClient client(RegisterSimulator simulator, Duration timeout) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        URI base = URI.create("http://127.0.0.1:" + simulator.port());
        MaskinportenTokens tokens = new MaskinportenTokens(new MaskinportenTokens.Settings(base.resolve("/maskinporten/token"),
                "https://test.maskinporten.no/", "vis-test", "folkeregister:deling/offentligmedhjemmel",
                keys.generateKeyPair().getPrivate(), "vis-key", Duration.ofSeconds(2)), http);
        return new FregClient(new FregClient.Settings(URI.create(base + RegisterSimulator.FREG_PATH), timeout, 8,
                Duration.ofMillis(20)), tokens, http);
    }

    @Test
    void bulkLookupGivesThePupilsWithTheirParentalResponsibility() throws Exception {
        try (RegisterSimulator simulator = RegisterSimulator.start(0, population, RegisterSimulator.Faults.NONE, 2000)) {
            FregClient freg = client(simulator, Duration.ofSeconds(2));
            List<String> pupils = population.pupilIdentities();
            List<FregClient.Lookup> found = freg.bulkLookup(pupils.subList(0, 500));
            assertEquals(500, found.size());
            assertTrue(found.stream().allMatch(l -> l.person() != null), "all found");

            FregPerson first = found.get(0).person();
            assertEquals(pupils.get(0), first.identity());
            assertEquals(2, first.responsibilities().size(), "pupil 0: shared responsibility, two guardians");
            assertTrue(first.responsibilities().stream().allMatch(r -> r.responsibility() == ParentalResponsibility.FELLES));
            assertTrue(first.responsibilities().stream().anyMatch(r -> "14838010041".equals(r.responsible())),
                    "the demo guardian Gunnar Foresatt");
            FregPerson gunnar = freg.bulkLookup(List.of("14838010041")).get(0).person();
            assertNotNull(gunnar);
            assertEquals("Gunnar Foresatt", gunnar.name().fullName());

            long ofAge = found.stream().filter(l -> !l.person().birthDate().plusYears(18).isAfter(TODAY)).count();
            assertTrue(ofAge > 0);
            assertTrue(found.stream().filter(l -> !l.person().birthDate().plusYears(18).isAfter(TODAY))
                    .allMatch(l -> l.person().responsibilities().isEmpty()), "foreldreansvar ends at 18 in the register");
            assertTrue(found.stream().anyMatch(l -> l.person().responsibilities().stream()
                    .anyMatch(r -> r.responsibility() == ParentalResponsibility.ANDRE)), "andre");
            assertTrue(found.stream().anyMatch(l -> l.person().responsibilities().stream()
                    .anyMatch(r -> r.responsible() == null)), "a responsible adult without a Norwegian number");
            assertTrue(found.stream().noneMatch(l -> l.person().address().protection() == AddressProtection.STRENGT_FORTROLIG
                    && l.person().address().street() != null), "no strictly confidential address is ever served");

            assertEquals("not found: Fant ikke person", freg.bulkLookup(List.of("01010100000")).get(0).problem());
            List<String> tooMany = new ArrayList<>(pupils.subList(0, 501));
            tooMany.addAll(pupils.subList(0, 500));
            assertThrows(IllegalArgumentException.class, () -> freg.bulkLookup(tooMany));
        }
    }

    @Test
    void faultsAreSurvivedAndMalformedRecordsReportedNothingLost() throws Exception {
        var faults = new RegisterSimulator.Faults(0.10, 0.03, 0.10, 0.01); // 36 calls: all succeed with p < 1e-4
        try (RegisterSimulator simulator = RegisterSimulator.start(0, population, faults, 1500)) {
            FregClient freg = client(simulator, Duration.ofMillis(400));
            List<String> pupils = population.pupilIdentities();
            int found = 0;
            int malformed = 0;
            for (int round = 0; round < 6; round++) {
                for (int from = 0; from < pupils.size(); from += 100) {
                    for (FregClient.Lookup l : freg.bulkLookup(pupils.subList(from, from + 100))) {
                        if (l.person() != null) {
                            found++;
                        } else {
                            assertTrue(l.problem().startsWith("malformed record"), l.problem());
                            malformed++;
                        }
                    }
                }
            }
            assertEquals(6 * pupils.size(), found + malformed, "every pupil answered: found or reported");
            assertTrue(malformed > 0, "some records were malformed and reported");
            assertTrue(simulator.failedCalls() > 0, "and calls failed and were retried: " + simulator.failedCalls());
        }
    }

    @Test
    void theEventFeedFromASequenceNumberWithEtagsAnd406ForWhatIsNoLongerKept() throws Exception {
        try (RegisterSimulator simulator = RegisterSimulator.start(0, population, RegisterSimulator.Faults.NONE, 2000)) {
            FregClient freg = client(simulator, Duration.ofSeconds(2));
            assertEquals(0, freg.latestSequence());
            List<String> pupils = population.pupilIdentities();
            for (int i = 0; i < 3; i++) {
                simulator.change(population.person(pupils.get(i)).orElseThrow());
            }
            FregClient.FeedPage page = freg.feed(1, null);
            assertEquals(3, page.events().size());
            assertEquals(List.of(1L, 2L, 3L), page.events().stream().map(no.vis.registers.freg.FeedEvent::sequence).toList());
            assertEquals(pupils.get(2), page.events().get(2).identity());
            assertEquals("endringIForeldreansvar", page.events().get(0).type());
            assertEquals(3, freg.latestSequence());

            FregClient.FeedPage nothingYet = freg.feed(4, null);
            assertTrue(nothingYet.events().isEmpty());
            assertTrue(freg.feed(4, nothingYet.etag()).notModified(), "304 with the ETag when nothing is new");
            simulator.change(population.person(pupils.get(5)).orElseThrow(), "endringINavn");
            FregClient.FeedPage next = freg.feed(4, nothingYet.etag());
            assertEquals(1, next.events().size());
            assertEquals("endringINavn", next.events().get(0).type());

            simulator.forgetEventsBefore(3);
            RegisterException tooOld = assertThrows(RegisterException.class, () -> freg.feed(1, null));
            assertEquals(406, tooOld.status());
            assertTrue(tooOld.getMessage().contains("FREG-406"), tooOld.getMessage());
        }
    }

    @Test
    void aNightOfChangesAdvancesTheFeedAndTheRegisterSaysWhatChanged() throws Exception {
        try (RegisterSimulator simulator = RegisterSimulator.start(0, population, RegisterSimulator.Faults.NONE, 2000)) {
            FregClient freg = client(simulator, Duration.ofSeconds(2));
            List<String> pupils = population.pupilIdentities();
            String parent = population.person(pupils.get(0)).orElseThrow().responsibilities().stream()
                    .map(DemoPopulation.Responsibility::responsible).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            String renumbered = simulator.renumber(parent);
            FregPerson byOld = freg.bulkLookup(List.of(parent)).get(0).person();
            assertEquals(renumbered, byOld.identity(), "the old number answers with the person now");
            assertEquals(List.of(parent), byOld.formerIdentities(), "listing the old number as former");
            assertTrue(freg.bulkLookup(List.of(pupils.get(0))).get(0).person().responsibilities().stream()
                    .anyMatch(r -> renumbered.equals(r.responsible())), "the child's foreldreansvar names the new number");
            simulator.die(pupils.get(1), TODAY.minusDays(2));
            simulator.emigrate(pupils.get(2));
            List<FregClient.Lookup> now = freg.bulkLookup(pupils.subList(1, 3));
            assertTrue(now.get(0).person().isDead());
            assertEquals(TODAY.minusDays(2), now.get(0).person().deathDate());
            assertTrue(now.get(1).person().hasEmigrated());
            assertEquals(List.of("endringIIdentifikasjonsnummer", "personErDoed", "personErUtflyttet"),
                    freg.feed(1, null).events().stream().map(no.vis.registers.freg.FeedEvent::type).toList());

            // over HTTP, as run.sh's simulators and the benchmarks advance it: 5 % of 600 pupils, 200 others
            HttpClient client = HttpClient.newHttpClient();
            var answer = client.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port()
                            + "/simulator/night-of-changes?share=0.05&seed=7&others=200")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            long latest = freg.latestSequence();
            assertTrue(latest >= 3 + 30 + 200, "at least an event per pupil changed and per other person: " + latest);
            List<no.vis.registers.freg.FeedEvent> night = new ArrayList<>();
            for (long seq = 4; seq <= latest; seq += 1000) {
                night.addAll(freg.feed(seq, null).events());
            }
            assertEquals(latest - 3, night.size());
            java.util.Set<String> known = new java.util.HashSet<>(pupils);
            long aboutPupils = night.stream().filter(e -> known.contains(e.identity())).count();
            assertTrue(aboutPupils > 0 && aboutPupils <= 30, "events about the chosen pupils: " + aboutPupils);
            assertTrue(night.stream().map(no.vis.registers.freg.FeedEvent::type).distinct().count() >= 5, "of several kinds");
        }
    }

    @Test
    void aRegisterThatNeverAnswersGivesAClearError() throws Exception {
        try (RegisterSimulator simulator = RegisterSimulator.start(0, population, new RegisterSimulator.Faults(1, 0, 0, 0), 100)) {
            FregClient freg = client(simulator, Duration.ofMillis(400));
            RegisterException e = assertThrows(RegisterException.class, () -> freg.bulkLookup(population.pupilIdentities().subList(0, 3)));
            assertTrue(e.getMessage().contains("did not answer after 8 attempts (HTTP 500)"), e.getMessage());
        }
    }
}
