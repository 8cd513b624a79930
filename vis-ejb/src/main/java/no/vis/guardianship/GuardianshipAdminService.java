package no.vis.guardianship;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.access.VisUserId;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Texts;
import no.vis.people.Address;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.InvalidPhoneNumberException;
import no.vis.people.PersonName;
import no.vis.people.PhoneNumber;
import no.vis.people.Pupil;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.SubjectKind;

/**
 * What the school office does with guardians: register one by hand (for a pupil of 18 or more with
 * consent, or on a basis outside Folkeregisteret), end a guardianship, register both consents for a
 * pupil of 18 or more, and revoke one. Only for pupils of the caller's schools; every field is
 * checked here (a page that forgets gets the same answer), every change logged, nothing half-written.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.COUNTY_ADMIN})
public class GuardianshipAdminService {

    static final String PURPOSE = "pupil-card-guardians";
    /** How long before the 18th birthday consents may be registered. */
    static final int CONSENT_DAYS_BEFORE_18 = 90;

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    VisSettings settings;

    @Inject
    AccessLog accessLog;

    /**
     * What a registration did: the new guardianship, and whether VIS already knew the person by the
     * fødselsnummer — then that record is linked as it is, and what the office typed for address
     * and contact details is not used (only where the record had nothing).
     */
    public record Registered(long guardianshipId, boolean existingPersonKept) implements java.io.Serializable {
    }

    /**
     * Registers a guardian by hand and the guardianship with the reason. A guardian VIS already knows
     * (by fødselsnummer) is reused without showing the office anything of the record: the typed
     * name must be that person's (else the same field error whether or not the number is known to
     * hold someone else's name cannot be told from a typing error), and address and contact details
     * are kept as VIS has them.
     *
     * @throws InvalidInputException field by field
     */
    public Registered registerGuardian(long pupilId, NewGuardianForm form) {
        Pupil pupil = pupilInScope(pupilId);
        LocalDate today = no.vis.common.Today.inNorway();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Fodselsnummer fnr = null;
        String number = Texts.blankToNull(form.fodselsnummer());
        if (form.fodselsnummerRefused()) {
            if (number != null) {
                errors.add("fodselsnummer", "guardian.fnr.refusedButGiven");
            }
        } else if (number == null) {
            errors.add("fodselsnummer", "guardian.fnr.required");
        } else {
            try {
                fnr = Fodselsnummer.parse(number, settings.allowSyntheticFodselsnummer());
                if (fnr.equals(pupil.getFodselsnummer())) {
                    errors.add("fodselsnummer", "guardian.fnr.isThePupil");
                }
            } catch (InvalidFodselsnummerException e) {
                errors.add("fodselsnummer", e.messageKey());
            }
        }
        String given = namePart(form.givenName(), "givenName", true, errors);
        String middle = namePart(form.middleName(), "middleName", false, errors);
        String family = namePart(form.familyName(), "familyName", true, errors);
        String street = text(form.street(), Address.STREET_MAX, "street", errors);
        String postalCode = Texts.blankToNull(form.postalCode());
        if (postalCode != null && !postalCode.matches("\\d{4}")) {
            errors.add("postalCode", "guardian.postalCode.invalid");
        }
        String postalPlace = text(form.postalPlace(), Address.PLACE_MAX, "postalPlace", errors);
        PhoneNumber mobile = null;
        if (Texts.blankToNull(form.mobile()) != null) {
            try {
                mobile = PhoneNumber.parseMobile(form.mobile());
            } catch (InvalidPhoneNumberException e) {
                errors.add("mobile", e.messageKey());
            }
        }
        String email = null;
        if (Texts.blankToNull(form.email()) != null) {
            email = ContactRules.email(form.email()).orElse(null);
            if (email == null) {
                errors.add("email", "guardian.email.invalid");
            }
        }
        Optional<Language> language = Language.ofCode(form.language());
        if (language.isEmpty()) {
            errors.add("language", "guardian.language.required");
        }
        String reason = Texts.blankToNull(form.reason());
        if (reason == null) {
            errors.add("reason", "guardian.reason.required");
        } else if (reason.length() > Guardianship.REASON_MAX) {
            errors.add("reason", "input.tooLong");
        }
        if (form.from() == null) {
            errors.add("from", "guardian.from.required");
        } else if (form.from().isAfter(today)) {
            errors.add("from", "input.date.future");
        } else if (form.from().isBefore(pupil.getBirthDate())) {
            errors.add("from", "guardian.from.beforeBirth");
        }
        errors.throwIfAny();

        Guardian guardian = fnr == null ? null : em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer = :fnr",
                Guardian.class).setParameter("fnr", fnr).getResultStream().findFirst().orElse(null);
        if (guardian != null && !sameName(guardian.getName(), given, family)) {
            // the number is someone else's: say only that number and name do not belong together
            throw new InvalidInputException(java.util.Map.of("fodselsnummer", "guardian.fnr.nameMismatch"));
        }
        boolean kept = guardian != null;
        if (guardian == null) {
            guardian = new Guardian(fnr, form.fodselsnummerRefused(), new PersonName(given, middle, family),
                    new Address(street, postalCode, postalPlace, pupil.getAddress().protection()));
            if (mobile != null) {
                guardian.setMobile(mobile, ContactSource.STAFF);
            }
            if (email != null) {
                guardian.setEmail(email, ContactSource.STAFF);
            }
            guardian.changePreferredLanguage(language.orElseThrow());
            em.persist(guardian);
        } else {
            boolean active = !em.createQuery("SELECT gs.id FROM Guardianship gs WHERE gs.guardian = :g AND gs.pupil = :s"
                            + " AND " + Guardianship.ACTIVE_ON_DAY, Long.class)
                    .setParameter("g", guardian).setParameter("s", pupil).setParameter("day", today)
                    .getResultList().isEmpty();
            if (active) {
                throw new InvalidInputException(java.util.Map.of("fodselsnummer", "guardian.alreadyGuardian"));
            }
            // contact details the record lacks are taken from the form; nothing the record has is replaced
            if (mobile != null && guardian.getMobile().isEmpty()) {
                guardian.setMobile(mobile, ContactSource.STAFF);
            }
            if (email != null && guardian.getEmail().isEmpty()) {
                guardian.setEmail(email, ContactSource.STAFF);
            }
            // the key (guardian, pupil, from) of an earlier, ended period: a new period needs another first day
            boolean sameStart = !em.createQuery("SELECT gs.id FROM Guardianship gs WHERE gs.guardian = :g AND gs.pupil = :s"
                            + " AND gs.activeFrom = :from", Long.class)
                    .setParameter("g", guardian).setParameter("s", pupil).setParameter("from", form.from())
                    .getResultList().isEmpty();
            if (sameStart) {
                throw new InvalidInputException(java.util.Map.of("from", "guardian.from.sameAsEnded"));
            }
        }
        Guardianship guardianship = Guardianship.manual(guardian, pupil, form.from(), reason, caller());
        em.persist(guardianship);
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.GUARDIANS, PURPOSE);
        accessLog.changed(SubjectKind.GUARDIAN, guardian.getId(), DataCategory.PERSONALIA, PURPOSE);
        return new Registered(guardianship.getId(), kept);
    }

    /** The same given and family name, whatever the case, accents or spacing (the register writes capitals). */
    static boolean sameName(PersonName name, String given, String family) {
        return comparable(name.givenName()).equals(comparable(given)) && comparable(name.familyName()).equals(comparable(family));
    }

    private static String comparable(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
    }

    /**
     * Ends a guardianship on a day (today or earlier, not before it began), with a note.
     *
     * @throws InvalidInputException for the day ({@code endOn}) or the note ({@code note})
     */
    public void endGuardianship(long guardianshipId, LocalDate endOn, String note) {
        Guardianship gs = em.find(Guardianship.class, guardianshipId);
        // one answer for an id that does not exist and one outside the caller's schools
        if (gs == null || !mayManage(gs.getPupil())) {
            accessLog.refused(SubjectKind.PUPIL, gs == null ? null : gs.getPupil().getId(), DataCategory.GUARDIANS, PURPOSE);
            throw new BusinessException("guardianship.unknown");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (endOn == null) {
            errors.add("endOn", "guardianship.end.required");
        } else if (endOn.isAfter(no.vis.common.Today.inNorway())) {
            errors.add("endOn", "input.date.future");
        } else if (endOn.isBefore(gs.getActiveFrom())) {
            errors.add("endOn", "guardianship.end.beforeStart");
        }
        String text = Texts.blankToNull(note);
        if (text == null) {
            errors.add("note", "guardianship.note.required");
        } else if (text.length() > Guardianship.REASON_MAX) {
            errors.add("note", "input.tooLong");
        }
        errors.throwIfAny();
        if (gs.getActiveTo().isPresent()) {
            throw new BusinessException("guardianship.alreadyEnded");
        }
        gs.end(endOn, GuardianshipEnd.ENDED_BY_STAFF, text, caller());
        accessLog.changed(SubjectKind.PUPIL, gs.getPupil().getId(), DataCategory.GUARDIANS, PURPOSE);
    }

    /**
     * Registers both consents about one guardian, from the signed form: the pupil's and the
     * guardian's. For a pupil of 18 or more (or turning 18 within 90 days), about an active guardian.
     *
     * @throws InvalidInputException field by field
     */
    public void registerConsents(long pupilId, ConsentForm form) {
        Pupil pupil = pupilInScope(pupilId);
        LocalDate today = no.vis.common.Today.inNorway();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (GuardianAccessPolicy.eighteenthBirthday(pupil.getBirthDate()).isAfter(today.plusDays(CONSENT_DAYS_BEFORE_18))) {
            throw new BusinessException("consent.pupilTooYoung");
        }
        Guardianship guardianship = null;
        if (form.guardianId() == null) {
            errors.add("guardianId", "consent.guardian.required");
        } else {
            guardianship = em.createQuery("SELECT gs FROM Guardianship gs WHERE gs.guardian.id = :g AND gs.pupil = :s"
                            + " AND " + Guardianship.ACTIVE_ON_DAY, Guardianship.class)
                    .setParameter("g", form.guardianId()).setParameter("s", pupil).setParameter("day", today)
                    .getResultStream().findFirst().orElse(null);
            if (guardianship == null) {
                errors.add("guardianId", "consent.guardian.notActive");
            }
        }
        checkConsentDate(form.pupilGivenOn(), "pupilGivenOn", today, errors);
        checkConsentDate(form.guardianGivenOn(), "guardianGivenOn", today, errors);
        String reference = Texts.blankToNull(form.formReference());
        if (reference == null) {
            errors.add("formReference", "consent.reference.required");
        } else if (reference.length() > Consent.REFERENCE_MAX) {
            errors.add("formReference", "input.tooLong");
        }
        errors.throwIfAny();
        Guardian guardian = guardianship.getGuardian();
        // a party whose consent still holds (not revoked) keeps it; the other gives a new one
        Set<ConsentParty> holding = java.util.EnumSet.noneOf(ConsentParty.class);
        holding.addAll(em.createQuery("SELECT c.party FROM Consent c WHERE c.pupil = :s AND c.guardian = :g"
                        + " AND c.revokedOn IS NULL", ConsentParty.class)
                .setParameter("s", pupil).setParameter("g", guardian).getResultList());
        if (holding.size() == ConsentParty.values().length) {
            throw new InvalidInputException(java.util.Map.of("guardianId", "consent.alreadyRegistered"));
        }
        String by = caller();
        if (!holding.contains(ConsentParty.PUPIL)) {
            em.persist(new Consent(pupil, guardian, ConsentParty.PUPIL, form.pupilGivenOn(), reference, by));
        }
        if (!holding.contains(ConsentParty.GUARDIAN)) {
            em.persist(new Consent(pupil, guardian, ConsentParty.GUARDIAN, form.guardianGivenOn(), reference, by));
        }
        accessLog.changed(SubjectKind.PUPIL, pupilId, DataCategory.CONSENTS, PURPOSE);
        accessLog.changed(SubjectKind.GUARDIAN, guardian.getId(), DataCategory.CONSENTS, PURPOSE);
    }

    private static void checkConsentDate(LocalDate date, String field, LocalDate today, InvalidInputException.Collector errors) {
        if (date == null) {
            errors.add(field, "consent.date.required");
        } else if (date.isAfter(today)) {
            errors.add(field, "input.date.future");
        }
    }

    /**
     * Revokes a consent from today, by the pupil or the guardian. Without both consents the guardian
     * no longer sees the pupil (the policy decides from the consents; nothing else to change).
     */
    public void revokeConsent(long consentId, ConsentParty by) {
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null || by == null || !mayManage(consent.getPupil())) {
            accessLog.refused(SubjectKind.PUPIL, consent == null ? null : consent.getPupil().getId(), DataCategory.CONSENTS,
                    PURPOSE);
            throw new BusinessException("consent.unknown");
        }
        if (consent.getRevokedOn().isPresent()) {
            throw new BusinessException("consent.alreadyRevoked");
        }
        consent.revoke(no.vis.common.Today.inNorway(), by, caller());
        accessLog.changed(SubjectKind.PUPIL, consent.getPupil().getId(), DataCategory.CONSENTS, PURPOSE);
        accessLog.changed(SubjectKind.GUARDIAN, consent.getGuardian().getId(), DataCategory.CONSENTS, PURPOSE);
    }

    /** Whether the caller is office staff at the pupil's school (or the county administrator). */
    private boolean mayManage(Pupil pupil) {
        Set<Role> roles = staff.callerRolesAt(pupil.getSchool().getId());
        return roles.contains(Role.OFFICE) || roles.contains(Role.COUNTY_ADMIN);
    }

    /** The pupil, when the caller may manage the pupil's guardians. */
    private Pupil pupilInScope(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || !mayManage(pupil)) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.GUARDIANS, PURPOSE);
            throw new BusinessException("pupil.unknown");
        }
        return pupil;
    }

    private String caller() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }

    private static String namePart(String value, String field, boolean required, InvalidInputException.Collector errors) {
        String v = Texts.blankToNull(value);
        if (v == null) {
            if (required) {
                errors.add(field, "guardian.name.required");
            }
            return null;
        }
        if (v.length() > PersonName.PART_MAX) {
            errors.add(field, "input.tooLong");
        } else if (v.chars().anyMatch(ch -> Character.isDigit(ch) || "<>\"{}[];=@#$%".indexOf(ch) >= 0)) {
            errors.add(field, "guardian.name.invalid");
        }
        return v;
    }

    private static String text(String value, int max, String field, InvalidInputException.Collector errors) {
        String v = Texts.blankToNull(value);
        if (v != null && v.length() > max) {
            errors.add(field, "input.tooLong");
        }
        return v;
    }

}
