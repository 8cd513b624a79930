package no.vis.absence;

import java.time.LocalDate;
import java.util.List;

/**
 * The code sets counties use today, for a county to start from (DOMAIN-SCHOOL.md §2); the county
 * changes them afterwards. What each code means is as the vendors' and counties' published guides
 * describe it; whether a code counts toward the limit is then the school year's {@link AbsenceRules}'
 * decision by its documentation (a documented health absence counts until the limit from 2025/26).
 */
public enum StandardCodeSet {

    /** Visma InSchool counties: X, M, D, !, R, § — the same codes for lessons and day absence. */
    INSCHOOL {
        @Override
        public List<AbsenceCodeForm> codes(LocalDate from) {
            return List.of(
                    code("X", "Udokumentert fravær", "Udokumentert fråvær", "Undocumented absence", true, true, true, false, false,
                            Documentation.UNDOCUMENTED, from, 10),
                    code("M", "Meldt fravær, ikke dokumentert", "Meldt fråvær, ikkje dokumentert", "Reported absence, not documented",
                            true, true, false, false, false, Documentation.HEALTH_SELF_CERTIFIED, from, 20),
                    code("D", "Dokumentert fravær", "Dokumentert fråvær", "Documented absence", true, true, false, false, false,
                            Documentation.HEALTH_DOCUMENTED, from, 30),
                    code("!", "Annen skoleaktivitet", "Anna skoleaktivitet", "Other school activity", false, false, false, true, false,
                            Documentation.NOT_ABSENCE, from, 40),
                    code("R", "Rettighetsbasert fravær", "Rettsbasert fråvær", "Rights-based absence", false, false, false, false, false,
                            Documentation.NOT_ABSENCE, from, 50),
                    code("§", "Trekkes fra vitnemålet etter søknad", "Blir trekt frå vitnemålet etter søknad",
                            "Deducted from the diploma on application", true, false, false, false, false,
                            Documentation.HEALTH_DOCUMENTED, from, 60));
        }
    },

    /** iSkole counties: D and I for days, F for lessons, S for late, O and A organised work, M present. */
    ISKOLE {
        @Override
        public List<AbsenceCodeForm> codes(LocalDate from) {
            return List.of(
                    code("F", "Fravær i time", "Fråvær i time", "Absent from the lesson", true, true, true, false, false,
                            Documentation.UNDOCUMENTED, from, 10),
                    code("S", "For sent", "For seint", "Late", true, true, true, false, false, Documentation.UNDOCUMENTED, from, 20),
                    code("O", "Organisert studiearbeid", "Organisert studiearbeid", "Organised study work", false, false, false, true,
                            false, Documentation.NOT_ABSENCE, from, 30),
                    code("A", "Annen organisert undervisning", "Anna organisert undervisning", "Other organised teaching", false,
                            false, false, true, false, Documentation.NOT_ABSENCE, from, 40),
                    code("M", "Møtt", "Møtt", "Present", false, false, false, true, false, Documentation.NOT_ABSENCE, from, 50),
                    code("D", "Dagsfravær", "Dagsfråvær", "Day absence", true, true, true, false, true, Documentation.UNDOCUMENTED,
                            from, 60),
                    code("I", "Dagsfravær, ikke på vitnemålet", "Dagsfråvær, ikkje på vitnemålet", "Day absence, not on the diploma",
                            true, false, false, false, true, Documentation.HEALTH_DOCUMENTED, from, 70));
        }
    };

    /** The set's codes, valid from the day. */
    public abstract List<AbsenceCodeForm> codes(LocalDate from);

    private static AbsenceCodeForm code(String code, String nb, String nn, String en, boolean counts, boolean diploma,
                                        boolean orden, boolean presence, boolean day, Documentation documentation,
                                        LocalDate from, int order) {
        return new AbsenceCodeForm(code, nb, nn, en, counts, diploma, orden, presence, day, documentation, from, null, order);
    }
}
