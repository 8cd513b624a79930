package no.vis.batch.democounty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vis.guardianship.GuardianshipBasis;
import no.vis.guardianship.NewFamily;
import no.vis.guardianship.NewGuardian;
import no.vis.people.Address;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.privacy.GuardianAccessPolicy;

/**
 * The people of the demo county as the national registers know them — the same pupils and
 * guardians {@code demo-county} writes (same parameters, same people) — for the register
 * simulators: each person by identity number, with Folkeregisteret's parental responsibility (only
 * for a child under 18 on the day; a parent abroad without a Norwegian number is a responsible
 * adult without identity number).
 */
public final class DemoPopulation {

    /** A person: pupil or guardian. */
    public record Person(String identity, PersonName name, LocalDate birthDate, Address address, boolean pupil,
                         List<Responsibility> responsibilities, String mobile, String email) {

        /** A person without contact details in KRR. */
        public Person(String identity, PersonName name, LocalDate birthDate, Address address, boolean pupil,
                      List<Responsibility> responsibilities) {
            this(identity, name, birthDate, address, pupil, responsibilities, null, null);
        }

        @Override
        public String toString() {
            return "Person[…]";
        }
    }

    /** A foreldreansvar element: ansvar as the register writes it, the adult's number (null: none), the adult's name. */
    public record Responsibility(String ansvar, String responsible, PersonName responsibleWithoutNumber) {
    }

    private final DemoCountyPlan plan;
    private final DemoFamilies families;
    private final LocalDate today;
    /** identity → pupil index (≥ 0) or −(2·index + member + 1) for guardians. */
    private final Map<String, Long> index = new HashMap<>();

    public DemoPopulation(int pupils, long seed, int schoolYear, String countyCode, LocalDate today) {
        this.plan = new DemoCountyPlan(seed, Integer.parseInt(countyCode) % 100, pupils, schoolYear);
        this.families = new DemoFamilies(plan);
        this.today = today;
        for (int i = 0; i < pupils; i++) {
            NewFamily family = families.family(i, today);
            index.put(family.pupil().value(), (long) i);
            List<NewFamily.Member> members = family.guardianships();
            for (int m = 0; m < members.size(); m++) {
                Fodselsnummer fnr = members.get(m).guardian().fodselsnummer();
                if (fnr != null) {
                    index.putIfAbsent(fnr.value(), -(2L * i + m + 1));
                }
            }
        }
    }

    public int pupils() {
        return plan.pupils();
    }

    /** The identity numbers of all pupils, in index order. */
    public List<String> pupilIdentities() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < plan.pupils(); i++) {
            ids.add(plan.pupil(i).fodselsnummer().value());
        }
        return ids;
    }

    public Optional<Person> person(String identity) {
        Long key = index.get(identity);
        if (key == null) {
            return Optional.empty();
        }
        if (key >= 0) {
            int i = key.intValue();
            DemoCountyPlan.PlannedPupil p = plan.pupil(i);
            List<Responsibility> responsibilities = new ArrayList<>();
            if (!GuardianAccessPolicy.isOfAge(p.birthDate(), today)) { // foreldreansvar ends at 18 in the register
                for (NewFamily.Member m : families.family(i, today).guardianships()) {
                    String ansvar = m.basis() == GuardianshipBasis.FOLKEREGISTERET ? m.responsibility().name().toLowerCase() : "felles";
                    Fodselsnummer adult = m.guardian().fodselsnummer();
                    responsibilities.add(new Responsibility(ansvar, adult == null ? null : adult.value(),
                            adult == null ? m.guardian().name() : null));
                }
            }
            return Optional.of(new Person(identity, p.name(), p.birthDate(), p.address(), true, responsibilities));
        }
        long k = -key - 1;
        int i = (int) (k / 2);
        int member = (int) (k % 2);
        NewGuardian g = families.family(i, today).guardianships().get(member).guardian();
        LocalDate born = Fodselsnummer.parse(identity, true).birthDateByClassicRules().orElse(LocalDate.of(1975, 1, 1));
        return Optional.of(new Person(identity, g.name(), born, g.address(), false, List.of(),
                g.mobile() == null ? null : g.mobile().e164(), g.email()));
    }
}
