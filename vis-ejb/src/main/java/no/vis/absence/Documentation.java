package no.vis.absence;

/**
 * What an absence is documented as (iSkole's 2025 model; DOMAIN.md §5.1). Whether it counts toward
 * the limit is the school year's {@link AbsenceRules}' decision.
 */
public enum Documentation {
    /** No documentation. */
    UNDOCUMENTED,
    /** Health, self-certified (egenmelding). */
    HEALTH_SELF_CERTIFIED,
    /** Health, documented by health personnel. */
    HEALTH_DOCUMENTED,
    /** Documented on one of § 9-8's other grounds (b–i: welfare, elected work, political work, …): never counts. */
    OTHER_GROUND,
    /** Not absence at all (rights-based: counselling, PPT, pupil council, exam; organised study work agreed in advance). */
    NOT_ABSENCE
}
