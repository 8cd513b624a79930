package no.vis.batch.democounty;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.vis.absence.AbsenceKind;
import no.vis.absence.AbsenceSetupService.NewAbsence;
import no.vis.absence.AbsenceSetupService.NewRegister;
import no.vis.absence.AbsenceSetupService.SetupLesson;
import no.vis.absence.Documentation;
import no.vis.common.Today;

/**
 * A school's absence from the school year's start until now, at realistic rates (issue 12): each pupil
 * has a rate of their own — most under 4 % of their lessons, a tail near and over 10 % and 15 % — and is
 * absent in a lesson with that chance, now and then late instead; about a fifth of whole-lesson absence
 * is documented by health personnel (code D) and some is self-certified (M). Every lesson that has
 * started has its register taken by its teacher, but the demo teachers' lessons of today (so that
 * "not taken" shows) and a few others. The demo pupils (pupil 0, Elev, and pupil 3, Gunnar Foresatt's
 * other child) each have one subject near or over the limit, so that bands and warnings appear for the
 * demo users. Deterministic: the same seed gives the same absence.
 */
final class DemoAbsences {

    /** The codes of the county the plan uses: undocumented, documented, self-certified. */
    record Codes(long undocumented, long documented, long selfCertified) {
    }

    /** The plan: a register for each lesson started, and the absence in them. */
    record Plan(List<NewRegister> registers, List<NewAbsence> absences) {
    }

    private DemoAbsences() {
    }

    /**
     * @param demoPupils pupil 0 and pupil 3 by id (empty at other schools): each gets one subject at the
     *                   rate that puts them near (pupil 0) and over (pupil 3) the limit for the half-year
     * @param demoTeachers the demo teachers' staff ids: their lessons today are left not taken
     * @param halfFrom the first day of the current half-year: the demo pupils' share is of its lessons
     *                 ({@code held} runs to the half's end; lessons not started get no register)
     */
    static Plan plan(List<SetupLesson> held, ZonedDateTime now, long seed, List<Long> demoPupils, Set<Long> demoTeachers, Codes codes,
                     java.time.LocalDate halfFrom) {
        List<NewRegister> registers = new ArrayList<>();
        List<NewAbsence> absences = new ArrayList<>();
        Map<Long, Double> rates = new HashMap<>();
        String[] demoSubjects = new String[demoPupils.size()];
        Set<String> demoAbsent = new java.util.HashSet<>();
        for (int i = 0; i < demoPupils.size(); i++) {
            demoSubjects[i] = busiestSubject(held, demoPupils.get(i));
            demoAbsent.addAll(demoAbsences(held, now, demoPupils.get(i), demoSubjects[i], halfFrom, DEMO_SHARES[i]));
        }
        for (int i = 0; i < held.size(); i++) {
            SetupLesson l = held.get(i);
            ZonedDateTime start = l.day().atTime(l.starts()).atZone(Today.NORWAY);
            if (start.isAfter(now)) {
                continue; // not started: no register yet
            }
            Random random = new Random(seed * 7_919 + l.key().hashCode());
            boolean today = l.day().equals(now.toLocalDate());
            boolean taken = !(today && (l.teacherId() == null || demoTeachers.contains(l.teacherId()))) && random.nextDouble() > 0.01;
            registers.add(new NewRegister(i, taken && l.teacherId() != null ? "staff:" + l.teacherId() : taken ? "system" : null,
                    taken ? start.plusMinutes(3).toOffsetDateTime() : null));
            int register = registers.size() - 1;
            for (long pupil : l.pupils()) {
                int demo = demoPupils.indexOf(pupil);
                boolean absent;
                if (demo >= 0 && l.subjectCode().equals(demoSubjects[demo])) {
                    if (demoAbsent.contains(pupil + "|" + l.key())) {
                        absences.add(new NewAbsence(register, pupil, AbsenceKind.ABSENT, l.minutes(), codes.undocumented(),
                                Documentation.UNDOCUMENTED));
                    }
                    continue;
                } else {
                    double rate = rates.computeIfAbsent(pupil, p -> rate(new Random(seed * 31 + p)));
                    absent = random.nextDouble() < rate;
                }
                if (!absent) {
                    continue;
                }
                double what = random.nextDouble();
                if (what < 0.15 && l.minutes() > 10) {
                    absences.add(new NewAbsence(register, pupil, AbsenceKind.LATE, 5 + random.nextInt(Math.min(20, l.minutes() - 6)),
                            codes.undocumented(), Documentation.UNDOCUMENTED));
                } else if (what < 0.35) {
                    absences.add(new NewAbsence(register, pupil, AbsenceKind.ABSENT, l.minutes(), codes.documented(),
                            Documentation.HEALTH_DOCUMENTED));
                } else if (what < 0.50) {
                    absences.add(new NewAbsence(register, pupil, AbsenceKind.ABSENT, l.minutes(), codes.selfCertified(),
                            Documentation.HEALTH_SELF_CERTIFIED));
                } else {
                    absences.add(new NewAbsence(register, pupil, AbsenceKind.ABSENT, l.minutes(), codes.undocumented(),
                            Documentation.UNDOCUMENTED));
                }
            }
        }
        return new Plan(registers, absences);
    }

    /** The demo pupils' share of their busiest subject's lessons in the half-year: pupil 0 near the limit, pupil 3 over it. */
    private static final double[] DEMO_SHARES = {0.09, 0.125};

    /**
     * The demo pupil's absences in the subject: the share of the half-year's lessons (those to come
     * included), on the latest lessons that have started — as "pupil|key".
     */
    private static Set<String> demoAbsences(List<SetupLesson> held, ZonedDateTime now, long pupil, String subject,
                                            java.time.LocalDate halfFrom, double share) {
        List<SetupLesson> inHalf = held.stream().filter(l -> l.subjectCode().equals(subject) && l.pupils().contains(pupil)
                && !l.day().isBefore(halfFrom)).toList();
        List<SetupLesson> started = inHalf.stream().filter(l -> !l.day().atTime(l.starts()).atZone(Today.NORWAY).isAfter(now)).toList();
        int wanted = (int) Math.round(share * inHalf.size());
        Set<String> keys = new java.util.HashSet<>();
        for (int i = started.size() - 1; i >= 0 && keys.size() < wanted; i--) {
            keys.add(pupil + "|" + started.get(i).key());
        }
        return keys;
    }

    /**
     * A pupil's rate (the chance of being away from a lesson): 65 % of pupils 0.3–1.5 %, 25 % 1.5–4 %,
     * 6 % 5–9 %, 2.5 % 9–14 %, 1.5 % 14–22 %. Per subject the spread is wider (a subject has few lessons).
     */
    static double rate(Random random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        if (u < 0.65) {
            return 0.003 + 0.012 * v;
        } else if (u < 0.90) {
            return 0.015 + 0.025 * v;
        } else if (u < 0.96) {
            return 0.05 + 0.04 * v;
        } else if (u < 0.985) {
            return 0.09 + 0.05 * v;
        }
        return 0.14 + 0.08 * v;
    }

    /** The fagkode the pupil has most lessons in. */
    private static String busiestSubject(List<SetupLesson> held, long pupil) {
        Map<String, Integer> counts = new HashMap<>();
        for (SetupLesson l : held) {
            if (l.pupils().contains(pupil)) {
                counts.merge(l.subjectCode(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse("");
    }
}
