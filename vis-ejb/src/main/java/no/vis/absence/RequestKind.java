package no.vis.absence;

/**
 * What a pupil asks about one of their absences: that it be documented — by health personnel, on
 * another ground of § 9-8 (b–i), or as not absence at all (counselling, pupil council, an exam) — or
 * that they were present. The documentation itself is shown to the contact teacher; never health details here.
 */
public enum RequestKind {
    HEALTH_DOCUMENTED(Documentation.HEALTH_DOCUMENTED),
    OTHER_GROUND(Documentation.OTHER_GROUND),
    NOT_ABSENCE(Documentation.NOT_ABSENCE),
    WAS_PRESENT(null);

    private final Documentation documentation;

    RequestKind(Documentation documentation) {
        this.documentation = documentation;
    }

    /** The documentation the absence gets when the request is accepted; null: the absence goes (present). */
    public Documentation documentation() {
        return documentation;
    }
}
