package no.vis.registers.freg;

/** A register record VIS cannot use (no identity, no name, an impossible date…): skipped and reported, never guessed. */
public class MalformedRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRecordException(String reason) {
        super(reason);
    }
}
