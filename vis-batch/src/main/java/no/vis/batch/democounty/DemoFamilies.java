package no.vis.batch.democounty;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import no.vis.guardianship.ConsentParty;
import no.vis.guardianship.ContactSource;
import no.vis.guardianship.GuardianshipBasis;
import no.vis.guardianship.GuardianshipEnd;
import no.vis.guardianship.Language;
import no.vis.guardianship.NewFamily;
import no.vis.guardianship.NewGuardian;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.people.PhoneNumber;
import no.vis.privacy.GuardianAccessPolicy;

/**
 * The guardians of the demo county's pupils, as Folkeregisteret would give them — a pure function of
 * the pupil's index, like the pupils (see {@link DemoCountyPlan}). About 1.8 guardians per pupil:
 *
 * <ul>
 * <li>76 % shared responsibility ({@code felles}): two guardians, 30 % of them living apart;</li>
 * <li>8 % {@code mor} and 3 % {@code far} alone while the other parent has none — that parent is in
 *     {@code familierelasjon} only and so not a guardian, and not in VIS;</li>
 * <li>6 % one parent, the other unknown ({@code mor});</li>
 * <li>3 % someone else ({@code andre}: a relative or foster parent);</li>
 * <li>2 % mother and co-mother ({@code felles}, one of them {@code medmor} in the family relation);</li>
 * <li>2 % a parent abroad without a Norwegian number, registered by the office with a reason and the
 *     choice "refuses to give a fødselsnummer".</li>
 * </ul>
 *
 * The guardian living with the pupil shares the pupil's address and its protection. Guardians of a
 * pupil who has turned 18: in 25 % of families both consents are registered for every guardian; in
 * 5 % only the pupil's; in all others the guardianships ended on the 18th birthday. KRR contact
 * details for most guardians; language mostly bokmål. Pupils 0 and 3 share a guardian: Gunnar
 * Foresatt, the local login provider's demo guardian.
 *
 * <p>Guardians' numbers: synthetic (Tenor) for birth dates 1965–1989, individnumre from 200 up (the
 * demo users Gunnar and Greta have 100 and 101), unique because (date, slot) comes from the index.
 */
final class DemoFamilies {

    private static final int GUARDIAN_DATES = 9131; // 1965-01-01 .. 1989-12-31
    private static final LocalDate FIRST_GUARDIAN_DATE = LocalDate.of(1965, 1, 1);
    private static final String[] OTHER_REASONS = {
            "Forelder bosatt i utlandet uten norsk fødselsnummer; foreldreansvar dokumentert med utenlandsk vedtak",
            "Forelder uten norsk identitetsnummer; felles foreldreansvar bekreftet av den andre forelderen"};

    private final DemoCountyPlan plan;
    private final Map<Long, int[]> validNumbers = new ConcurrentHashMap<>();

    DemoFamilies(DemoCountyPlan plan) {
        this.plan = plan;
    }

