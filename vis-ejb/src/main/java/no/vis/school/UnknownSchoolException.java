package no.vis.school;

import no.vis.common.BusinessException;

/** A school id that does not exist (a stale link, or a tampered request). */
public class UnknownSchoolException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSchoolException() {
        super("school.unknown");
    }
}
