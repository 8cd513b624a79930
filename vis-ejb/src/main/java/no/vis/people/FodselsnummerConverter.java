package no.vis.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Fodselsnummer} as its 11 digits. Stored numbers were validated when they
 * entered VIS under the policy of that environment, so they are read back with synthetic
 * numbers allowed.
 */
@Converter(autoApply = true)
public class FodselsnummerConverter implements AttributeConverter<Fodselsnummer, String> {

    @Override
    public String convertToDatabaseColumn(Fodselsnummer fnr) {
        return fnr == null ? null : fnr.value();
    }

    @Override
    public Fodselsnummer convertToEntityAttribute(String digits) {
        return digits == null ? null : Fodselsnummer.parse(digits, true);
    }
}
