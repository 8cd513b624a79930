package no.vis.batch.democounty;

import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The parameters of {@code demo-county}, read from the job's properties (which take the job
 * parameters, with defaults, in demo-county.xml): pupils, seed, schoolYear, countyCode, countyName.
 */
record DemoCountyParameters(int pupils, long seed, int schoolYear, String countyCode, String countyName) {

    static DemoCountyParameters of(JobContext job) {
        Properties p = job.getProperties();
        String year = p.getProperty("schoolYear", "");
        return new DemoCountyParameters(
                Integer.parseInt(p.getProperty("pupils", "2000").strip()),
                Long.parseLong(p.getProperty("seed", "1").strip()),
                year.isBlank() ? currentSchoolYear() : Integer.parseInt(year.strip()),
                p.getProperty("countyCode", "11").strip(),
                p.getProperty("countyName", "Rogaland fylkeskommune").strip());
    }

    /** The school year starts 1 August: 2026 for 2026/27. */
    static int currentSchoolYear() {
        LocalDate today = no.vis.common.Today.inNorway();
        return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    DemoCountyPlan plan() {
        return new DemoCountyPlan(seed, Integer.parseInt(countyCode) % 100, pupils, schoolYear);
    }
}
