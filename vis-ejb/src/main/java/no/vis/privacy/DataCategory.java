package no.vis.privacy;

/**
 * The categories of a pupil's data, for the guardian access policy and the access log. Which a
 * guardian sees is decided by {@link GuardianAccessPolicy}; staff access follows their roles.
 */
public enum DataCategory {
    /** name, birth date, address (never a protected one to a guardian) */
    PERSONALIA,
    CLASSES_AND_GROUPS,
    TIMETABLE,
    /** the guardian's own contact information */
    OWN_CONTACT_INFORMATION,
    /** term, final and exam grades and total absence */
    HISTORY,
    CURRICULUM,
    ABSENCE_DETAIL,
    APPLICATIONS,
    ASSESSMENTS,
    EXAMS,
    PUPIL_CONVERSATIONS,
    /** orden og atferd: shown to guardians only where the county says so */
    ORDER_AND_CONDUCT,
    /** the pupil's guardians and their guardianships (staff screens) */
    GUARDIANS,
    /** consents after 18 (staff screens) */
    CONSENTS,
    /** the access log itself */
    ACCESS_LOG
}
