package no.vis.guardianship;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vis.access.KnownUser;
import no.vis.access.Role;
import no.vis.access.Role.Names;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.access.VisUserId;
import no.vis.people.Address;
import no.vis.people.AddressProtection;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.PersonName;
import no.vis.people.Pupil;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessLog;
import no.vis.privacy.ConsentPeriod;
import no.vis.privacy.DataCategory;
import no.vis.privacy.GuardianAccess;
import no.vis.privacy.GuardianAccessPolicy;
import no.vis.privacy.GuardianshipFacts;
import no.vis.privacy.SubjectKind;

/**
 * What a logged-in guardian sees, always through the {@link GuardianAccessPolicy}: the children
 * they may see today, and one child's page. A guardian's facts — every guardianship with its
 * pupil, and the consents — are loaded in at most two queries whatever the number of children,
 * and every pupil shown is logged. Also: who an ID-porten login is (by {@code pid}, never
 * {@code sub}), and adding guardians as jobs deliver them.
 */
@Stateless
public class GuardianService {

    static final String GUARDIAN_PAGE = "guardian-start-page";
    static final String CHILD_PAGE = "guardian-child-page";
    static final String CONTACT_PAGE = "guardian-contact-page";

    @PersistenceContext(unitName = "vis")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    VisSettings settings;

    @Inject
    AccessLog accessLog;

    @Inject
    no.vis.access.StaffDirectory staffDirectory;

    /** The guardian with this fødselsnummer; empty for anyone VIS does not know or an invalid pid. */
    @PermitAll
    public Optional<KnownUser> findByPid(String pid) {
        Fodselsnummer fnr;
        try {
            fnr = Fodselsnummer.parse(pid, settings.allowSyntheticFodselsnummer());
        } catch (InvalidFodselsnummerException e) {
            return Optional.empty();
        }
        return em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer = :fnr", Guardian.class)
                .setParameter("fnr", fnr).getResultStream().findFirst()
                .map(g -> new KnownUser(VisUserId.GUARDIAN.of(g.getId()), g.getName().displayName(), Set.of(Role.GUARDIAN), Map.of()));
    }

    /** The children the calling guardian may see today, the youngest last: name, school and class. */
    @RolesAllowed(Names.GUARDIAN)
    public List<ChildSummary> myChildren() {
        return myVisibleChildren().children();
    }

    /**
     * The children the calling guardian may see today, as {@link #myChildren()} (and logged the same
     * way), with what the policy allows of each of the guardian's pupils: for a page that shows the
     * children and one child's data in one transaction, asking the policy once.
     */
    @RolesAllowed(Names.GUARDIAN)
    public VisibleChildren myVisibleChildren() {
        Optional<Long> guardianId = callerGuardianId();
        if (guardianId.isEmpty()) {
            return new VisibleChildren(List.of(), Map.of());
        }
        LocalDate today = no.vis.common.Today.inNorway();
        List<ChildSummary> children = new ArrayList<>();
        Map<Long, GuardianAccess> access = new HashMap<>();
        for (Child child : childrenOf(guardianId.get(), null, today)) {
            access.put(child.pupilId(), child.access());
            if (child.access().maySee()) {
                children.add(new ChildSummary(child.pupilId(), child.givenName(), child.familyName(), child.schoolName(),
                        child.classCode()));
            }
        }
        List<Long> shown = children.stream().map(ChildSummary::pupilId).toList();
        accessLog.readAll(SubjectKind.PUPIL, shown, DataCategory.PERSONALIA, GUARDIAN_PAGE);
        accessLog.readAll(SubjectKind.PUPIL, shown, DataCategory.CLASSES_AND_GROUPS, GUARDIAN_PAGE);
        return new VisibleChildren(children, access);
    }

