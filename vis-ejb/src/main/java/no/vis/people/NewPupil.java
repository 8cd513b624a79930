package no.vis.people;

import java.io.Serializable;
import java.time.LocalDate;

/** A pupil to add, with the ids of the school and class to place the pupil in. */
public record NewPupil(Fodselsnummer fodselsnummer, PersonName name, LocalDate birthDate, Address address,
                         long schoolId, Long classId) implements Serializable {
}
