package no.vis.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import no.vis.people.Fodselsnummer;
import no.vis.school.SchoolClass.Level;

/**
 * An admitted pupil as the county's admissions (VIGO) gives it, one line of an import file whose
 * form has been checked: the number, the name as the file has it (Folkeregisteret's is stored),
 * the school's organisation number, the programme area code, the level, the admission day (the
 * enrolment's first day) and optionally the class code of the school year of that day.
 */
public record Admission(int line, Fodselsnummer fodselsnummer, String name, String schoolNumber, String programmeArea,
                        Level level, LocalDate admittedOn, String classCode) implements Serializable {

    @Override
    public String toString() {
        return "Admission[line " + line + "]";
    }
}
