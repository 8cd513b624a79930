package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An utdanningsprogram (ST, EL, HS …) from Grep. */
@Entity
@Table(name = "grep_utdanningsprogram")
public class Utdanningsprogram extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_utdanningsprogram_seq", sequenceName = "grep_utdanningsprogram_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_utdanningsprogram_seq")
    private Long id;

    protected Utdanningsprogram() {
        // for JPA
    }

    public Utdanningsprogram(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }
}
