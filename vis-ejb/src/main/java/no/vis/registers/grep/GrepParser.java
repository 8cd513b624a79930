package no.vis.registers.grep;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.curriculum.Assessment;
import no.vis.curriculum.Titles;

/**
 * Reads Grep's JSON (REST API v201906) into {@link GrepElement}s, leniently: unknown properties are
 * ignored, unknown words (a status, an exam form) are kept as they are, but an element that lacks
 * what VIS needs — a code, a title, a status — or that has a reference without a code, a date that
 * is not a date or a vurderingsordning without its candidate is reported as malformed, never guessed.
 *
 * <p>The shapes relied on (Utdanningsdirektoratet/KL06-LK20-public wiki: "REST (json)",
 * "type_fagkode", "property_fagkode-referanser", "property_etter-fag", "property_benyttes-sammen-med";
 * vtfk/azf-grep-api; confirmed where the wiki gives a JSON example):
 * <ul>
 * <li>every element and list entry: {@code kode}, {@code tittel} — an array of
 *     {@code {"spraak": "…/nob" | "default", "verdi": "…"}} (the language is the last segment of
 *     {@code spraak}; LK20 texts may come as {@code {"tekst": [ … ]}}, a plain string is taken as the
 *     default text), {@code status} ({@code https://data.udir.no/kl06/v201906/status/status_publisert}
 *     or {@code …status_utgaatt}), {@code sist-endret}, and validity either as {@code gyldig-fra}/
 *     {@code gyldig-til} or inside {@code gyldighet};</li>
 * <li>a reference: an object with {@code kode} (also {@code uri}, {@code url-data}, {@code tittel}
 *     as a plain string, {@code gyldighet}, {@code status}), alone or in an array;</li>
 * <li>fagkoder: {@code opplaeringsfag} (references) and {@code vurderingsordning}: an array of objects,
 *     one per candidate — <em>unconfirmed in detail</em>: the candidate in {@code vurderingsordning-for}
 *     (or {@code gjelder}/{@code kandidat}; a word or a reference whose code contains {@code elev} or
 *     {@code privatist}), {@code standpunktvurdering} (boolean) and {@code eksamensordninger}: objects
 *     with {@code eksamensform} ({@code eksamensform_skriftlig}, {@code …_muntlig},
 *     {@code …_muntlig_praktisk}, {@code …_praktisk}) and {@code oppgave} ({@code oppgave_sentralgitt},
 *     {@code oppgave_lokalgitt});</li>
 * <li>opplaeringsfag: {@code fagkode-referanser}, {@code laereplan-referanse},
 *     {@code programomraader-referanse}, {@code for-aarstrinn};</li>
 * <li>laereplaner-lk20: {@code erstattes-av};</li>
 * <li>kompetansemaalsett-lk20: {@code etter-fag} (opplæringsfag), {@code tilhoerer-laereplan}
 *     (unconfirmed name; also {@code laereplan-referanse}), {@code kompetansemaal} (in order),
 *     {@code etter-aarstrinn} (unconfirmed; also {@code for-aarstrinn}, {@code benyttes-paa-aarstrinn});</li>
 * <li>kompetansemaal-lk20: the text is the {@code tittel};</li>
 * <li>programomraader: {@code utdanningsprogram-referanse}, {@code aarstrinn}.</li>
 * </ul>
 */
public final class GrepParser {

    private static final int CODE_MAX = 40;

    /** VIS's name for a reference → the Grep properties it is read from, per type. */
    private static final Map<GrepType, Map<String, List<String>>> REFS = Map.of(
            GrepType.FAGKODER, Map.of("opplaeringsfag", List.of("opplaeringsfag")),
            GrepType.OPPLAERINGSFAG, Map.of("fagkoder", List.of("fagkode-referanser"), "laereplan", List.of("laereplan-referanse"),
                    "programomraader", List.of("programomraader-referanse"), "aarstrinn", List.of("for-aarstrinn")),
            GrepType.LAEREPLANER, Map.of("erstattes-av", List.of("erstattes-av")),
            GrepType.KOMPETANSEMAALSETT, Map.of("etter-fag", List.of("etter-fag"),
                    "laereplan", List.of("tilhoerer-laereplan", "laereplan-referanse"), "kompetansemaal", List.of("kompetansemaal"),
                    "aarstrinn", List.of("etter-aarstrinn", "for-aarstrinn", "benyttes-paa-aarstrinn")),
            GrepType.KOMPETANSEMAAL, Map.of(),
            GrepType.PROGRAMOMRAADER, Map.of("utdanningsprogram", List.of("utdanningsprogram-referanse"), "aarstrinn", List.of("aarstrinn")),
            GrepType.UTDANNINGSPROGRAM, Map.of());

