package no.vis.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A guardian registered by the office, as typed: the fødselsnummer (or the choice that the guardian
 * refuses to give it), name, address, contact details, language, the reason for the guardianship
 * and the day it began. The service checks every field; the field names are the record's.
 */
public record NewGuardianForm(String fodselsnummer, boolean fodselsnummerRefused, String givenName, String middleName,
                              String familyName, String street, String postalCode, String postalPlace, String mobile,
                              String email, String language, String reason, LocalDate from) implements Serializable {

    @Override
    public String toString() {
        return "NewGuardianForm[…]"; // never personal data in logs
    }
}
