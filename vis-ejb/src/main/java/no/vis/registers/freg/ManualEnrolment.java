package no.vis.registers.freg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import no.vis.access.Role.Names;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.enrolment.EnrolmentService;
import no.vis.enrolment.NewEnrolmentForm;
import no.vis.enrolment.PersonFacts;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.registers.RegisterException;

/**
 * The office enrols a pupil by hand with Folkeregisteret's facts: the form is checked first (with
 * the office's identity: its own schools only), then the register is read for that one number —
 * name, birth date, address with its protection and the responsible adults — and shown before
 * saving; saving reads the register again and writes the pupil, the enrolment, the placement and
 * the guardians in one transaction, the guardians through freg-import's own code
 * ({@link FregImportService#apply}), so guardians can log in on the first school day.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class ManualEnrolment {

    static final String PURPOSE = "enrolment";

    @Inject
    EnrolmentService enrolment;

    @Inject
    EnrolmentRegisterClient register;

    /**
     * What the register says, for the office to confirm. The address is left out when it is
     * protected (only its protection level is shown), as on the pupil card.
     */
    public record Preview(String givenName, String middleName, String familyName, LocalDate birthDate, Address address,
                          AddressProtection protection, int responsibleAdults) implements Serializable {

        @Override
        public String toString() {
            return "Preview[…]";
        }
    }

    /** What saving did: the pupil's id and how many guardians the register gave. */
    public record Enrolled(long pupilId, int guardiansStarted) implements Serializable {
    }

    /**
     * @throws InvalidInputException field by field, also {@code fodselsnummer} {@code enrolment.fnr.notInRegister}
     * @throws BusinessException {@code enrolment.register.unavailable} when the register cannot answer
     */
    public Preview preview(NewEnrolmentForm form) {
        Fodselsnummer fnr = enrolment.checkNew(form);
        FregPerson person = person(fnr, read(fnr));
        AddressProtection protection = person.address().protection();
        return new Preview(person.name().givenName(), person.name().middleName(), person.name().familyName(),
                person.birthDate(), protection == AddressProtection.UGRADERT ? person.address() : null, protection,
                (int) person.responsibilities().stream().filter(r -> r.responsible() != null).count());
    }

    /** Enrols the pupil with the register's facts and guardians; all or nothing. */
    public Enrolled enrol(NewEnrolmentForm form) {
        Fodselsnummer fnr = enrolment.checkNew(form);
        FregReads read = read(fnr);
        FregPerson person = person(fnr, read);
        long pupilId = enrolment.enrol(form, new PersonFacts(person.name(), person.birthDate(), person.address()));
        FregImportService.Changes changes = register.applyGuardians(pupilId, fnr.value(), read,
                no.vis.common.Today.inNorway(), PURPOSE);
        return new Enrolled(pupilId, changes.guardianshipsStarted());
    }

    private FregReads read(Fodselsnummer fnr) {
        try {
            return register.read(fnr.value());
        } catch (jakarta.ejb.EJBException e) {
            // the register failed for good (after its retries): a system exception of the reading bean
            if (e.getCause() instanceof RegisterException) {
                throw new BusinessException("enrolment.register.unavailable");
            }
            throw e;
        }
    }

    private static FregPerson person(Fodselsnummer fnr, FregReads read) {
        FregClient.Lookup lookup = read.pupils().get(fnr.value());
        if (lookup == null || lookup.person() == null || lookup.person().status() == FregPerson.PersonStatus.OPPHOERT
                || lookup.person().isDead() || !lookup.person().identity().equals(fnr.value())) {
            throw new InvalidInputException(Map.of("fodselsnummer", "enrolment.fnr.notInRegister"));
        }
        return lookup.person();
    }
}
