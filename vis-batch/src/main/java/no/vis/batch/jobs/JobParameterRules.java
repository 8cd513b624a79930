package no.vis.batch.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import no.vis.common.InvalidInputException;

/**
 * What a job run may be given as parameters, checked the same way wherever a run starts (the job
 * screen, the scheduler, the batch artifacts themselves for runs started from the WildFly CLI).
 * The rules keep people's data out of reach of a typed parameter: a run never works as a day after
 * the real one outside test mode (a {@code today} of 2100 would end every guardianship), and
 * {@code retention-cleanup} never keeps guardians for fewer days than the county's minimum; an
 * import's {@code file} is a plain name under the import directory ({@link ImportFiles}), never a
 * path elsewhere.
 *
 * <p>Each refusal is a field error keyed by the parameter's name, with a message key of
 * {@code jobs.parameter.*}.
 */
public final class JobParameterRules {

    /** The parameter asking for a dry run: what would be ended or deleted is listed, nothing written. */
    public static final String DRY_RUN = "dryRun";

    private static final Set<String> CHUNKED = Set.of("chunk");

    /** The jobs that date what they change from the register by the run's day. */
    private static final Set<String> REGISTER_JOBS = Set.of("freg-import", "freg-delta");

    /** The parameters each job understands. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "freg-import", Set.of("chunk", "partitions", "today"),
            "freg-delta", Set.of("today"),
            "krr-import", Set.of("chunk"),
            "grep-sync", Set.of("chunk"),
            "guardian-age-removal", Set.of("chunk", "today", DRY_RUN),
            "retention-cleanup", Set.of("chunk", "today", "graceDays", DRY_RUN),
            "enrolment-import", Set.of("file", "chunk"),
            "absence-warnings", Set.of("today", "partitions"),
            "demo-county", Set.of("chunk", "partitions", "pupils", "seed", "schoolYear", "countyCode", "countyName"));

    private JobParameterRules() {
    }

    /**
     * Reads what IT operations typed: {@code name=value} pairs separated by commas, semicolons or
     * new lines.
     *
     * @throws InvalidInputException ({@code parameters}) when a pair is not {@code name=value}
     */
    public static Properties parse(String text) {
        Properties props = new Properties();
        if (text == null) {
            return props;
        }
        for (String pair : text.split("[\\n,;]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1 || !pair.substring(0, eq).strip().matches("[A-Za-z][A-Za-z0-9]{0,40}")) {
                throw new InvalidInputException(Map.of("parameters", "jobs.parameters.invalid"));
            }
            props.setProperty(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return props;
    }

    /**
     * Checks a run's parameters.
     *
     * @param realToday the day in Norway now
     * @param laterDayAllowed whether {@code today} may be after {@code realToday} (test mode, and only
     *        for runs the system starts — never from the job screen)
     * @param minimumGraceDays the county's minimum for {@code retention-cleanup}'s {@code graceDays}
     * @throws InvalidInputException keyed by parameter name
     */
    public static void check(String jobName, Properties parameters, LocalDate realToday, boolean laterDayAllowed,
                             int minimumGraceDays) {
        check(jobName, parameters, realToday, laterDayAllowed, minimumGraceDays, laterDayAllowed);
    }

    /**
     * As {@link #check(String, Properties, LocalDate, boolean, int)}; outside test mode the register
     * jobs take no {@code today} at all: they would date the guardianships they start and end by it.
     */
    public static void check(String jobName, Properties parameters, LocalDate realToday, boolean laterDayAllowed,
                             int minimumGraceDays, boolean testMode) {
        Set<String> allowed = ALLOWED.getOrDefault(jobName, Set.of());
        if (!testMode && REGISTER_JOBS.contains(jobName)) {
            allowed = allowed.stream().filter(name -> !name.equals("today")).collect(java.util.stream.Collectors.toSet());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : parameters.stringPropertyNames()) {
            String value = parameters.getProperty(name).strip();
            if (name.startsWith("jberet.")) {
                continue; // JBeret's own (a restart from the WildFly CLI carries jberet.jobXmlName)
            }
            if (!allowed.contains(name)) {
                errors.put(name, "jobs.parameter.unknown");
            } else if (name.equals("today")) {
                checkDay(value, realToday, laterDayAllowed, name, errors);
            } else if (name.equals("graceDays")) {
                Integer days = number(value);
                if (days == null) {
                    errors.put(name, "jobs.parameter.number");
                } else if (days < minimumGraceDays) {
                    errors.put(name, "jobs.parameter.graceDays.min");
                }
            } else if (name.equals("file")) {
                if (!ImportFiles.isAcceptableName(value)) {
                    errors.put(name, "jobs.parameter.file");
                }
            } else if (name.equals(DRY_RUN)) {
                if (!value.equals("true") && !value.equals("false")) {
                    errors.put(name, "jobs.parameter.boolean");
                }
            } else if (CHUNKED.contains(name) || name.equals("partitions") || name.equals("pupils") || name.equals("seed")) {
                Integer n = number(value);
                if (n == null || n < 1 || (CHUNKED.contains(name) && n > 10_000) || (name.equals("partitions") && n > 8)) {
                    errors.put(name, "jobs.parameter.number");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkDay(String value, LocalDate realToday, boolean laterDayAllowed, String name,
                                 Map<String, String> errors) {
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.isAfter(realToday) && !laterDayAllowed) {
                errors.put(name, "jobs.parameter.today.future");
            }
        } catch (DateTimeParseException e) {
            errors.put(name, "jobs.parameter.date");
        }
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The parameters a new run of the job needs (a restart takes them from the run it restarts):
     * {@code enrolment-import}'s {@code file}.
     *
     * @throws InvalidInputException keyed by parameter name
     */
    public static void checkRequired(String jobName, Properties parameters) {
        if (jobName.equals("enrolment-import") && parameters.getProperty("file", "").isBlank()) {
            throw new InvalidInputException(Map.of("file", "jobs.parameter.file.required"));
        }
    }

    /** Whether the run is a dry run. */
    public static boolean dryRun(Properties parameters) {
        return parameters != null && "true".equals(parameters.getProperty(DRY_RUN, "").strip());
    }
}
