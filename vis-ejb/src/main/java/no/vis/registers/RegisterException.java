package no.vis.registers;

/**
 * A register call that failed for good: the HTTP status, and the register's own error code and
 * message when it gave them (Folkeregisteret's {@code kode}/{@code melding}). Never carries
 * identity numbers.
 */
public class RegisterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public RegisterException(String message, int status, String code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** A register's own words with any 11-digit identity number masked, for messages that may reach a log or a screen. */
    public static String masked(String text) {
        return text == null ? null : text.replaceAll("\\d{11}", "***********");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
