package no.vis.registers.freg;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.vis.guardianship.ParentalResponsibility;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.PersonName;

/**
 * Reads a {@code folkeregisterperson} leniently: only elements with {@code erGjeldende: true}
 * (an array without any such element counts as empty); unknown enum values and missing optional
 * fields are tolerated and noted; a record without identity, name or a valid birth date is
 * refused with the reason ({@link MalformedRecordException}). Never logs values.
 */
public final class FregPersonParser {

    private FregPersonParser() {
    }

    public static FregPerson parse(JsonObject person) {
        if (person == null) {
            throw new MalformedRecordException("no person document");
        }
        List<String> notes = new ArrayList<>();
        String identity = null;
        List<String> former = new ArrayList<>();
        for (JsonObject id : elements(person, "identifikasjonsnummer", false)) {
            String number = text(id, "foedselsEllerDNummer");
            if (number == null || !number.matches("\\d{11}")) {
                continue;
            }
            boolean current = id.getBoolean("erGjeldende", false) && !"opphoert".equals(text(id, "status"));
            if (current && identity == null) {
                identity = number;
            } else if (!number.equals(identity)) {
                former.add(number);
            }
        }
        if (identity == null) {
            throw new MalformedRecordException("no identity number in use");
        }
        former.remove(identity);

        JsonObject name = first(person, "navn");
        String given = name == null ? null : text(name, "fornavn");
        String family = name == null ? null : text(name, "etternavn");
        if (given == null || family == null) {
            throw new MalformedRecordException("no current name");
        }
        PersonName personName;
        try {
            personName = new PersonName(given, text(name, "mellomnavn"), family);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("name: " + e.getMessage());
        }

        JsonObject birth = first(person, "foedsel");
        LocalDate birthDate = date(birth == null ? null : text(birth, "foedselsdato"), "birth date");
        if (birthDate == null) {
            throw new MalformedRecordException("no birth date");
        }

        FregPerson.PersonStatus status = FregPerson.PersonStatus.UNKNOWN;
        JsonObject statusElement = first(person, "status");
        if (statusElement != null && text(statusElement, "status") != null) {
            status = enumValue(FregPerson.PersonStatus.class, camelToUpper(text(statusElement, "status")))
                    .orElse(FregPerson.PersonStatus.UNKNOWN);
            if (status == FregPerson.PersonStatus.UNKNOWN) {
                notes.add("unknown status value");
            }
        }
        LocalDate death = null;
        JsonObject deathElement = first(person, "doedsfall");
        if (deathElement != null) {
            death = date(text(deathElement, "doedsdato"), "death date");
        }

        Address address = address(person, notes);

        List<FregPerson.Responsibility> responsibilities = new ArrayList<>();
        for (JsonObject r : elements(person, "foreldreansvar", true)) {
            String ansvar = text(r, "ansvar");
            ParentalResponsibility value = ParentalResponsibility.fromRegister(ansvar).orElse(null);
            if (value == null) {
                notes.add("unknown ansvar value");
            }
            String responsible = text(r, "ansvarlig");
            if (responsible != null && !responsible.matches("\\d{11}")) {
                notes.add("ansvarlig is not an identity number");
                responsible = null;
            }
            responsibilities.add(new FregPerson.Responsibility(value, responsible, text(r, "ansvarssubjekt")));
        }
        return new FregPerson(identity, former, personName, birthDate, status, death, address, responsibilities, notes);
    }

    private static Address address(JsonObject person, List<String> notes) {
        AddressProtection protection = AddressProtection.UGRADERT;
        JsonObject shield = first(person, "adressebeskyttelse");
        if (shield != null) {
            protection = protection(text(shield, "graderingsnivaa"), notes);
        }
        JsonObject home = first(person, "bostedsadresse");
        if (home != null && text(home, "adressegradering") != null) {
            AddressProtection own = protection(text(home, "adressegradering"), notes);
            if (own.ordinal() > protection.ordinal()) {
                protection = own;
            }
        }
        if (protection == AddressProtection.STRENGT_FORTROLIG || home == null) {
            return new Address(null, null, null, protection); // strengt fortrolig: no address is ever given
        }
        JsonObject road = object(home, "vegadresse");
        JsonObject postal = road != null ? object(road, "poststed") : object(object(home, "matrikkeladresse"), "poststed");
        String street = null;
        if (road != null && text(road, "adressenavn") != null) {
            JsonObject number = object(road, "adressenummer");
            String house = number == null ? null : text(number, "husnummer");
            String letter = number == null ? null : text(number, "husbokstav");
            street = text(road, "adressenavn") + (house == null ? "" : " " + house + (letter == null ? "" : letter));
        }
        String postalCode = postal == null ? null : text(postal, "postnummer");
        if (postalCode != null && !postalCode.matches("\\d{4}")) {
            notes.add("postnummer is not four digits");
            postalCode = null;
        }
        String place = postal == null ? null : text(postal, "poststedsnavn");
        return new Address(truncate(street, Address.STREET_MAX), postalCode, truncate(place, Address.PLACE_MAX), protection);
    }

    private static AddressProtection protection(String value, List<String> notes) {
        if (value == null) {
            return AddressProtection.UGRADERT;
        }
        Optional<AddressProtection> p = enumValue(AddressProtection.class, camelToUpper(value));
        if (p.isEmpty()) {
            // an unknown level is treated as the strictest: a protected address must never leak
            notes.add("unknown address protection value: treated as strengt fortrolig");
            return AddressProtection.STRENGT_FORTROLIG;
        }
        return p.get();
    }

    /** The elements of a part: the current ones ({@code erGjeldende: true}), or all of them. */
    private static List<JsonObject> elements(JsonObject person, String part, boolean currentOnly) {
        JsonValue value = person.get(part);
        List<JsonObject> result = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o && (!currentOnly || o.getBoolean("erGjeldende", false))) {
                    result.add(o);
                }
            }
        } else if (value instanceof JsonObject single && (!currentOnly || single.getBoolean("erGjeldende", true))) {
            result.add(single); // a part (doedsfall) may come as one object
        }
        return result;
    }

    private static JsonObject first(JsonObject person, String part) {
        List<JsonObject> current = elements(person, part, true);
        return current.isEmpty() ? null : current.get(0);
    }

    private static JsonObject object(JsonObject o, String key) {
        return o != null && o.get(key) instanceof JsonObject inner ? inner : null;
    }

    private static String text(JsonObject o, String key) {
        if (o == null || !(o.get(key) instanceof JsonString s)) {
            return null;
        }
        String v = s.getString().strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(String value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("invalid " + what);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** {@code strengtFortrolig} → {@code STRENGT_FORTROLIG}, {@code ikkeBosatt} → {@code IKKE_BOSATT}. */
    static String camelToUpper(String value) {
        return value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
