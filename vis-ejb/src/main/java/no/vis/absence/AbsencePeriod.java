package no.vis.absence;

/** The periods the limit is measured over: each half-year (halvår) and the whole school year (standpunkt). */
public enum AbsencePeriod {
    FIRST_HALF, SECOND_HALF, YEAR
}
