package no.vis.web.security;

/** A login VIS refuses after the provider accepted it, with the message key of the reason. */
public class LoginRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The request attribute the error page reads the reason from. */
    public static final String REASON = "vis.loginRefused";

    private final String messageKey;

    public LoginRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
