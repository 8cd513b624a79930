package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An LK20 kompetansemål (e.g. {@code KM14229}); its text is its title. */
@Entity
@Table(name = "grep_kompetansemaal")
public class Kompetansemaal extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_kompetansemaal_seq", sequenceName = "grep_kompetansemaal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_kompetansemaal_seq")
    private Long id;

    protected Kompetansemaal() {
        // for JPA
    }

    public Kompetansemaal(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }
}
