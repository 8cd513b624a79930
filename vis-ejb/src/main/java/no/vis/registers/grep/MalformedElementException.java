package no.vis.registers.grep;

/** A Grep element VIS cannot read without guessing; the message says what is wrong (never personal data: Grep has none). */
public class MalformedElementException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedElementException(String message) {
        super(message);
    }
}
