package no.vis.enrolment;

import java.io.Serializable;
import java.time.LocalDate;
import no.vis.people.Address;
import no.vis.people.PersonName;

/** What Folkeregisteret says about a person VIS enrols: name, birth date, address with its protection. */
public record PersonFacts(PersonName name, LocalDate birthDate, Address address) implements Serializable {

    @Override
    public String toString() {
        return "PersonFacts[…]";
    }
}
