package no.vis.registers.freg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.vis.access.Role.Names;
import no.vis.registers.RegisterClients;

/**
 * Folkeregisteret for the office's enrolment by hand, as the {@code SYSTEM} role the register
 * clients demand: the register is read for one person at a time that the office is enrolling
 * (never a search), and the guardians applied through the same code as freg-import. Only
 * {@link ManualEnrolment} calls it, after the office's rights at the school have been checked
 * with the office's own identity. Named a client so that the architecture test keeps every page
 * away from it (pages never call register clients): a page reaches the register only through
 * {@link ManualEnrolment}'s checks.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
@RunAs(Names.SYSTEM)
public class EnrolmentRegisterClient {

    @Inject
    RegisterClients registers;

    @Inject
    FregImportService fregImport;

    /** The person and the responsible adults the register names. */
    public FregReads read(String fodselsnummer) {
        return FregReads.ofNumbers(registers.freg(), List.of(fodselsnummer), List.of());
    }

    /** The pupil's guardians from the register, as freg-import applies them (in the caller's transaction). */
    public FregImportService.Changes applyGuardians(long pupilId, String fodselsnummer, FregReads read, LocalDate today,
                                                    String purpose) {
        return fregImport.apply(List.of(new FregImportService.PupilRef(pupilId, fodselsnummer)), read.pupils(), read.adults(),
                today, 0, "enrolment", purpose);
    }
}