    /**
     * One child as the calling guardian may see it; empty — and the attempt logged as refused — for
     * a pupil they may not see, whether the pupil exists or not.
     */
    @RolesAllowed(Names.GUARDIAN)
    public Optional<ChildView> child(long pupilId) {
        Optional<Long> guardianId = callerGuardianId();
        LocalDate today = no.vis.common.Today.inNorway();
        Optional<Child> child = guardianId.flatMap(g -> childrenOf(g, pupilId, today).stream()
                .filter(c -> c.access().maySee()).findFirst());
        if (child.isEmpty()) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.PERSONALIA, CHILD_PAGE);
            return Optional.empty();
        }
        Child c = child.get();
        Pupil pupil = em.find(Pupil.class, pupilId);
        Guardian me = em.find(Guardian.class, guardianId.get());
        Address address = c.access().pupilAddressVisible() ? pupil.getAddress() : null;
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.PERSONALIA, CHILD_PAGE);
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.CLASSES_AND_GROUPS, CHILD_PAGE);
        return Optional.of(new ChildView(pupilId, pupil.getName().givenName(), pupil.getName().middleName(),
                pupil.getName().familyName(), pupil.getBirthDate(), address, c.schoolName(), c.classCode(),
                c.access().categories(), me.getMobile().orElse(null), me.getEmail().orElse(null)));
    }

    /**
     * Whether the calling guardian may see this category of the pupil's data today, as the guardian
     * access policy decides. A refusal — also for a pupil who does not exist — is written to the
     * access log as refused; the caller logs what it then reads.
     */
    @RolesAllowed(Names.GUARDIAN)
    public boolean mayISee(long pupilId, DataCategory category, String purpose) {
        LocalDate today = no.vis.common.Today.inNorway();
        boolean allowed = callerGuardianId().stream().flatMap(g -> childrenOf(g, pupilId, today).stream())
                .anyMatch(c -> c.access().allows(category));
        if (!allowed) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, category, purpose);
        }
        return allowed;
    }

    /** The calling guardian's own mobile number and e-mail address as VIS has them (either may be absent). */
    @RolesAllowed(Names.GUARDIAN)
    public MyContact myContact() {
        Guardian me = callerGuardianId().map(id -> em.find(Guardian.class, id)).orElseThrow(() -> new BusinessException("guardian.unknown"));
        accessLog.read(SubjectKind.GUARDIAN, me.getId(), DataCategory.OWN_CONTACT_INFORMATION, CONTACT_PAGE);
        return new MyContact(me.getMobile().map(d -> no.vis.people.PhoneNumber.display(d.value())).orElse(null),
                me.getEmail().map(ContactDetail::value).orElse(null));
    }

    /**
     * The calling guardian sets their own mobile number and e-mail address (blank: none). They are
     * marked as the guardian's own, so that KRR never overwrites them; the change is logged.
     *
     * @throws InvalidInputException {@code mobile} (not a mobile number) or {@code email} (not an
     *         e-mail address); nothing is saved then
     */
    @RolesAllowed(Names.GUARDIAN)
    public void changeMyContact(String mobile, String email) {
        Guardian me = callerGuardianId().map(id -> em.find(Guardian.class, id)).orElseThrow(() -> new BusinessException("guardian.unknown"));
        var errors = new InvalidInputException.Collector();
        no.vis.people.PhoneNumber number = null;
        if (no.vis.common.Texts.blankToNull(mobile) != null) {
            try {
                number = no.vis.people.PhoneNumber.parseMobile(mobile);
            } catch (no.vis.people.InvalidPhoneNumberException e) {
                errors.add("mobile", e.messageKey());
            }
        }
        String address = null;
        if (no.vis.common.Texts.blankToNull(email) != null) {
            address = ContactRules.email(email).orElse(null);
            if (address == null) {
                errors.add("email", "guardian.email.invalid");
            }
        }
        errors.throwIfAny();
        me.setMobile(number, ContactSource.GUARDIAN);
        me.setEmail(address, ContactSource.GUARDIAN);
        accessLog.changed(SubjectKind.GUARDIAN, me.getId(), DataCategory.OWN_CONTACT_INFORMATION, CONTACT_PAGE);
    }

    private Optional<Long> callerGuardianId() {
        return VisUserId.GUARDIAN.idIn(session.getCallerPrincipal().getName());
    }

    /** A pupil of a guardian with the policy's answer. */
    private record Child(long pupilId, String givenName, String familyName, String schoolName, String classCode,
                         LocalDate birthDate, GuardianAccess access) {

        @Override
        public String toString() {
            return "Child[" + pupilId + "]";
        }

    }

    /**
     * The guardian's pupils (or the one pupil) with the policy's answer for today: one query for the
     * guardianships with their pupils, one for the consents when a pupil is of age.
     */
    private List<Child> childrenOf(long guardianId, Long onlyPupil, LocalDate today) {
        var query = em.createQuery("SELECT gs.activeFrom, gs.activeTo, s.id, s.birthDate, s.leftOn,"
                        + " s.address.protection, s.name.givenName, s.name.familyName, sc.name, c.code, co.guardiansSeeConduct,"
                        + " co.guardiansSeeAbsenceDetail FROM Guardianship gs JOIN gs.pupil s JOIN s.school sc JOIN sc.county co LEFT JOIN s.schoolClass c"
                        + " WHERE gs.guardian.id = :guardian" + (onlyPupil == null ? "" : " AND s.id = :pupil")
                        + " ORDER BY s.birthDate, s.id", Object[].class)
                .setParameter("guardian", guardianId);
        if (onlyPupil != null) {
            query.setParameter("pupil", onlyPupil);
        }
        List<Object[]> rows = query.getResultList();
        boolean anyOfAge = rows.stream().anyMatch(r -> GuardianAccessPolicy.isOfAge((LocalDate) r[3], today));
        Map<Long, List<ConsentPeriod>> pupilConsents = new HashMap<>();
        Map<Long, List<ConsentPeriod>> guardianConsents = new HashMap<>();
        if (anyOfAge) {
            for (Object[] c : em.createQuery("SELECT c.pupil.id, c.party, c.givenOn, c.revokedOn FROM Consent c"
                    + " WHERE c.guardian.id = :guardian", Object[].class).setParameter("guardian", guardianId).getResultList()) {
                (c[1] == ConsentParty.PUPIL ? pupilConsents : guardianConsents)
                        .computeIfAbsent((Long) c[0], k -> new ArrayList<>())
                        .add(new ConsentPeriod((LocalDate) c[2], (LocalDate) c[3]));
            }
        }
        Map<Long, Child> byPupil = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long pupilId = (Long) r[2];
            GuardianshipFacts facts = new GuardianshipFacts((LocalDate) r[0], (LocalDate) r[1], (LocalDate) r[3],
                    (LocalDate) r[4], ((AddressProtection) r[5]).isProtected(), pupilConsents.getOrDefault(pupilId, List.of()),
                    guardianConsents.getOrDefault(pupilId, List.of()));
            GuardianAccess access = new GuardianAccessPolicy((Boolean) r[10], (Boolean) r[11]).decide(facts, today);
            Child child = new Child(pupilId, (String) r[6], (String) r[7], (String) r[8], (String) r[9], (LocalDate) r[3], access);
            // a pupil with an ended and a current guardianship: the one that allows counts
            byPupil.merge(pupilId, child, (a, b) -> a.access().maySee() ? a : b);
        }
        return List.copyOf(byPupil.values());
    }

    /**
     * The guardians a warning about the pupil goes to (the contact teacher's warning in orden and atferd): those the guardian
     * access policy lets see the pupil's history on the day. Only for the office of the pupil's school or the contact teacher
     * of the pupil's class (empty for anyone else, and the attempt logged); the read of who the guardians are is logged.
     */
    @RolesAllowed({Names.CONTACT_TEACHER, Names.OFFICE, Names.COUNTY_ADMIN})
    public List<Long> guardiansToWarn(long pupilId, LocalDate day) {
        Object[] pupil = em.createQuery("SELECT s.school.id, s.schoolClass.id FROM Pupil s WHERE s.id = :id", Object[].class)
                .setParameter("id", pupilId).getResultStream().findFirst().orElse(null);
        long me = no.vis.access.VisUserId.STAFF.idIn(session.getCallerPrincipal().getName()).orElse(-1L);
        boolean office = pupil != null && (session.isCallerInRole(Names.OFFICE) || session.isCallerInRole(Names.COUNTY_ADMIN))
                && staffDirectory.callerScope(no.vis.access.Role.OFFICE, no.vis.access.Role.COUNTY_ADMIN).allows((Long) pupil[0]);
        boolean contact = pupil != null && pupil[1] != null && session.isCallerInRole(Names.CONTACT_TEACHER)
                && !em.createQuery("SELECT c.id FROM ContactTeacher c WHERE c.schoolClassId = :class AND c.staffMemberId = :me"
                        + " AND c.fromDay <= :day AND (c.toDay IS NULL OR c.toDay > :day)", Long.class).setParameter("class", pupil[1])
                .setParameter("me", me).setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
        if (!office && !contact) {
            accessLog.refused(SubjectKind.PUPIL, pupilId, DataCategory.GUARDIANS, "warning-recipients");
            return List.of();
        }
        accessLog.read(SubjectKind.PUPIL, pupilId, DataCategory.GUARDIANS, "warning-recipients");
        return guardiansWhoMaySee(List.of(pupilId), DataCategory.HISTORY, day).getOrDefault(pupilId, List.of());
    }

    /**
     * For jobs that write to guardians (absence warnings): the guardians of each pupil whom the guardian
     * access policy lets see the category on the day, by pupil — in three queries for all the pupils
     * (guardianships with their pupils' facts and the county's settings, and the consents of pupils of 18).
     */
    @RolesAllowed(Names.SYSTEM)
    public Map<Long, List<Long>> guardiansWhoMaySee(java.util.Collection<Long> pupilIds, DataCategory category, LocalDate day) {
        Map<Long, List<Long>> result = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT gs.guardian.id, s.id, gs.activeFrom, gs.activeTo, s.birthDate, s.leftOn,"
                        + " s.address.protection, co.guardiansSeeConduct, co.guardiansSeeAbsenceDetail FROM Guardianship gs JOIN gs.pupil s"
                        + " JOIN s.school sc JOIN sc.county co WHERE s.id IN :ids ORDER BY gs.guardian.id", Object[].class)
                .setParameter("ids", pupilIds).getResultList();
        List<Long> ofAge = rows.stream().filter(r -> GuardianAccessPolicy.isOfAge((LocalDate) r[4], day)).map(r -> (Long) r[1])
                .distinct().toList();
        Map<String, List<ConsentPeriod>> pupilConsents = new HashMap<>();
        Map<String, List<ConsentPeriod>> guardianConsents = new HashMap<>();
        if (!ofAge.isEmpty()) {
            for (Object[] c : em.createQuery("SELECT c.guardian.id, c.pupil.id, c.party, c.givenOn, c.revokedOn FROM Consent c"
                    + " WHERE c.pupil.id IN :ids", Object[].class).setParameter("ids", ofAge).getResultList()) {
                (c[2] == ConsentParty.PUPIL ? pupilConsents : guardianConsents).computeIfAbsent(c[0] + ":" + c[1], k -> new ArrayList<>())
                        .add(new ConsentPeriod((LocalDate) c[3], (LocalDate) c[4]));
            }
        }
        for (Object[] r : rows) {
            String pair = r[0] + ":" + r[1];
            GuardianshipFacts facts = new GuardianshipFacts((LocalDate) r[2], (LocalDate) r[3], (LocalDate) r[4], (LocalDate) r[5],
                    ((AddressProtection) r[6]).isProtected(), pupilConsents.getOrDefault(pair, List.of()),
                    guardianConsents.getOrDefault(pair, List.of()));
            if (new GuardianAccessPolicy((Boolean) r[7], (Boolean) r[8]).decide(facts, day).allows(category)) {
                List<Long> guardiansOfPupil = result.computeIfAbsent((Long) r[1], k -> new ArrayList<>());
                if (!guardiansOfPupil.contains((Long) r[0])) {
                    guardiansOfPupil.add((Long) r[0]);
                }
            }
        }
        return result;
    }

    /**
     * Adds the families of pupils who have no guardianship in VIS yet (others are left as they are,
     * so a second run adds nothing): guardians found by fødselsnummer are shared, the others
     * created. A few queries per call, whatever its size. For jobs.
     *
     * @return how many pupils got their guardians
     */
    @RolesAllowed(Names.SYSTEM)
    public int addFamiliesIfAbsent(List<NewFamily> families, String purpose) {
        if (families.isEmpty()) {
            return 0;
        }
        no.vis.platform.QueryPlans.withTheValues(em); // the tables fill as the job runs
        Map<Fodselsnummer, Pupil> pupils = em.createQuery(
                        "SELECT s FROM Pupil s WHERE s.fodselsnummer IN :fnrs", Pupil.class)
                .setParameter("fnrs", families.stream().map(NewFamily::pupil).toList()).getResultList().stream()
                .collect(Collectors.toMap(Pupil::getFodselsnummer, s -> s));
        if (pupils.isEmpty()) {
            return 0;
        }
        Set<Long> withGuardians = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT gs.pupil.id FROM Guardianship gs WHERE gs.pupil.id IN :ids", Long.class)
                .setParameter("ids", pupils.values().stream().map(Pupil::getId).toList()).getResultList());
        List<Fodselsnummer> guardianNumbers = families.stream().flatMap(f -> f.guardianships().stream())
                .map(m -> m.guardian().fodselsnummer()).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Fodselsnummer, Guardian> guardians = new HashMap<>();
        if (!guardianNumbers.isEmpty()) {
            em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer IN :fnrs", Guardian.class)
                    .setParameter("fnrs", guardianNumbers).getResultList()
                    .forEach(g -> guardians.put(g.getFodselsnummer().orElseThrow(), g));
        }
        String by = actor();
        List<Long> changedPupils = new ArrayList<>();
        List<Long> changedGuardians = new ArrayList<>();
        for (NewFamily family : families) {
            Pupil pupil = pupils.get(family.pupil());
            if (pupil == null || !withGuardians.add(pupil.getId())) {
                continue;
            }
            List<Guardian> members = new ArrayList<>();
            for (NewFamily.Member m : family.guardianships()) {
                NewGuardian n = m.guardian();
                Guardian guardian = n.fodselsnummer() == null ? null : guardians.get(n.fodselsnummer());
                if (guardian == null) {
                    guardian = n.create();
                    em.persist(guardian);
                    if (n.fodselsnummer() != null) {
                        guardians.put(n.fodselsnummer(), guardian);
                    }
                }
                members.add(guardian);
                Guardianship gs = m.basis() == GuardianshipBasis.FOLKEREGISTERET
                        ? Guardianship.fromRegister(guardian, pupil, m.from(), m.responsibility(), by)
                        : Guardianship.manual(guardian, pupil, m.from(), m.manualReason(), by);
                if (m.endedOn() != null) {
                    gs.end(m.endedOn(), m.endReason(), null, by);
                }
                em.persist(gs);
            }
            for (NewFamily.GivenConsent c : family.consents()) {
                em.persist(new Consent(pupil, members.get(c.member()), c.party(), c.givenOn(), c.formReference(), by));
            }
            // sequence ids are assigned at persist: no flush needed for the log
            changedPupils.add(pupil.getId());
            members.forEach(g -> changedGuardians.add(g.getId()));
        }
        accessLog.changedAll(SubjectKind.PUPIL, changedPupils, DataCategory.GUARDIANS, purpose);
        accessLog.changedAll(SubjectKind.GUARDIAN, changedGuardians, DataCategory.PERSONALIA, purpose);
        return changedPupils.size();
    }

    private String actor() {
        return VisUserId.nameOf(session.getCallerPrincipal());
    }

    /** The guardian with this fødselsnummer, created if VIS does not know them. For jobs. */
    @RolesAllowed(Names.SYSTEM)
    public Guardian ensureGuardian(Fodselsnummer fnr, PersonName name) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.fodselsnummer = :fnr", Guardian.class)
                .setParameter("fnr", fnr).getResultStream().findFirst()
                .orElseGet(() -> {
                    Guardian guardian = new Guardian(fnr, name);
                    em.persist(guardian);
                    return guardian;
                });
    }
}
