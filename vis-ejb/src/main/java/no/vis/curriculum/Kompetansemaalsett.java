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
import java.util.List;
import java.util.Set;

/** An LK20 kompetansemålsett ({@code KV…}): the aims after an opplæringsfag (etter-fag) or årstrinn, in Grep's order. */
@Entity
@Table(name = "grep_kompetansemaalsett")
public class Kompetansemaalsett extends CatalogueElement {

    @Id
    @SequenceGenerator(name = "grep_kompetansemaalsett_seq", sequenceName = "grep_kompetansemaalsett_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grep_kompetansemaalsett_seq")
    private Long id;

    @Column(name = "laereplan", length = 40)
    private String laereplan;

    @ElementCollection
    @CollectionTable(name = "grep_kompetansemaalsett_etter_fag", joinColumns = @JoinColumn(name = "kompetansemaalsett_id"))
    @Column(name = "opplaeringsfag", length = 40, nullable = false)
    private Set<String> etterFag = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "grep_kompetansemaalsett_aarstrinn", joinColumns = @JoinColumn(name = "kompetansemaalsett_id"))
    @Column(name = "aarstrinn", length = 40, nullable = false)
    private Set<String> aarstrinn = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "grep_kompetansemaalsett_maal", joinColumns = @JoinColumn(name = "kompetansemaalsett_id"))
    @jakarta.persistence.OrderColumn(name = "sort_order")
    @Column(name = "kompetansemaal", length = 40, nullable = false)
    private List<String> kompetansemaal = new java.util.ArrayList<>();

    protected Kompetansemaalsett() {
        // for JPA
    }

    public Kompetansemaalsett(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }

    /** Its plan, the opplæringsfag and årstrinn it is for, and its aims in order, as Grep says now. */
    public void describe(String laereplan, Set<String> etterFag, Set<String> aarstrinn, List<String> kompetansemaal) {
        this.laereplan = laereplan;
        if (!this.etterFag.equals(etterFag)) {
            this.etterFag = new LinkedHashSet<>(etterFag);
        }
        if (!this.aarstrinn.equals(aarstrinn)) {
            this.aarstrinn = new LinkedHashSet<>(aarstrinn);
        }
        if (!this.kompetansemaal.equals(kompetansemaal)) {
            this.kompetansemaal = new java.util.ArrayList<>(kompetansemaal);
        }
    }

    public String getLaereplan() {
        return laereplan;
    }

    public Set<String> getEtterFag() {
        return Set.copyOf(etterFag);
    }

    public Set<String> getAarstrinn() {
        return Set.copyOf(aarstrinn);
    }

    public List<String> getKompetansemaal() {
        return List.copyOf(kompetansemaal);
    }
}
