package no.vis.batch.democounty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;
import no.vis.school.SchoolClass.Level;

/**
 * The synthetic county that {@code demo-county} writes, as a pure function of its parameters: every
 * school, class and pupil is computed from (seed, size, school year) and its own index, never from
 * what was generated before. So partitions need no shared state, a restart resumes anywhere, and a
 * second run produces the same people (and adds nothing).
 *
 * <p>Layout: pupil {@code i} is on level {@code i % 3} (Vg1–Vg3) and is the {@code i / 3}-th pupil of
 * that level's cohort; pupils of a cohort are spread over the schools in turn and fill classes of
 * {@value #CLASS_SIZE}. Birth dates: Vg1 born in the year the school year starts − 16, Vg2 − 17,
 * Vg3 − 18; about 8 % a year older; so pupils are 15–19 when the school year starts.
 * Fødselsnumre are Skatteetaten's synthetic kind (month + 80), about 1 % D-numbers: unique because
 * (birth year, day, individnummer) is unique: day and individnummer slot come from the cohort index,
 * the regular pupils take individnumre from 500 upwards and the year-older ones from 999 downwards.
 */
public final class DemoCountyPlan {

    public static final int PUPILS_PER_SCHOOL = 550;
    public static final int CLASS_SIZE = 28;
    /** What the synthetic number space of three cohorts holds (national scale is 190,000). */
    public static final int MAX_PUPILS = 220_000;
    static final String[] PROGRAMMES = {"ST", "EL", "HO", "BA", "TP", "SS", "IM", "KD", "MK", "ID"};
    /**
     * The programme area (programområde) of each programme's classes on Vg1, Vg2 and Vg3: LK20-style
     * Grep codes for the demo, not checked against Grep (the catalogue is grep-sync's).
     */
    private static final java.util.Map<String, String[]> PROGRAMME_AREAS = java.util.Map.of(
            "ST", new String[] {"STSSA1----", "STSSA2----", "STSSA3----"},
            "EL", new String[] {"ELELE1----", "ELELE2----", "ELELE3----"},
            "HO", new String[] {"HSHSF1----", "HSHEA2----", "HSHEA3----"},
            "BA", new String[] {"BABAT1----", "BABYG2----", "BABYG3----"},
            "TP", new String[] {"TPTIP1----", "TPIND2----", "TPIND3----"},
            "SS", new String[] {"SSSSA1----", "SSSSA2----", "SSSSA3----"},
            "IM", new String[] {"IMIMT1----", "IMITK2----", "IMITK3----"},
            "KD", new String[] {"KDKDA1----", "KDKDA2----", "KDKDA3----"},
            "MK", new String[] {"MKMDK1----", "MKMDK2----", "MKMDK3----"},
            "ID", new String[] {"IDIDR1----", "IDIDR2----", "IDIDR3----"});

    private final long seed;
    private final int countyNumber;
    private final int pupils;
    private final int schoolYear;
    private final int schoolCount;
    /** Valid individnumre (500–999) per birth date and kind: computed once per date, not per pupil. */
    private final java.util.Map<Long, int[]> validIndividualNumbers = new java.util.concurrent.ConcurrentHashMap<>();

    public DemoCountyPlan(long seed, int countyNumber, int pupils, int schoolYear) {
        if (pupils < 1 || pupils > MAX_PUPILS) {
            throw new IllegalArgumentException("pupils must be 1-" + MAX_PUPILS);
        }
        this.seed = seed;
        this.countyNumber = countyNumber;
        this.pupils = pupils;
        this.schoolYear = schoolYear;
        this.schoolCount = Math.max(1, (pupils + PUPILS_PER_SCHOOL - 1) / PUPILS_PER_SCHOOL);
    }

    public long seed() {
        return seed;
    }

    public int pupils() {
        return pupils;
    }

    public int schoolYear() {
        return schoolYear;
    }

    public int schoolCount() {
        return schoolCount;
    }

    /** A school of the plan. */
    public record PlannedSchool(String orgNumber, String name) {
    }

    /** A class of the plan. */
    public record PlannedClass(String code, Level level, String programme) {

        /** The programme area the class's pupils are enrolled in. */
        public String programmeArea() {
            return DemoCountyPlan.programmeArea(programme, level);
        }
    }

    /** The demo's programme area code of a programme on a level. */
    public static String programmeArea(String programme, Level level) {
        return PROGRAMME_AREAS.get(programme)[level.ordinal()];
    }

    /** A pupil of the plan, with the school and class it goes to. */
    public record PlannedPupil(Fodselsnummer fodselsnummer, PersonName name, LocalDate birthDate, Address address,
                               String schoolOrgNumber, String classCode, Level level, String programmeArea) {
    }

    public PlannedSchool school(int j) {
        String town = Names.TOWNS[j % Names.TOWNS.length];
        int round = j / Names.TOWNS.length;
        String name = town + " videregående skole" + (round == 0 ? "" : " avdeling " + (round + 1));
        return new PlannedSchool(orgNumber(countyNumber, j), name);
    }

