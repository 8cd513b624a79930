package no.vis.common;

import jakarta.ejb.ApplicationException;

/**
 * A failure the user can act on. Carries a message key of the VIS resource bundle (and its
 * arguments) instead of text, so each page shows it in the user's language. Rolls back the
 * transaction it is thrown in.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