    private GrepParser() {
    }

    /** A whole element (an item answer, or a list entry that carries all VIS keeps). */
    public static GrepElement parse(GrepType type, JsonValue value) throws MalformedElementException {
        if (!(value instanceof JsonObject json)) {
            throw new MalformedElementException("not a JSON object");
        }
        String code = code(json);
        Titles titles = titles(json.get("tittel"));
        if (titles == null) {
            throw new MalformedElementException("no title");
        }
        String status = status(json.get("status"));
        if (status == null) {
            throw new MalformedElementException("no status");
        }
        JsonObject validity = json.get("gyldighet") instanceof JsonObject g ? g : json;
        LocalDate from = date(validity.get("gyldig-fra"), "gyldig-fra");
        LocalDate to = date(validity.get("gyldig-til"), "gyldig-til");
        String changed = json.get("sist-endret") instanceof JsonString s ? s.getString() : null;
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (var e : REFS.get(type).entrySet()) {
            for (String property : e.getValue()) {
                if (json.containsKey(property) && json.get(property).getValueType() != JsonValue.ValueType.NULL) {
                    List<String> codes = references(json.get(property), property);
                    if (e.getKey().equals("aarstrinn")) {
                        codes = codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
                    }
                    refs.put(e.getKey(), codes);
                    break;
                }
            }
        }
        List<Assessment> assessments = type == GrepType.FAGKODER ? assessments(json.get("vurderingsordning")) : List.of();
        return new GrepElement(type, code, titles, status, from, to, changed, refs, assessments);
    }

    /** The code of an element or list entry. */
    public static String code(JsonObject json) throws MalformedElementException {
        if (!(json.get("kode") instanceof JsonString s) || s.getString().isBlank()) {
            throw new MalformedElementException("no kode");
        }
        String code = s.getString().strip();
        if (code.length() > CODE_MAX || !code.matches("[A-Za-z0-9_.-]+")) {
            throw new MalformedElementException("kode is not a Grep code");
        }
        return code;
    }

    /** Grep's status word: {@code publisert}, {@code utgaatt} … (the URI's last segment without {@code status_}). */
    static String status(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString() : value instanceof JsonObject o && o.get("uri") instanceof JsonString u
                ? u.getString() : null;
        if (text == null || text.isBlank()) {
            return null;
        }
        String tail = tail(text).toLowerCase(Locale.ROOT);
        tail = tail.startsWith("status_") ? tail.substring("status_".length()) : tail;
        return tail.isEmpty() || tail.length() > 40 ? null : tail;
    }

