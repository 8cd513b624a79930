package no.vis.access;

import java.util.Optional;

/**
 * The id VIS gives a logged-in person, and the caller principal's name in the EJBs:
 * {@code staff:12}, {@code pupil:7}, {@code guardian:3}. Pseudonymous (never a fødselsnummer), so
 * it may be logged.
 */
public enum VisUserId {
    STAFF("staff:"), PUPIL("pupil:"), GUARDIAN("guardian:");

    private final String prefix;

    VisUserId(String prefix) {
        this.prefix = prefix;
    }

    /** Who a caller is, for logs and "registered by": the VIS user id, or {@code system} for a job (no user). */
    public static String nameOf(java.security.Principal caller) {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || name.equals("anonymous") ? "system" : name;
    }

    /** The user id of the record with this database id. */
    public String of(long id) {
        return prefix + id;
    }

    /** The database id in a caller's name, when it is a user id of this kind. */
    public Optional<Long> idIn(String callerName) {
        if (callerName == null || !callerName.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(callerName.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
