package no.vis.guardianship;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A phone number or e-mail address, with its source and when it was set. Never logged. */
public record ContactDetail(String value, ContactSource source, OffsetDateTime setAt) implements Serializable {

    @Override
    public String toString() {
        return "ContactDetail[" + source + ", …]";
    }
}
