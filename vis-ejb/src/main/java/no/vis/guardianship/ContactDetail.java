package no.vis.guardianship;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A phone number or e-mail address, with its source and when it was set. Never logged. */
public record ContactDetail(String value, ContactSource source, OffsetDateTime setAt) implements Serializable {

    /** The value to be read: a Norwegian phone number grouped ({@code +47 412 34 567}), anything else as stored. */
    public String shown() {
        return no.vis.people.PhoneNumber.display(value);
    }

    @Override
    public String toString() {
        return "ContactDetail[" + source + ", …]";
    }
}
