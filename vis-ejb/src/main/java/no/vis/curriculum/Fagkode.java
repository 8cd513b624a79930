package no.vis.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.List;
import java.util.Set;

/** A fagkode (e.g. {@code NOR1260}) with its opplæringsfag and vurderingsordning. */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "grep_fagkode")
public class Fagkode extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_fagkode_seq", sequenceName = "grep_fagkode_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_fagkode_seq")
    private Long id;

    @ElementCollection
    @CollectionTable(name = "grep_fagkode_opplaeringsfag", joinColumns = @JoinColumn(name = "fagkode_id"))
    @Column(name = "opplaeringsfag", length = 40, nullable = false)
    private Set<String> opplaeringsfag = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "grep_fagkode_vurdering", joinColumns = @JoinColumn(name = "fagkode_id"))
    @jakarta.persistence.OrderColumn(name = "sort_order")
    private List<Assessment> vurderingsordning = new java.util.ArrayList<>();

    protected Fagkode() {
        // for JPA
    }

    public Fagkode(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }

    /** Its opplæringsfag and vurderingsordning as Grep says now. */
    public void describe(Set<String> opplaeringsfag, List<Assessment> vurderingsordning) {
        if (!this.opplaeringsfag.equals(opplaeringsfag)) {
            this.opplaeringsfag = new LinkedHashSet<>(opplaeringsfag);
        }
        if (!this.vurderingsordning.equals(vurderingsordning)) {
            this.vurderingsordning = new java.util.ArrayList<>(vurderingsordning);
        }
    }

    public Set<String> getOpplaeringsfag() {
        return Set.copyOf(opplaeringsfag);
    }

    public List<Assessment> getVurderingsordning() {
        return List.copyOf(vurderingsordning);
    }
}
