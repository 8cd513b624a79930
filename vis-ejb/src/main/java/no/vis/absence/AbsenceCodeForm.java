package no.vis.absence;

import java.io.Serializable;
import java.time.LocalDate;

/** A new absence code as the county administrator (or a standard set) gives it. */
public record AbsenceCodeForm(String code, String nameNb, String nameNn, String nameEn, boolean countsTowardLimit,
                              boolean onDiploma, boolean affectsOrden, boolean presence, boolean dayLevel,
                              Documentation documentation, LocalDate validFrom, LocalDate validTo, int sortOrder)
        implements Serializable {
}
