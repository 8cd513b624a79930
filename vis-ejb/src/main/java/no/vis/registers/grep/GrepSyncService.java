package no.vis.registers.grep;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vis.access.Role.Names;
import no.vis.curriculum.CatalogueElement;
import no.vis.curriculum.Fagkode;
import no.vis.curriculum.Kompetansemaal;
import no.vis.curriculum.Kompetansemaalsett;
import no.vis.curriculum.Laereplan;
import no.vis.curriculum.Opplaeringsfag;
import no.vis.curriculum.PlanRevisions;
import no.vis.curriculum.Programomraade;
import no.vis.curriculum.Utdanningsprogram;

/**
 * The work of {@code grep-sync}: what Grep says written into the subject catalogue — new elements
 * inserted, changed ones (titles, status, validity, references, vurderingsordning) updated, the same
 * left alone (compared by {@link GrepElement#fingerprint()}), elements Grep no longer lists kept as
 * removed, never deleted; and which læreplan supersedes which ({@link PlanRevisions}).
 */
@Stateless
@RolesAllowed(Names.SYSTEM)
public class GrepSyncService {

    /** What the catalogue has of an element: the hash of what was read, Grep's sist-endret and status. */
    public record Stored(String hash, String changed, String status) implements Serializable {
    }

    /** What a chunk changed. */
    public record Applied(int inserted, int updated, int unchanged) implements Serializable {
    }

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    static Class<? extends CatalogueElement> entity(GrepType type) {
        return switch (type) {
            case UTDANNINGSPROGRAM -> Utdanningsprogram.class;
            case PROGRAMOMRAADER -> Programomraade.class;
            case LAEREPLANER -> Laereplan.class;
            case KOMPETANSEMAALSETT -> Kompetansemaalsett.class;
            case KOMPETANSEMAAL -> Kompetansemaal.class;
            case OPPLAERINGSFAG -> Opplaeringsfag.class;
            case FAGKODER -> Fagkode.class;
        };
    }

    /** Code → what the catalogue has, for every element of the type. */
    public Map<String, Stored> stored(GrepType type) {
        Map<String, Stored> stored = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.code, e.contentHash, e.grepChanged, e.status FROM "
                + entity(type).getSimpleName() + " e", Object[].class).getResultList()) {
            stored.put((String) row[0], new Stored((String) row[1], (String) row[2], (String) row[3]));
        }
        return stored;
    }

    /** Writes the elements (one chunk, one transaction). */
    public Applied apply(GrepType type, List<GrepElement> elements, OffsetDateTime now) {
        if (elements.isEmpty()) {
            return new Applied(0, 0, 0);
        }
        Map<String, CatalogueElement> existing = em.createQuery("SELECT e FROM " + entity(type).getSimpleName()
                        + " e WHERE e.code IN :codes", CatalogueElement.class)
                .setParameter("codes", elements.stream().map(GrepElement::code).distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(CatalogueElement::getCode, Function.identity()));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (GrepElement g : elements) {
            CatalogueElement e = existing.get(g.code());
            String hash = g.fingerprint();
            if (e != null && hash.equals(e.getContentHash())) {
                unchanged++;
                if (g.changed() != null && !g.changed().equals(e.getGrepChanged())) { // only Grep's timestamp moved
                    e.refresh(e.getTitles(), e.getStatus(), e.getValidFrom(), e.getValidTo(), g.changed(), hash, now);
                }
                continue;
            }
            if (e == null) {
                e = create(type, g.code());
                em.persist(e);
                existing.put(g.code(), e);
                inserted++;
            } else {
                updated++;
            }
            e.refresh(g.titles(), g.status(), g.validFrom(), g.validTo(), g.changed(), hash, now);
            describe(e, g);
        }
        return new Applied(inserted, updated, unchanged);
    }

    private static CatalogueElement create(GrepType type, String code) {
        return switch (type) {
            case UTDANNINGSPROGRAM -> new Utdanningsprogram(code);
            case PROGRAMOMRAADER -> new Programomraade(code);
            case LAEREPLANER -> new Laereplan(code);
            case KOMPETANSEMAALSETT -> new Kompetansemaalsett(code);
            case KOMPETANSEMAAL -> new Kompetansemaal(code);
            case OPPLAERINGSFAG -> new Opplaeringsfag(code);
            case FAGKODER -> new Fagkode(code);
        };
    }

    private static void describe(CatalogueElement e, GrepElement g) {
        if (e instanceof Programomraade p) {
            p.describe(g.ref("utdanningsprogram"), g.ref("aarstrinn"));
        } else if (e instanceof Laereplan l) {
            l.replacedBy(g.ref("erstattes-av"));
        } else if (e instanceof Kompetansemaalsett s) {
            s.describe(g.ref("laereplan"), new LinkedHashSet<>(g.refs("etter-fag")), new LinkedHashSet<>(g.refs("aarstrinn")),
                    g.refs("kompetansemaal"));
        } else if (e instanceof Opplaeringsfag o) {
            o.describe(g.ref("laereplan"), new LinkedHashSet<>(g.refs("fagkoder")), new LinkedHashSet<>(g.refs("programomraader")),
                    new LinkedHashSet<>(g.refs("aarstrinn")));
        } else if (e instanceof Fagkode f) {
            f.describe(new LinkedHashSet<>(g.refs("opplaeringsfag")), g.assessments());
        }
    }

    /**
     * Elements of the type Grep no longer lists are kept with the status {@code fjernet}. A list that
     * has lost more than half of what VIS has is not trusted (nothing is marked; -1).
     *
     * @return how many were marked, or -1
     */
    public int removeUnlisted(GrepType type, Set<String> listed, OffsetDateTime now) {
        List<String> present = em.createQuery("SELECT e.code FROM " + entity(type).getSimpleName() + " e WHERE e.status <> :removed",
                String.class).setParameter("removed", CatalogueElement.REMOVED).getResultList();
        List<String> gone = present.stream().filter(c -> !listed.contains(c)).toList();
        if (gone.isEmpty()) {
            return 0;
        }
        if (gone.size() * 2 > present.size()) {
            return -1;
        }
        for (int i = 0; i < gone.size(); i += 500) {
            for (CatalogueElement e : em.createQuery("SELECT e FROM " + entity(type).getSimpleName() + " e WHERE e.code IN :codes",
                    CatalogueElement.class).setParameter("codes", gone.subList(i, Math.min(gone.size(), i + 500))).getResultList()) {
                e.removedFromGrep(now);
            }
        }
        return gone.size();
    }

    /**
     * Which plan supersedes which: Grep's erstattes-av where given, else the highest published
     * revision of the same plan.
     *
     * @return the plans whose successor changed
     */
    public int revisePlans() {
        List<Laereplan> plans = em.createQuery("SELECT l FROM Laereplan l", Laereplan.class).getResultList();
        List<PlanRevisions.Plan> rule = new ArrayList<>();
        for (Laereplan l : plans) {
            rule.add(new PlanRevisions.Plan(l.getCode(), CatalogueElement.PUBLISHED.equals(l.getStatus()), l.getReplacedBy()));
        }
        Map<String, String> replacements = PlanRevisions.replacements(rule);
        int changed = 0;
        for (Laereplan l : plans) {
            String by = replacements.get(l.getCode());
            if (by != null && !by.equals(l.getReplacedBy())) {
                l.replacedBy(by);
                changed++;
            }
        }
        return changed;
    }
}
