package no.vis.assessment;

/** Halvårsvurdering med karakter (on the kompetansebevis only) or standpunkt (the subject's final grade). */
public enum GradeKind {
    HALF_YEAR, FINAL
}
