package no.vis.registers.freg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What freg-import, freg-delta and enrolment (import and by hand) read from Folkeregisteret before
 * applying it: the pupils (bulk calls of up to 1000), then every responsible adult they name and
 * any other adults asked for (guardians an event named) — new ones are created, known ones brought
 * up to date ({@link FregImportService#apply}).
 */
public record FregReads(Map<String, FregClient.Lookup> pupils, Map<String, FregClient.Lookup> adults) {

    public static FregReads of(FregClient freg, List<FregImportService.PupilRef> pupils, Collection<String> otherAdults) {
        return ofNumbers(freg, pupils.stream().map(FregImportService.PupilRef::fodselsnummer).toList(), otherAdults);
    }

    /** As {@link #of}, for pupils VIS does not have yet (by their numbers). */
    public static FregReads ofNumbers(FregClient freg, List<String> pupils, Collection<String> otherAdults) {
        Map<String, FregClient.Lookup> pupilLookups = lookUp(freg, pupils);
        Set<String> adults = new LinkedHashSet<>();
        for (FregClient.Lookup l : pupilLookups.values()) {
            if (l.person() != null) {
                for (FregPerson.Responsibility r : l.person().responsibilities()) {
                    if (r.responsible() != null) {
                        adults.add(r.responsible());
                    }
                }
            }
        }
        adults.addAll(otherAdults);
        return new FregReads(pupilLookups, lookUp(freg, new ArrayList<>(adults)));
    }

    /** The persons with these numbers, by the number asked (bulk calls of up to 1000). */
    public static Map<String, FregClient.Lookup> lookUp(FregClient freg, List<String> ids) {
        Map<String, FregClient.Lookup> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += FregClient.MAX_IDS) {
            for (FregClient.Lookup l : freg.bulkLookup(ids.subList(from, Math.min(ids.size(), from + FregClient.MAX_IDS)))) {
                found.put(l.requested(), l);
            }
        }
        return found;
    }
}