    NewFamily family(int i, LocalDate today) {
        DemoCountyPlan.PlannedPupil pupil = plan.pupil(i);
        SplittableRandom random = new SplittableRandom(plan.seed() * 2_000_029L + i * 31L + 7);
        int draw = random.nextInt(100);
        if (i == 0 || i == 3) {
            draw = 0; // Gunnar Foresatt's children: shared responsibility
        }
        String familyName = pupil.name().familyName();
        LocalDate from = pupil.birthDate();
        List<NewFamily.Member> members = new ArrayList<>();
        boolean apart = random.nextInt(100) < 30;
        NewGuardian mother = guardian(i, 0, true, familyName, pupil.address(), random);
        NewGuardian father = guardian(i, 1, false, familyName, apart ? otherAddress(random) : pupil.address(), random);
        if (i == 0 || i == 3) {
            mother = new NewGuardian(Fodselsnummer.parse(DemoGuardians.GUNNAR, true), false,
                    new PersonName("Gunnar", null, "Foresatt"), pupil.address(), PhoneNumber.parse("+4791234567"), ContactSource.KRR,
                    "gunnar.foresatt@example.org", ContactSource.KRR, Language.NB);
        }
        if (draw < 76) {
            members.add(register(mother, ParentalResponsibility.FELLES, from));
            members.add(register(father, ParentalResponsibility.FELLES, from));
        } else if (draw < 84) {
            members.add(register(mother, ParentalResponsibility.MOR, from));
        } else if (draw < 87) {
            members.add(register(father, ParentalResponsibility.FAR, from));
        } else if (draw < 93) {
            members.add(register(mother, ParentalResponsibility.MOR, from));
        } else if (draw < 96) {
            NewGuardian other = guardian(i, 1, random.nextBoolean(), Names.FAMILY[random.nextInt(Names.FAMILY.length)],
                    otherAddress(random), random);
            members.add(register(other, ParentalResponsibility.ANDRE, from.plusYears(1 + random.nextInt(10))));
        } else if (draw < 98) {
            members.add(register(mother, ParentalResponsibility.FELLES, from));
            members.add(register(guardian(i, 1, true, familyName, pupil.address(), random), ParentalResponsibility.FELLES, from));
        } else {
            members.add(register(mother, ParentalResponsibility.FELLES, from));
            NewGuardian abroad = new NewGuardian(null, true, new PersonName(Names.BOYS[random.nextInt(Names.BOYS.length)],
                    null, familyName), new Address("Hauptstraße " + (1 + random.nextInt(90)), null, "Berlin, Tyskland",
                    AddressProtection.UGRADERT), null, null, email("abroad", familyName, i), ContactSource.STAFF, Language.EN);
            members.add(new NewFamily.Member(abroad, GuardianshipBasis.MANUAL, null, OTHER_REASONS[random.nextInt(2)],
                    LocalDate.of(plan.schoolYear(), 8, 15), null, null));
        }

        List<NewFamily.GivenConsent> consents = new ArrayList<>();
        LocalDate eighteen = GuardianAccessPolicy.eighteenthBirthday(pupil.birthDate());
        if (!today.isBefore(eighteen)) {
            int consentDraw = random.nextInt(100);
            LocalDate signed = eighteen.minusDays(random.nextInt(40));
            String reference = plan.schoolYear() + "/" + (1000 + i % 9000) + "-" + (1 + random.nextInt(9));
            for (int m = 0; m < members.size(); m++) {
                if (consentDraw < 30) {
                    consents.add(new NewFamily.GivenConsent(m, ConsentParty.PUPIL, signed, reference));
                }
                if (consentDraw < 25) {
                    consents.add(new NewFamily.GivenConsent(m, ConsentParty.GUARDIAN, signed.plusDays(random.nextInt(5)), reference));
                } else {
                    NewFamily.Member member = members.get(m);
                    LocalDate end = member.from().isAfter(eighteen) ? member.from() : eighteen;
                    members.set(m, new NewFamily.Member(member.guardian(), member.basis(), member.responsibility(),
                            member.manualReason(), member.from(), end, GuardianshipEnd.PUPIL_TURNED_18));
                }
            }
        }
        return new NewFamily(pupil.fodselsnummer(), members, consents);
    }

    private static NewFamily.Member register(NewGuardian guardian, ParentalResponsibility responsibility, LocalDate from) {
        return new NewFamily.Member(guardian, GuardianshipBasis.FOLKEREGISTERET, responsibility, null, from, null, null);
    }

    private NewGuardian guardian(int i, int k, boolean woman, String familyName, Address address, SplittableRandom random) {
        String[] given = woman ? Names.GIRLS : Names.BOYS;
        String givenName = given[random.nextInt(given.length)];
        boolean krr = random.nextInt(100) < 88; // the rest are reserved or not in KRR
        String mobile = krr && random.nextInt(100) < 95 ? (random.nextBoolean() ? "+479" : "+474") + (1_000_000 + random.nextInt(9_000_000)) : null;
        String email = krr && random.nextInt(100) < 80 ? email(givenName, familyName, i * 2 + k) : null;
        int languageDraw = random.nextInt(100);
        Language language = languageDraw < 90 ? Language.NB : languageDraw < 97 ? Language.NN : Language.EN;
        return new NewGuardian(number(i * 2 + k), false, new PersonName(givenName, null, familyName), address,
                mobile == null ? null : PhoneNumber.parse(mobile), mobile == null ? null : ContactSource.KRR, email, email == null ? null : ContactSource.KRR, language);
    }

    private static Address otherAddress(SplittableRandom random) {
        String[] place = Names.PLACES[random.nextInt(Names.PLACES.length)];
        AddressProtection protection = random.nextInt(1000) < 5 ? AddressProtection.FORTROLIG : AddressProtection.UGRADERT;
        return new Address(Names.STREETS[random.nextInt(Names.STREETS.length)] + " " + (1 + random.nextInt(120)),
                place[0], place[1], protection);
    }

    private static String email(String givenName, String familyName, int n) {
        String local = (givenName + "." + familyName).toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        local = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("[^a-z.]", "");
        return local + "." + n + "@example.org";
    }

    /** The {@code n}-th guardian number: a birth date from n, and the date's (n / dates)-th valid individnummer from 200. */
    private Fodselsnummer number(int n) {
        LocalDate date = FIRST_GUARDIAN_DATE.plusDays(n % GUARDIAN_DATES);
        int slot = n / GUARDIAN_DATES;
        int[] valid = validNumbers.computeIfAbsent(date.toEpochDay(), d -> IntStream.range(200, 500)
                .filter(x -> Fodselsnummer.compose(date, x, false, Fodselsnummer.Synthetic.TENOR).isPresent()).toArray());
        return Fodselsnummer.compose(date, valid[slot], false, Fodselsnummer.Synthetic.TENOR).orElseThrow();
    }
}
