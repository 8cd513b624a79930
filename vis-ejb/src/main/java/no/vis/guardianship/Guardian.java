package no.vis.guardianship;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import no.vis.people.Fodselsnummer;
import no.vis.people.PersonName;

/**
 * A guardian (foresatt). The fødselsnummer is optional: a guardian may refuse to give it, and then
 * cannot log in to the portal.
 */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @SequenceGenerator(name = "guardian_seq", sequenceName = "guardian_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_seq")
    private Long id;

    @Column(name = "fnr", length = 11, unique = true)
    private Fodselsnummer fodselsnummer;

    @Embedded
    private PersonName name;

    @Version
    private long version;

    protected Guardian() {
        // for JPA
    }

    public Guardian(Fodselsnummer fodselsnummer, PersonName name) {
        this.fodselsnummer = fodselsnummer;
        this.name = Objects.requireNonNull(name, "name");
    }

    public Long getId() {
        return id;
    }

    public Optional<Fodselsnummer> getFodselsnummer() {
        return Optional.ofNullable(fodselsnummer);
    }

    public PersonName getName() {
        return name;
    }

    @Override
    public String toString() {
        return "Guardian[id=" + id + "]";
    }
}
