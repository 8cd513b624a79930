package no.vis.curriculum;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which LK20 plan supersedes which. Grep says so with {@code erstattes-av} — but not always: NOR01-07
 * was replaced by NOR01-08 with neither an {@code erstattes-av} nor a {@code gyldig-til}. So a plan
 * {@code ABCnn-rr} is also superseded by the highest published revision {@code ABCnn-RR} with
 * {@code RR > rr} (the same plan, revised). Grep's own {@code erstattes-av} wins where it is given.
 */
public final class PlanRevisions {

    /** LK20 plan codes: three letters, two digits, a dash, the revision (NOR01-08). */
    private static final Pattern LK20 = Pattern.compile("([A-Z]{3}\\d{2})-(\\d{2})");

    /** What the rule needs of a plan: its code, whether it is published, and Grep's erstattes-av (or null). */
    public record Plan(String code, boolean published, String grepReplacedBy) {
    }

    private PlanRevisions() {
    }

    /** Plan code → the plan that supersedes it, for every superseded plan. */
    public static Map<String, String> replacements(Collection<Plan> plans) {
        Map<String, Plan> latest = new HashMap<>();
        for (Plan p : plans) {
            Matcher m = LK20.matcher(p.code());
            if (p.published() && m.matches()) {
                latest.merge(m.group(1), p, (a, b) -> revision(a.code()) >= revision(b.code()) ? a : b);
            }
        }
        Map<String, String> replaced = new HashMap<>();
        for (Plan p : plans) {
            if (p.grepReplacedBy() != null && !p.grepReplacedBy().isBlank() && !p.grepReplacedBy().equals(p.code())) {
                replaced.put(p.code(), p.grepReplacedBy());
                continue;
            }
            Matcher m = LK20.matcher(p.code());
            if (m.matches()) {
                Plan newest = latest.get(m.group(1));
                if (newest != null && revision(newest.code()) > revision(p.code())) {
                    replaced.put(p.code(), newest.code());
                }
            }
        }
        return replaced;
    }

    /** The current revision of a plan: follows the replacements (at most a few steps; a loop stops). */
    public static String current(String plan, Map<String, String> replacements) {
        String current = plan;
        for (int i = 0; i < 10 && replacements.containsKey(current); i++) {
            current = replacements.get(current);
        }
        return current;
    }

    private static int revision(String code) {
        return Integer.parseInt(code.substring(code.length() - 2));
    }
}
