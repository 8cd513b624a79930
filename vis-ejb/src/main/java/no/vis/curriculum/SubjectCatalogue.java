package no.vis.curriculum;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vis.common.Today;

/**
 * The subject catalogue for the pages: subject titles and a subject's curriculum. Public curriculum
 * data from Grep (no personal data, so open to every caller and not in the access log).
 */
@Stateless
@PermitAll
public class SubjectCatalogue {

    /** An aim of a kompetansemålsett. */
    public record Aim(String code, String text) implements Serializable {
    }

    /** A kompetansemålsett with its aims, in Grep's order. */
    public record AimSet(String code, String title, List<Aim> aims) implements Serializable {
    }

    /**
     * A læreplan: the current revision; {@code namedByGrep} is the plan the opplæringsfag names
     * when that one has been superseded (NOR01-07 for NOR01-08), else null.
     */
    public record Plan(String code, String title, boolean expired, String namedByGrep) implements Serializable {
    }

    /**
     * A subject's curriculum: its title, whether the fagkode has expired, its vurderingsordning,
     * its læreplan (null when Grep gives none) and the kompetansemålsett for the subject's level.
     */
    public record Curriculum(String fagkode, String title, boolean expired, List<Assessment> vurderingsordning, Plan plan,
                             List<AimSet> aimSets) implements Serializable {
    }

