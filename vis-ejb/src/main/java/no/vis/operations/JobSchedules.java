package no.vis.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.vis.access.Role.Names;
import no.vis.access.VisUserId;
import no.vis.common.InvalidInputException;

/** The jobs' schedules as IT operations set them; checked field by field. */
@Stateless
@RolesAllowed({Names.IT_OPERATIONS, Names.SYSTEM})
public class JobSchedules {

    /** One calendar field: *, a number, a range, a list, a step (*&#47;15), or day names. */
    private static final Pattern FIELD = Pattern.compile("\\*|(\\*/\\d{1,2})|([0-9A-Za-z]{1,3}(-[0-9A-Za-z]{1,3})?)(,[0-9A-Za-z]{1,3}(-[0-9A-Za-z]{1,3})?)*");

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    public List<JobSchedule> all() {
        return em.createQuery("SELECT s FROM JobSchedule s ORDER BY s.jobName", JobSchedule.class).getResultList();
    }

    public Optional<JobSchedule> find(String jobName) {
        return Optional.ofNullable(em.find(JobSchedule.class, jobName));
    }

    /**
     * Sets a job's schedule.
     *
     * @throws InvalidInputException for a field that is not calendar syntax ({@code hour}, {@code minute}, {@code dayOfWeek})
     */
    public JobSchedule set(String jobName, String hour, String minute, String dayOfWeek, boolean enabled) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check(hour, "hour", 0, 23, errors);
        check(minute, "minute", 0, 59, errors);
        if (dayOfWeek == null || !FIELD.matcher(dayOfWeek.strip()).matches()) {
            errors.add("dayOfWeek", "jobs.schedule.invalid");
        }
        errors.throwIfAny();
        JobSchedule schedule = find(jobName).orElseGet(() -> {
            JobSchedule created = new JobSchedule(jobName);
            em.persist(created);
            return created;
        });
        schedule.set(hour.strip(), minute.strip(), dayOfWeek.strip(), enabled, VisUserId.nameOf(session.getCallerPrincipal()));
        return schedule;
    }

    /** What is wrong with one field of a schedule ({@code hour}, {@code minute}, {@code dayOfWeek}), as a message key. */
    public static Optional<String> problemWith(String field, String value) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        switch (field) {
            case "hour" -> check(value, field, 0, 23, errors);
            case "minute" -> check(value, field, 0, 59, errors);
            default -> {
                if (value == null || !FIELD.matcher(value.strip()).matches()) {
                    errors.add(field, "jobs.schedule.invalid");
                }
            }
        }
        try {
            errors.throwIfAny();
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.fieldErrors().get(field));
        }
    }

    private static void check(String value, String field, int min, int max, InvalidInputException.Collector errors) {
        // hours and minutes are numbers: names (abc) are only for days, and the timer service would refuse them
        if (value == null || !FIELD.matcher(value.strip()).matches() || !value.strip().matches("[0-9*/,-]+")) {
            errors.add(field, "jobs.schedule.invalid");
            return;
        }
        for (String number : value.replaceAll("[^0-9]+", " ").trim().split(" ")) {
            if (!number.isEmpty() && (Integer.parseInt(number) < min || Integer.parseInt(number) > max) && !value.contains("*/")) {
                errors.add(field, "jobs.schedule.outOfRange");
                return;
            }
        }
    }
}
