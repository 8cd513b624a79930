package no.vis.people;

import no.vis.common.BusinessException;

/** A text that is not an acceptable fødselsnummer. The message never contains the text itself. */
public class InvalidFodselsnummerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Fodselsnummer.Problem problem;

    public InvalidFodselsnummerException(Fodselsnummer.Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public Fodselsnummer.Problem problem() {
        return problem;
    }
}
