package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** An LK20 læreplan (e.g. {@code NOR01-08}) from Grep; {@code replacedBy} names the plan that supersedes it. */
@Entity
@Table(name = "grep_laereplan")
public class Laereplan extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_laereplan_seq", sequenceName = "grep_laereplan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_laereplan_seq")
    private Long id;

    @Column(name = "replaced_by", length = 40)
    private String replacedBy;

    protected Laereplan() {
        // for JPA
    }

    public Laereplan(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }

    /** The plan that supersedes this one (Grep's erstattes-av or a higher revision), or null. */
    public void replacedBy(String plan) {
        this.replacedBy = plan;
    }

    public String getReplacedBy() {
        return replacedBy;
    }
}
