package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import java.util.LinkedHashSet;
import java.util.Set;

/** An opplæringsfag (e.g. {@code NOR1Z63}): the glue between fagkoder, a læreplan, programområder and årstrinn. */
@Entity
@Table(name = "grep_opplaeringsfag")
public class Opplaeringsfag extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_opplaeringsfag_seq", sequenceName = "grep_opplaeringsfag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_opplaeringsfag_seq")
    private Long id;

    @Column(name = "laereplan", length = 40)
    private String laereplan;

    @ElementCollection
    @CollectionTable(name = "grep_opplaeringsfag_fagkode", joinColumns = @JoinColumn(name = "opplaeringsfag_id"))
    @Column(name = "fagkode", length = 40, nullable = false)
    private Set<String> fagkoder = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "grep_opplaeringsfag_programomraade", joinColumns = @JoinColumn(name = "opplaeringsfag_id"))
    @Column(name = "programomraade", length = 40, nullable = false)
    private Set<String> programomraader = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "grep_opplaeringsfag_aarstrinn", joinColumns = @JoinColumn(name = "opplaeringsfag_id"))
    @Column(name = "aarstrinn", length = 40, nullable = false)
    private Set<String> aarstrinn = new LinkedHashSet<>();

    protected Opplaeringsfag() {
        // for JPA
    }

    public Opplaeringsfag(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }

    /** Its læreplan, fagkoder, programområder and årstrinn as Grep says now. */
    public void describe(String laereplan, Set<String> fagkoder, Set<String> programomraader, Set<String> aarstrinn) {
        this.laereplan = laereplan;
        if (!this.fagkoder.equals(fagkoder)) {
            this.fagkoder = new LinkedHashSet<>(fagkoder);
        }
        if (!this.programomraader.equals(programomraader)) {
            this.programomraader = new LinkedHashSet<>(programomraader);
        }
        if (!this.aarstrinn.equals(aarstrinn)) {
            this.aarstrinn = new LinkedHashSet<>(aarstrinn);
        }
    }

    public String getLaereplan() {
        return laereplan;
    }

    public Set<String> getFagkoder() {
        return Set.copyOf(fagkoder);
    }

    public Set<String> getProgramomraader() {
        return Set.copyOf(programomraader);
    }

    public Set<String> getAarstrinn() {
        return Set.copyOf(aarstrinn);
    }
}
