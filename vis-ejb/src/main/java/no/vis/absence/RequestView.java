package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;

/** A request as a page shows it: whose (for the contact teacher), the absence it is about, what is asked, its state. */
public record RequestView(long id, long pupilId, String pupilName, LocalDate day, String subject, String entry, RequestKind kind,
                          AbsenceRequest.Status status, AbsenceRequest.Rejection rejection) implements Serializable {

    public boolean isOpen() {
        return status == AbsenceRequest.Status.SENT;
    }

    @Override
    public String toString() {
        return "RequestView[" + id + "]";
    }
}