    /**
     * A valid organisation number (mod 11, weights 3 2 7 6 5 4 3 2) in the 9xx series, unique per
     * county number (0–99) and school index (below 7000).
     */
    static String orgNumber(int countyNumber, int j) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = 90_000_000 + (countyNumber % 100) * 50_000 + j * 7; ; base++) {
            String first8 = Integer.toString(base);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += weights[k] * (first8.charAt(k) - '0');
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first8 + check;
            }
        }
    }

    /** The classes of school {@code j}, for every level. */
    public List<PlannedClass> classes(int j) {
        List<PlannedClass> classes = new ArrayList<>();
        for (int level = 0; level < 3; level++) {
            int cohort = (pupils - level + 2) / 3;          // pupils i with i % 3 == level
            int atSchool = (cohort - j + schoolCount - 1) / schoolCount; // cohort indexes c with c % S == j
            int count = (atSchool + CLASS_SIZE - 1) / CLASS_SIZE;
            for (int k = 0; k < count; k++) {
                classes.add(classAt(level, k));
            }
        }
        return classes;
    }

    private static PlannedClass classAt(int level, int k) {
        String programme = PROGRAMMES[k % PROGRAMMES.length];
        int letter = k / PROGRAMMES.length;
        String suffix = letter < 26 ? String.valueOf((char) ('A' + letter)) : Integer.toString(letter);
        return new PlannedClass((level + 1) + programme + suffix, Level.values()[level], programme);
    }

    /** Pupil {@code i} (0-based, below {@link #pupils()}). */
    public PlannedPupil pupil(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        int level = i % 3;
        int cohortIndex = i / 3;
        boolean older = random.nextInt(100) < 8;
        boolean dNumber = random.nextInt(100) == 0;

        int birthYear = schoolYear - 16 - level - (older ? 1 : 0);
        int dayOfYear = cohortIndex % 365;
        int slot = cohortIndex / 365;
        LocalDate birthDate = LocalDate.of(birthYear, 1, 1).plusDays(dayOfYear);
        Fodselsnummer fnr = synthetic(birthDate, slot, older, dNumber);

        boolean girl = fnr.individualNumber() % 2 == 0;
        String[] given = girl ? Names.GIRLS : Names.BOYS;
        String givenName = given[random.nextInt(given.length)];
        String middleName = random.nextInt(100) < 12 ? Names.FAMILY[random.nextInt(Names.FAMILY.length)] : null;
        String familyName = Names.FAMILY[random.nextInt(Names.FAMILY.length)];

        int protectionDraw = random.nextInt(1000);
        AddressProtection protection = protectionDraw < 2 ? AddressProtection.STRENGT_FORTROLIG
                : protectionDraw < 7 ? AddressProtection.FORTROLIG : AddressProtection.UGRADERT;
        String[] place = Names.PLACES[random.nextInt(Names.PLACES.length)];
        Address address = protection == AddressProtection.STRENGT_FORTROLIG
                ? new Address(null, null, null, protection) // Folkeregisteret gives no address at all
                : new Address(Names.STREETS[random.nextInt(Names.STREETS.length)] + " " + (1 + random.nextInt(120)),
                place[0], place[1], protection);

        int school = cohortIndex % schoolCount;
        int classIndex = (cohortIndex / schoolCount) / CLASS_SIZE;
        PlannedClass planned = classAt(level, classIndex);
        return new PlannedPupil(fnr, new PersonName(givenName, middleName, familyName), birthDate, address,
                school(school).orgNumber(), planned.code(), planned.level(), planned.programmeArea());
    }

    /**
     * The {@code slot}-th valid synthetic number of the date: counted from individnummer 500 up, or
     * from 999 down for pupils a year older than their level (who share a birth year with the level
     * above). Each direction may use half of the date's valid numbers, so the two never meet.
     */
    private Fodselsnummer synthetic(LocalDate date, int slot, boolean fromTop, boolean dNumber) {
        int[] valid = validIndividualNumbers.computeIfAbsent(date.toEpochDay() * 2 + (dNumber ? 1 : 0),
                key -> validIndividualNumbers(date, dNumber));
        if (slot >= valid.length / 2) {
            throw new IllegalStateException("no synthetic number left for a date: too many pupils in one cohort");
        }
        int individual = valid[fromTop ? valid.length - 1 - slot : slot];
        return Fodselsnummer.compose(date, individual, dNumber, Fodselsnummer.Synthetic.TENOR).orElseThrow();
    }

    private static int[] validIndividualNumbers(LocalDate date, boolean dNumber) {
        return java.util.stream.IntStream.range(500, 1000)
                .filter(n -> Fodselsnummer.compose(date, n, dNumber, Fodselsnummer.Synthetic.TENOR).isPresent())
                .toArray();
    }
}
