package no.vis.devtools.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import no.vis.batch.democounty.DemoCountyPlan;
import no.vis.people.Fodselsnummer;
import no.vis.school.SchoolClass.Level;

/**
 * Writes an admission file for {@code enrolment-import}'s benchmark: a Vg1 intake of new pupils
 * (born in the school year's start year − 16; Tenor-synthetic numbers with individnumre 100–499,
 * which demo-county never uses), spread over the schools of the demo county of the same size and
 * the Vg1 programme areas every demo school offers, admitted on the school year's first day. The
 * register simulators serve them as newcomers ({@code --newcomers}).
 *
 * <p>{@code AdmissionFileGenerator --pupils 60000 --county-pupils 190000 --school-year 2026 --county 11 --out file.csv}
 */
public final class AdmissionFileGenerator {

    private AdmissionFileGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int pupils = 60_000;
        int countyPupils = 190_000;
        LocalDate today = no.vis.common.Today.inNorway();
        int schoolYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        int county = 11;
        Path out = Path.of("admissions.csv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pupils" -> pupils = Integer.parseInt(args[++i]);
                case "--county-pupils" -> countyPupils = Integer.parseInt(args[++i]);
                case "--school-year" -> schoolYear = Integer.parseInt(args[++i]);
                case "--county" -> county = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DemoCountyPlan plan = new DemoCountyPlan(1, county, countyPupils, schoolYear);
        // the Vg1 programme areas every school of the plan offers (its first classes' programmes)
        String[] areas = plan.classes(plan.schoolCount() - 1).stream().filter(c -> c.level() == Level.VG1)
                .map(c -> DemoCountyPlan.programmeArea(c.programme(), c.level())).distinct().toArray(String[]::new);
        LocalDate first = LocalDate.of(schoolYear, 8, 17);
        SplittableRandom random = new SplittableRandom(42);
        int written = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("fodselsnummer;name;school_number;programme_area;level;admission_date\n");
            LocalDate born = LocalDate.of(schoolYear - 16, 1, 1);
            for (int day = 0; day < 365 && written < pupils; day++) {
                for (int individual = 100; individual < 500 && written < pupils; individual++) {
                    var fnr = Fodselsnummer.compose(born.plusDays(day), individual, false, Fodselsnummer.Synthetic.TENOR);
                    if (fnr.isEmpty()) {
                        continue;
                    }
                    w.write(fnr.get().value() + ";Elev " + written + ";" + plan.school(random.nextInt(plan.schoolCount())).orgNumber()
                            + ";" + areas[random.nextInt(areas.length)] + ";VG1;" + first + "\n");
                    written++;
                }
            }
        }
        System.out.printf("%d admitted pupils written to %s (%d schools, programme areas %s)%n", written, out, plan.schoolCount(),
                String.join(", ", areas));
    }
}
