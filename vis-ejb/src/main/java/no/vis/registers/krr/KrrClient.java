package no.vis.registers.krr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.registers.AccessTokens;
import no.vis.registers.RegisterException;
import no.vis.registers.RegisterHttp;

/**
 * KRR's lookup service ({@code POST …/rest/v1/personer}, 1–1000 identity numbers): status,
 * reservation, notification status and contact details with their timestamps, read leniently
 * ({@code 2023-06-29T10:14:52+02}, with or without seconds, fractions, offset minutes or {@code Z}).
 * A person KRR does not return is not registered.
 */
public final class KrrClient {

    public static final int MAX_IDS = 1000;

    /** Base URL (…/rest), timeouts and retries. */
    public record Settings(URI baseUrl, Duration timeout, int maxAttempts, Duration backoff) {
    }

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.OFFSET_SECONDS, 3600)
            .toFormatter(Locale.ROOT);

    private final Settings settings;
    private final RegisterHttp http;

    public KrrClient(Settings settings, AccessTokens tokens, HttpClient http) {
        this.settings = settings;
        this.http = new RegisterHttp("KRR", new RegisterHttp.Settings(settings.timeout(), settings.maxAttempts(),
                settings.backoff(), false), tokens, http);
    }

    /** The persons KRR knows, by identity number (absent: not registered). */
    public Map<String, KrrPerson> lookup(List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids per call");
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        ids.forEach(numbers::add);
        String answer = http.post(URI.create(settings.baseUrl() + "/v1/personer"),
                Json.createObjectBuilder().add("personidentifikatorer", numbers).build().toString());
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(answer)).readObject();
        } catch (JsonParsingException e) {
            throw new RegisterException("KRR answered with malformed JSON", 200, null);
        }
        Map<String, KrrPerson> persons = new HashMap<>();
        for (JsonValue v : json.getJsonArray("personer") == null ? List.<JsonValue>of() : json.getJsonArray("personer")) {
            if (v instanceof JsonObject p && text(p, "personidentifikator") != null) {
                persons.put(text(p, "personidentifikator"), parse(p));
            }
        }
        return persons;
    }

    static KrrPerson parse(JsonObject p) {
        KrrPerson.Status status;
        try {
            status = KrrPerson.Status.valueOf(String.valueOf(text(p, "status")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            status = KrrPerson.Status.UNKNOWN;
        }
        JsonObject contact = p.get("kontaktinformasjon") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        boolean deliversContact = status == KrrPerson.Status.AKTIV; // never for SLETTET / IKKE_REGISTRERT
        return new KrrPerson(text(p, "personidentifikator"), status, "JA".equalsIgnoreCase(text(p, "reservasjon")),
                "KAN_VARSLES".equalsIgnoreCase(text(p, "varslingsstatus")),
                deliversContact ? text(contact, "epostadresse") : null, time(text(contact, "epostadresse_oppdatert")),
                time(text(contact, "epostadresse_sist_verifisert")),
                deliversContact ? text(contact, "mobiltelefonnummer") : null, time(text(contact, "mobiltelefonnummer_oppdatert")),
                time(text(contact, "mobiltelefonnummer_sist_verifisert")));
    }

    /** A KRR timestamp, leniently; null when missing or unreadable (then the detail counts as not recent). */
    static OffsetDateTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), LENIENT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

}
