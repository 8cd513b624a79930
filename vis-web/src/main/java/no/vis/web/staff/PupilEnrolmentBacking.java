package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.common.Today;
import no.vis.enrolment.EnrolmentEnd;
import no.vis.enrolment.EnrolmentHistory;
import no.vis.enrolment.EnrolmentService;
import no.vis.school.SchoolClass.Level;
import no.vis.web.common.FacesMessages;

/**
 * Backs the enrolment part of the pupil card ({@code /staff/pupil.xhtml}), for the office: the
 * enrolment and class history, and the dated changes — class, programme area or level, leaving
 * with its reason, a move to another school of the county. {@link EnrolmentService} decides who
 * may do what and checks every field; this bean shows the answers next to the fields.
 */
@Named("pupilEnrolment")
@ViewScoped
public class PupilEnrolmentBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The change the office is making, if any. */
    public enum Action { CLASS, PROGRAMME, LEAVE, TRANSFER }

    @Inject
    EnrolmentService enrolment;

    @Inject
    PupilCardBacking card;

    private EnrolmentHistory history;
    private Action action;
    private Long classId;
    private String programmeArea;
    private Level level;
    private LocalDate on;
    private EnrolmentEnd reason;
    private Long toSchoolId;
    private EnrolmentService.TransferOptions transferOptions = new EnrolmentService.TransferOptions(List.of(), List.of());

    /** After the card: the history, for the office only (others never ask, so nothing is refused or logged for them). */
    public void load() {
        history = null;
        if (card.getCard() != null && card.getCard().mayManageGuardians()) {
            history = enrolment.history(card.getCard().pupilId()).orElse(null);
        }
    }

    public void start(Action chosen) {
        action = chosen;
        on = Today.inNorway();
        classId = null;
        reason = null;
        toSchoolId = null;
        EnrolmentHistory.EnrolmentLine current = history.current();
        programmeArea = current == null ? null : current.programmeArea();
        level = current == null ? null : current.level();
        transferOptions = new EnrolmentService.TransferOptions(List.of(), List.of());
    }

    public void cancel() {
        action = null;
    }

    /** The receiving school's programme areas and classes, when the office chooses it. */
    public void chooseSchool() {
        transferOptions = toSchoolId == null ? new EnrolmentService.TransferOptions(List.of(), List.of())
                : enrolment.transferOptions(history.pupilId(), toSchoolId, on);
    }

    public void save() {
        long pupilId = history.pupilId();
        try {
            String done = switch (action) {
                case CLASS -> {
                    enrolment.placeInClass(pupilId, classId, on);
                    yield "enrolment.classChanged";
                }
                case PROGRAMME -> {
                    enrolment.changeProgrammeArea(pupilId, programmeArea, level, on);
                    yield "enrolment.programmeChanged";
                }
                case LEAVE -> {
                    enrolment.leave(pupilId, on, reason);
                    yield "enrolment.leftSaved";
                }
                case TRANSFER -> {
                    enrolment.transfer(pupilId, toSchoolId, programmeArea, level, on, classId);
                    yield "enrolment.transferred";
                }
            };
            action = null;
            FacesMessages.info(done);
            card.load(); // the card's school and class are the pupil's current ones
            load();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("enrolment:" + inputFor(field), key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        } catch (jakarta.ejb.EJBException e) {
            if (!org.omnifaces.util.Exceptions.is(e, jakarta.persistence.OptimisticLockException.class)) {
                throw e;
            }
            FacesMessages.error("input.concurrent");
            load();
        }
    }

    /** The page's input for a field the service names (one date input for every change, the receiving school's class its own). */
    private String inputFor(String field) {
        return switch (field) {
            case "from" -> "on";
            case "classId" -> action == Action.TRANSFER ? "toClassId" : "classId";
            default -> field;
        };
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public List<EnrolmentEnd> getLeavingReasons() {
        return EnrolmentEnd.leavingReasons();
    }

    public EnrolmentHistory getHistory() {
        return history;
    }

    public Action getAction() {
        return action;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getProgrammeArea() {
        return programmeArea;
    }

    public void setProgrammeArea(String programmeArea) {
        this.programmeArea = programmeArea;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public EnrolmentEnd getReason() {
        return reason;
    }

    public void setReason(EnrolmentEnd reason) {
        this.reason = reason;
    }

    public Long getToSchoolId() {
        return toSchoolId;
    }

    public void setToSchoolId(Long toSchoolId) {
        this.toSchoolId = toSchoolId;
    }

    public EnrolmentService.TransferOptions getTransferOptions() {
        return transferOptions;
    }
}