    static Titles titles(JsonValue value) throws MalformedElementException {
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : new Titles(s.getString(), null, null, null);
        }
        if (value instanceof JsonObject o && o.containsKey("tekst")) {
            return titles(o.get("tekst"));
        }
        if (!(value instanceof JsonArray texts)) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (JsonValue v : texts) {
            if (!(v instanceof JsonObject t) || !(t.get("verdi") instanceof JsonString verdi)) {
                throw new MalformedElementException("a title without verdi");
            }
            String language = t.get("spraak") instanceof JsonString sp ? tail(sp.getString()).toLowerCase(Locale.ROOT) : "default";
            byLanguage.putIfAbsent(language, verdi.getString());
        }
        if (byLanguage.values().stream().allMatch(String::isBlank)) {
            return null;
        }
        return new Titles(byLanguage.get("default"), byLanguage.get("nob"), byLanguage.get("nno"), byLanguage.get("eng"));
    }

    private static List<String> references(JsonValue value, String property) throws MalformedElementException {
        List<String> codes = new ArrayList<>();
        if (value instanceof JsonObject o) {
            codes.add(reference(o, property));
        } else if (value instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (!(v instanceof JsonObject o)) {
                    throw new MalformedElementException(property + ": a reference that is not an object");
                }
                codes.add(reference(o, property));
            }
        } else {
            throw new MalformedElementException(property + ": not a reference");
        }
        return codes;
    }

    private static String reference(JsonObject o, String property) throws MalformedElementException {
        try {
            return code(o);
        } catch (MalformedElementException e) {
            throw new MalformedElementException(property + ": a reference without kode");
        }
    }

    private static LocalDate date(JsonValue value, String property) throws MalformedElementException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().length() < 10) {
            throw new MalformedElementException(property + " is not a date");
        }
        try {
            return LocalDate.parse(s.getString().substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new MalformedElementException(property + " is not a date");
        }
    }

    private static List<Assessment> assessments(JsonValue value) throws MalformedElementException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new MalformedElementException("vurderingsordning is not an array");
        }
        List<Assessment> result = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject o)) {
                throw new MalformedElementException("vurderingsordning: not an object");
            }
            String candidate = null;
            for (String key : List.of("vurderingsordning-for", "gjelder", "kandidat")) {
                String word = word(o.get(key));
                if (word != null) {
                    candidate = word.contains("privatist") ? Assessment.PRIVATIST : word.contains("elev") ? Assessment.ELEV : null;
                    break;
                }
            }
            if (candidate == null) {
                throw new MalformedElementException("vurderingsordning without elev or privatist");
            }
            boolean standpunkt = bool(o.get("standpunktvurdering")) || bool(o.get("standpunkt"));
            JsonValue exams = o.containsKey("eksamensordninger") ? o.get("eksamensordninger") : o.get("eksamen");
            boolean any = false;
            if (exams instanceof JsonArray list) {
                for (JsonValue e : list) {
                    if (!(e instanceof JsonObject exam)) {
                        throw new MalformedElementException("eksamensordninger: not an object");
                    }
                    String form = examForm(word(exam.get("eksamensform")));
                    if (form == null) {
                        throw new MalformedElementException("an exam without eksamensform");
                    }
                    String set = word(exam.containsKey("oppgave") ? exam.get("oppgave") : exam.get("eksamensordning"));
                    String setBy = set == null ? null : set.contains("sentral") ? "SENTRAL" : set.contains("lokal") ? "LOKAL" : null;
                    result.add(new Assessment(candidate, standpunkt, form, setBy));
                    any = true;
                }
            }
            if (!any) {
                result.add(new Assessment(candidate, standpunkt, null, null));
            }
        }
        return result;
    }

    private static String examForm(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String w = word.replace('-', '_');
        w = w.startsWith("eksamensform_") ? w.substring("eksamensform_".length()) : w;
        return switch (w) {
            case "skriftlig" -> "SKRIFTLIG";
            case "muntlig" -> "MUNTLIG";
            case "muntlig_praktisk" -> "MUNTLIG_PRAKTISK";
            case "praktisk" -> "PRAKTISK";
            default -> w.length() > 40 ? w.substring(0, 40) : w; // a form VIS does not know: kept as Grep says it
        };
    }

    /** A word from a string or a reference's {@code kode}/{@code uri}, lower case. */
    private static String word(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString()
                : value instanceof JsonObject o ? (o.get("kode") instanceof JsonString k ? k.getString()
                : o.get("uri") instanceof JsonString u ? tail(u.getString()) : null) : null;
        return text == null ? null : tail(text).toLowerCase(Locale.ROOT);
    }

    private static boolean bool(JsonValue value) {
        return value == JsonValue.TRUE || value instanceof JsonString s && s.getString().equalsIgnoreCase("true")
                || value instanceof JsonNumber n && n.intValue() == 1;
    }

    private static String tail(String text) {
        String t = text.strip();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }
}
