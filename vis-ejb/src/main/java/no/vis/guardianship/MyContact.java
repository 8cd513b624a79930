package no.vis.guardianship;

import java.io.Serializable;

/** A guardian's own contact details as they see them: the mobile number grouped to be read, and the e-mail address. */
public record MyContact(String mobile, String email) implements Serializable {

    @Override
    public String toString() {
        return "MyContact[…]";
    }
}