    /** A catalogue search hit. */
    public record Subject(String fagkode, String title, boolean expired) implements Serializable {
    }

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    /**
     * The titles of these fagkoder in the language (falling back to bokmål, Grep's default text,
     * then the code); a code the catalogue does not have maps to itself.
     */
    public Map<String, String> titles(Collection<String> fagkoder, Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<String> codes = fagkoder.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        for (int i = 0; i < codes.size(); i += 1000) {
            List<String> part = codes.subList(i, Math.min(codes.size(), i + 1000));
            for (Fagkode f : em.createQuery("SELECT f FROM Fagkode f WHERE f.code IN :codes", Fagkode.class)
                    .setParameter("codes", part).getResultList()) {
                titles.put(f.getCode(), f.title(locale));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String code : fagkoder) {
            if (code != null) {
                ordered.put(code, titles.getOrDefault(code, code));
            }
        }
        return ordered;
    }

    /**
     * Whether a pupil (candidate ELEV) has a standpunkt grade in each of these fagkoder, from Grep's
     * vurderingsordning; a fagkode the catalogue does not have, or without a line for ELEV, is absent
     * from the map (the caller decides).
     */
    public Map<String, Boolean> pupilsHaveStandpunkt(Collection<String> fagkoder) {
        Map<String, Boolean> result = new java.util.HashMap<>();
        List<String> codes = fagkoder.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        for (int i = 0; i < codes.size(); i += 1000) {
            for (Fagkode f : em.createQuery("SELECT f FROM Fagkode f WHERE f.code IN :codes", Fagkode.class)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 1000))).getResultList()) {
                f.getVurderingsordning().stream().filter(a -> Assessment.ELEV.equals(a.candidate())).findFirst()
                        .ifPresent(a -> result.put(f.getCode(), a.standpunkt()));
            }
        }
        return result;
    }

    /** Fagkoder whose code or title contains the text, published ones first; at most {@code max}. */
    public List<Subject> search(String text, Locale locale, int max) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.length() < 2) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT f FROM Fagkode f WHERE LOWER(f.code) LIKE :q ESCAPE '\\'"
                        + " OR LOWER(f.titles.nb) LIKE :q ESCAPE '\\' OR LOWER(f.titles.byDefault) LIKE :q ESCAPE '\\'"
                        + " ORDER BY f.code", Fagkode.class)
                .setParameter("q", like).setMaxResults(Math.max(1, Math.min(max, 200))).getResultList().stream()
                .map(f -> new Subject(f.getCode(), f.title(locale), f.expiredOn(Today.inNorway())))
                .sorted(Comparator.comparing(Subject::expired)).toList();
    }

    /**
     * The curriculum of a fagkode: fagkode → opplæringsfag → læreplan (its current revision) →
     * the kompetansemålsett after that opplæringsfag (or, where a set names none, for its årstrinn).
     */
    public Optional<Curriculum> curriculum(String fagkode, Locale locale) {
        List<Fagkode> found = em.createQuery("SELECT f FROM Fagkode f WHERE f.code = :code", Fagkode.class)
                .setParameter("code", fagkode).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fagkode f = found.get(0);
        var today = Today.inNorway();
        Set<String> subjects = new LinkedHashSet<>(f.getOpplaeringsfag());
        subjects.addAll(em.createQuery("SELECT o.code FROM Opplaeringsfag o JOIN o.fagkoder k WHERE k = :code", String.class)
                .setParameter("code", fagkode).getResultList());
        List<Opplaeringsfag> candidates = subjects.isEmpty() ? List.of()
                : em.createQuery("SELECT o FROM Opplaeringsfag o WHERE o.code IN :codes", Opplaeringsfag.class)
                .setParameter("codes", subjects).getResultList().stream()
                .sorted(Comparator.comparing((Opplaeringsfag o) -> o.expiredOn(today)).thenComparing(Opplaeringsfag::getCode))
                .toList();
        Opplaeringsfag subject = candidates.stream().filter(o -> o.getLaereplan() != null).findFirst().orElse(null);
        Plan plan = null;
        List<AimSet> sets = new ArrayList<>();
        if (subject != null) {
            Map<String, String> replacements = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT l.code, l.replacedBy FROM Laereplan l WHERE l.replacedBy IS NOT NULL",
                    Object[].class).getResultList()) {
                replacements.put((String) row[0], (String) row[1]);
            }
            String named = subject.getLaereplan();
            String current = PlanRevisions.current(named, replacements);
            Laereplan l = em.createQuery("SELECT l FROM Laereplan l WHERE l.code = :code", Laereplan.class)
                    .setParameter("code", current).getResultList().stream().findFirst().orElse(null);
            plan = new Plan(current, l == null ? current : l.title(locale), l == null || l.expiredOn(today),
                    current.equals(named) ? null : named);
            sets = aimSets(current, candidates.stream().map(Opplaeringsfag::getCode).collect(Collectors.toSet()),
                    subject.getAarstrinn(), locale);
        }
        return Optional.of(new Curriculum(f.getCode(), f.title(locale), f.expiredOn(today), f.getVurderingsordning(), plan, sets));
    }

    private List<AimSet> aimSets(String plan, Set<String> subjects, Set<String> levels, Locale locale) {
        List<Kompetansemaalsett> all = em.createQuery("SELECT s FROM Kompetansemaalsett s WHERE s.laereplan = :plan"
                + " ORDER BY s.code", Kompetansemaalsett.class).setParameter("plan", plan).getResultList();
        List<Kompetansemaalsett> after = all.stream().filter(s -> s.getEtterFag().stream().anyMatch(subjects::contains)).toList();
        if (after.isEmpty()) {
            after = all.stream().filter(s -> s.getEtterFag().isEmpty() && s.getAarstrinn().stream().anyMatch(levels::contains))
                    .toList();
        }
        Set<String> codes = after.stream().flatMap(s -> s.getKompetansemaal().stream()).collect(Collectors.toSet());
        Map<String, Kompetansemaal> aims = codes.isEmpty() ? Map.of()
                : em.createQuery("SELECT k FROM Kompetansemaal k WHERE k.code IN :codes", Kompetansemaal.class)
                .setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.toMap(Kompetansemaal::getCode, Function.identity()));
        List<AimSet> sets = new ArrayList<>();
        for (Kompetansemaalsett s : after) {
            List<Aim> list = s.getKompetansemaal().stream().filter(aims::containsKey)
                    .map(c -> new Aim(c, aims.get(c).title(locale))).toList();
            sets.add(new AimSet(s.getCode(), s.title(locale), list));
        }
        return sets;
    }
}
