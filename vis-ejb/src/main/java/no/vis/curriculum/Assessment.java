package no.vis.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a fagkode's vurderingsordning: for a candidate ({@code ELEV} or {@code PRIVATIST}),
 * whether there is a standpunkt grade, and one exam — its form ({@code SKRIFTLIG}, {@code MUNTLIG},
 * {@code MUNTLIG_PRAKTISK}, {@code PRAKTISK}, or Grep's own word for a form VIS does not know) and
 * who sets it ({@code SENTRAL}, {@code LOKAL}, or null). A candidate without exams has one line
 * with no exam form.
 */
@Embeddable
public class Assessment implements Serializable {

    public static final String ELEV = "ELEV";
    public static final String PRIVATIST = "PRIVATIST";

    @Column(name = "candidate", length = 20, nullable = false)
    private String candidate;

    @Column(name = "standpunkt", nullable = false)
    private boolean standpunkt;

    @Column(name = "exam_form", length = 40)
    private String examForm;

    @Column(name = "exam_set_by", length = 20)
    private String examSetBy;

    protected Assessment() {
        // for JPA
    }

    public Assessment(String candidate, boolean standpunkt, String examForm, String examSetBy) {
        this.candidate = Objects.requireNonNull(candidate);
        this.standpunkt = standpunkt;
        this.examForm = examForm;
        this.examSetBy = examSetBy;
    }

    public String candidate() {
        return candidate;
    }

    public boolean standpunkt() {
        return standpunkt;
    }

    public String examForm() {
        return examForm;
    }

    public String examSetBy() {
        return examSetBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && standpunkt == a.standpunkt && candidate.equals(a.candidate)
                && Objects.equals(examForm, a.examForm) && Objects.equals(examSetBy, a.examSetBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidate, standpunkt, examForm, examSetBy);
    }

    @Override
    public String toString() {
        return candidate + (standpunkt ? " standpunkt" : "") + (examForm == null ? "" : " " + examForm + "/" + examSetBy);
    }
}
