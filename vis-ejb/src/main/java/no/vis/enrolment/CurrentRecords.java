package no.vis.enrolment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import no.vis.people.Pupil;

/** A pupil's current enrolment and class placement, and their ending when the pupil leaves: one way for the office and the jobs. */
final class CurrentRecords {

    private CurrentRecords() {
    }

    static Enrolment enrolment(EntityManager em, long pupilId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.pupil.id = :id AND e.activeTo IS NULL", Enrolment.class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
    }

    static ClassPlacement placement(EntityManager em, long pupilId) {
        return em.createQuery("SELECT p FROM ClassPlacement p WHERE p.pupil.id = :id AND p.activeTo IS NULL", ClassPlacement.class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
    }

    /** The pupil leaves on the day for the reason: the enrolment and the placement end, the pupil is in no class and has left. */
    static void leave(Pupil pupil, Enrolment current, ClassPlacement placement, LocalDate on, EnrolmentEnd reason) {
        if (current != null) {
            current.end(on, reason);
        }
        if (placement != null) {
            placement.end(on);
        }
        pupil.placeInClass(null);
        pupil.leave(on);
    }
}
