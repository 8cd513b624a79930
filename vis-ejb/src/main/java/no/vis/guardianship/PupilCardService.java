package no.vis.guardianship;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.access.StaffDirectory;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Pupil;
import no.vis.privacy.AccessLog;
import no.vis.privacy.ConsentPeriod;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.GuardianshipFacts;
import no.vis.privacy.SubjectKind;

/**
 * The pupil card for staff of the pupil's school (the county administrator: any school). What a
 * role sees: office staff and the county administrator everything the card has; contact teachers
 * the same without the fødselsnummer; teachers personalia without address and fødselsnummer, and no
 * guardians. A protected address is never on the card — nor a guardian's address when the pupil's
 * is protected (they may live together). Roles count at the pupil's own school. Three queries; every read is logged.
 */
@Stateless
@RolesAllowed({Names.OFFICE, Names.CONTACT_TEACHER, Names.TEACHER, Names.COUNTY_ADMIN})
public class PupilCardService {

    static final String PURPOSE = "pupil-card";
    private static final Set<Role> PUPIL_ROLES = Set.of(Role.OFFICE, Role.TEACHER, Role.CONTACT_TEACHER, Role.COUNTY_ADMIN);

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessLog accessLog;

    /** The card; empty — and the attempt logged — for a pupil who does not exist or is outside the caller's schools. */
    public Optional<PupilCard> card(long pupilId) {
        List<Object[]> found = em.createQuery("SELECT s, sc.id, sc.name, c.code, co.guardiansSeeConduct,"
                        + " co.guardiansSeeAbsenceDetail FROM Pupil s"
                        + " JOIN s.school sc JOIN sc.county co LEFT JOIN s.schoolClass c WHERE s.id = :id", Object[].class)
                .setParameter("id", pupilId).getResultList();
        // what the caller may see is decided by their roles at the pupil's own school
        Set<Role> roles = found.isEmpty() ? Set.of() : staff.callerRolesAt((Long) found.get(0)[1]);
        boolean teachesOnly = roles.stream().noneMatch(r -> r == Role.OFFICE || r == Role.COUNTY_ADMIN);
        if (roles.stream().noneMatch(PUPIL_ROLES::contains) || (teachesOnly && !taughtByMe(pupilId))) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.PERSONALIA, PURPOSE);
            return Optional.empty();
        }
        Object[] row = found.get(0);
        Pupil s = (Pupil) row[0];
        boolean office = roles.contains(Role.OFFICE) || roles.contains(Role.COUNTY_ADMIN);
        boolean guardiansShown = office || roles.contains(Role.CONTACT_TEACHER);
        LocalDate today = no.vis.common.Today.inNorway();
        AddressProtection protection = s.getAddress().protection();
        Address address = guardiansShown && protection == AddressProtection.UGRADERT ? s.getAddress() : null;

        List<PupilCard.GuardianLine> guardians = new ArrayList<>();
        List<PupilCard.ConsentLine> consents = new ArrayList<>();
        if (guardiansShown) {
            Map<Long, List<ConsentPeriod>> pupilConsents = new HashMap<>();
            Map<Long, List<ConsentPeriod>> guardianConsents = new HashMap<>();
            for (Consent c : em.createQuery("SELECT c FROM Consent c JOIN FETCH c.guardian WHERE c.pupil.id = :id"
                    + " ORDER BY c.givenOn DESC, c.id DESC", Consent.class).setParameter("id", pupilId).getResultList()) {
                (c.getParty() == ConsentParty.PUPIL ? pupilConsents : guardianConsents)
                        .computeIfAbsent(c.getGuardian().getId(), k -> new ArrayList<>()).add(c.period());
                consents.add(new PupilCard.ConsentLine(c.getId(), c.getGuardian().getId(), c.getGuardian().getName().displayName(),
                        c.getParty(), c.getGivenOn(), c.getFormReference(), c.getRevokedOn().orElse(null),
                        c.getRevokedByParty().orElse(null), c.period().validOn(today)));
            }
            GuardianAccessPolicy policy = new GuardianAccessPolicy((Boolean) row[4], (Boolean) row[5]);
            for (Guardianship gs : em.createQuery("SELECT gs FROM Guardianship gs JOIN FETCH gs.guardian"
                    + " WHERE gs.pupil.id = :id ORDER BY gs.activeFrom, gs.id", Guardianship.class)
                    .setParameter("id", pupilId).getResultList()) {
                Guardian g = gs.getGuardian();
                GuardianshipFacts facts = new GuardianshipFacts(gs.getActiveFrom(), gs.getActiveTo().orElse(null),
                        s.getBirthDate(), s.getLeftOn().orElse(null), protection.isProtected(),
                        pupilConsents.getOrDefault(g.getId(), List.of()), guardianConsents.getOrDefault(g.getId(), List.of()));
                AddressProtection guardianProtection = g.getAddress().protection();
                guardians.add(new PupilCard.GuardianLine(gs.getId(), g.getId(), g.getName().displayName(), gs.getBasis(),
                        gs.getResponsibility().orElse(null), gs.getManualReason().orElse(null), gs.getActiveFrom(),
                        gs.getActiveTo().orElse(null), gs.getEndReason().orElse(null), gs.getEndNote().orElse(null),
                        gs.isActiveOn(today), policy.decide(facts, today).maySee(),
                        guardianProtection == AddressProtection.UGRADERT && protection == AddressProtection.UGRADERT
                                ? g.getAddress() : null,
                        guardianProtection == AddressProtection.UGRADERT ? protection : guardianProtection,
                        g.isFodselsnummerRefused(), g.canLogIn(), g.getMobile().orElse(null), g.getEmail().orElse(null),
                        g.getPreferredLanguage()));
            }
            guardians.sort(java.util.Comparator.comparing((PupilCard.GuardianLine g) -> !g.active())); // active first, stable
            accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.GUARDIANS, PURPOSE);
            accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.CONSENTS, PURPOSE);
            accessLog.readAll(SubjectKind.GUARDIAN, guardians.stream().map(PupilCard.GuardianLine::guardianId).distinct().toList(),
                    DataCategory.PERSONALIA, PURPOSE);
        }
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.PERSONALIA, PURPOSE);
        return Optional.of(new PupilCard(pupilId, s.getName().givenName(), s.getName().middleName(), s.getName().familyName(),
                office ? s.getFodselsnummer().value() : null, s.getBirthDate(),
                GuardianAccessPolicy.isOfAge(s.getBirthDate(), today), GuardianAccessPolicy.eighteenthBirthday(s.getBirthDate()),
                address, protection, (Long) row[1], (String) row[2], (String) row[3], s.getLeftOn().orElse(null),
                guardiansShown, guardians, consents, office, guardiansShown ? em.createQuery(
                        "SELECT f.kind FROM RegisterFlag f WHERE f.pupilId = :id ORDER BY f.kind", String.class)
                        .setParameter("id", pupilId).getResultList() : List.of()));
    }

    /** Whether the calling teacher teaches the pupil today or is the pupil's contact teacher. */
    private boolean taughtByMe(long pupilId) {
        return !em.createQuery("SELECT s.id FROM Pupil s WHERE s.id = :id AND " + StaffDirectory.TAUGHT_BY_ME, Long.class)
                .setParameter("id", pupilId).setParameter("me", staff.callerStaffId().orElse(-1L))
                .setParameter("today", no.vis.common.Today.inNorway()).getResultList().isEmpty();
    }
}
