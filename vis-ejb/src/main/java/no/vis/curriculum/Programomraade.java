package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** A programområde (e.g. {@code STUSP1----}) from Grep, with its utdanningsprogram and årstrinn. */
@Entity
@Table(name = "grep_programomraade")
public class Programomraade extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_programomraade_seq", sequenceName = "grep_programomraade_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_programomraade_seq")
    private Long id;

    @Column(name = "utdanningsprogram", length = 40)
    private String utdanningsprogram;

    @Column(name = "aarstrinn", length = 20)
    private String aarstrinn;

    protected Programomraade() {
        // for JPA
    }

    public Programomraade(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }

    /** Its utdanningsprogram and årstrinn ({@code vg1} …) as Grep says now. */
    public void describe(String utdanningsprogram, String aarstrinn) {
        this.utdanningsprogram = utdanningsprogram;
        this.aarstrinn = aarstrinn;
    }

    public String getUtdanningsprogram() {
        return utdanningsprogram;
    }

    public String getAarstrinn() {
        return aarstrinn;
    }
}
