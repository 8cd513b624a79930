package no.vis.registers.freg;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.Address;
import no.vis.people.PersonName;

/**
 * What VIS reads of a person in Folkeregisteret (DOMAIN.md §2.3), current elements only: the
 * identity number in use (and former ones, for re-keying), name, birth date, status, death,
 * residential address with its protection (none at all for strengt fortrolig), and parental
 * responsibility — one element per responsible person. {@code notes} lists what was tolerated
 * (an unknown enum value, a missing optional field) for the job's report.
 */
public record FregPerson(String identity, List<String> formerIdentities, PersonName name, LocalDate birthDate,
                         PersonStatus status, LocalDate deathDate, Address address, List<Responsibility> responsibilities,
                         List<String> notes) implements Serializable {

    public FregPerson {
        formerIdentities = List.copyOf(formerIdentities);
        responsibilities = List.copyOf(responsibilities);
        notes = List.copyOf(notes);
    }

    /**
     * One current {@code foreldreansvar} element. {@code responsible} is the responsible adult's
     * 11-digit number, null when the register has none ({@code ansvarligUtenIdentifikator}, or
     * missing); {@code responsibility} is null for an {@code ansvar} value VIS does not know.
     */
    public record Responsibility(ParentalResponsibility responsibility, String responsible, String subject)
            implements Serializable {

        @Override
        public String toString() {
            return "Responsibility[" + responsibility + "]";
        }
    }

    /** Folkeregisteret's {@code status.status}; UNKNOWN for a value VIS does not know. */
    public enum PersonStatus {
        BOSATT, UTFLYTTET, FORSVUNNET, DOED, OPPHOERT, FOEDSELSREGISTRERT, MIDLERTIDIG, INAKTIV, IKKE_BOSATT, AKTIV, UNKNOWN
    }

    public boolean isDead() {
        return status == PersonStatus.DOED || deathDate != null;
    }

    public boolean hasEmigrated() {
        return status == PersonStatus.UTFLYTTET;
    }

    @Override
    public String toString() {
        return "FregPerson[" + status + ", " + responsibilities.size() + " responsibilities]"; // never the number or name
    }
}
