package no.vis.people;

import no.vis.common.BusinessException;

/** A text that is not an acceptable phone number. The message never contains the text itself. */
public class InvalidPhoneNumberException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final PhoneNumber.Problem problem;

    public InvalidPhoneNumberException(PhoneNumber.Problem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public PhoneNumber.Problem problem() {
        return problem;
    }
}
