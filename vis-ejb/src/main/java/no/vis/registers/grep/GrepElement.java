package no.vis.registers.grep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.vis.curriculum.Assessment;
import no.vis.curriculum.Titles;

/**
 * One Grep element as VIS reads it: code, titles, status ({@code publisert}, {@code utgaatt}, or
 * whatever other word Grep uses, lower case), validity, Grep's {@code sist-endret}, the codes of the
 * elements it refers to by VIS's name for the reference (see {@link GrepParser}), and a fagkode's
 * vurderingsordning.
 */
public record GrepElement(GrepType type, String code, Titles titles, String status, LocalDate validFrom, LocalDate validTo,
                          String changed, Map<String, List<String>> refs, List<Assessment> assessments) {

    public GrepElement {
        refs = Map.copyOf(refs);
        assessments = List.copyOf(assessments);
    }

    /** The codes of one kind of reference, in Grep's order (empty when none). */
    public List<String> refs(String name) {
        return refs.getOrDefault(name, List.of());
    }

    /** The first code of a reference, or null. */
    public String ref(String name) {
        List<String> r = refs(name);
        return r.isEmpty() ? null : r.get(0);
    }

    /** A hash of everything VIS keeps but Grep's sist-endret: equal hashes, nothing to write. */
    public String fingerprint() {
        StringBuilder s = new StringBuilder().append(type).append('|').append(code).append('|').append(titles.byDefault())
                .append('|').append(titles.nb()).append('|').append(titles.nn()).append('|').append(titles.en()).append('|')
                .append(status).append('|').append(validFrom).append('|').append(validTo);
        new TreeMap<>(refs).forEach((k, v) -> s.append('|').append(k).append('=').append(String.join(",", v)));
        assessments.forEach(a -> s.append('|').append(a));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
