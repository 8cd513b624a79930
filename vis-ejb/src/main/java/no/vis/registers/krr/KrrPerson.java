package no.vis.registers.krr;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A person in Kontakt- og reservasjonsregisteret: registered or not, reserved against digital
 * communication or not, and the contact details with when each was last updated and verified.
 */
public record KrrPerson(String identity, Status status, boolean reserved, boolean notifiable, String email,
                        OffsetDateTime emailUpdated, OffsetDateTime emailVerified, String mobile, OffsetDateTime mobileUpdated,
                        OffsetDateTime mobileVerified) implements Serializable {

    /** KRR's {@code status}; UNKNOWN for a value VIS does not know. */
    public enum Status {
        AKTIV, SLETTET, IKKE_REGISTRERT, UNKNOWN
    }

    /** Months after which contact details neither updated nor verified may not be used (eForvaltningsforskriften § 32). */
    public static final int MONTHS_VALID = 18;

    /** Whether VIS may take contact details from KRR at all: registered and not reserved. */
    public boolean usable() {
        return status == Status.AKTIV && !reserved;
    }

    public boolean emailUsableOn(OffsetDateTime now) {
        return usable() && email != null && recent(emailUpdated, emailVerified, now);
    }

    public boolean mobileUsableOn(OffsetDateTime now) {
        return usable() && mobile != null && recent(mobileUpdated, mobileVerified, now);
    }

    private static boolean recent(OffsetDateTime updated, OffsetDateTime verified, OffsetDateTime now) {
        OffsetDateTime limit = now.minusMonths(MONTHS_VALID);
        return (updated != null && updated.isAfter(limit)) || (verified != null && verified.isAfter(limit));
    }

    @Override
    public String toString() {
        return "KrrPerson[" + status + (reserved ? ", reserved" : "") + "]"; // never the details
    }
}
