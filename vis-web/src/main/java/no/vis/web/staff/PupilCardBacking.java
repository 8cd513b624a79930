package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.guardianship.ConsentForm;
import no.vis.guardianship.ConsentParty;
import no.vis.guardianship.GuardianshipAdminService;
import no.vis.guardianship.PupilCard;
import no.vis.guardianship.PupilCardService;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/pupil.xhtml?id=}: the pupil card, ending a guardianship, registering both
 * consents and revoking one. The services decide who may see and do what; this bean only shows it.
 */
@Named("pupilCard")
@ViewScoped
public class PupilCardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PupilCardService cards;

    @Inject
    GuardianshipAdminService admin;

    private String id;
    private PupilCard card;

    // ending a guardianship
    private Long endingId;
    private LocalDate endOn;
    private String endNote;

    // consents
    private Long consentGuardianId;
    private LocalDate pupilGivenOn;
    private LocalDate guardianGivenOn;
    private String formReference;

    /** Loads the card for the id in the URL; a bad or foreign id is a plain "not found". */
    public void load() {
        card = null;
        if (id != null && id.matches("\\d{1,18}")) {
            card = cards.card(Long.parseLong(id)).orElse(null);
        }
    }

    private void reload() {
        cards.card(card.pupilId()).ifPresent(c -> card = c);
    }

    public void startEnding(long guardianshipId) {
        endingId = guardianshipId;
        endOn = no.vis.common.Today.inNorway();
        endNote = null;
    }

    public void cancelEnding() {
        endingId = null;
    }

    public void endGuardianship() {
        try {
            admin.endGuardianship(endingId, endOn, endNote);
            endingId = null;
            FacesMessages.info("guardianship.ended");
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("end:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        } catch (jakarta.ejb.EJBException e) {
            concurrentChange(e);
        }
    }

    public void registerConsents() {
        try {
            admin.registerConsents(card.pupilId(), new ConsentForm(consentGuardianId, pupilGivenOn, guardianGivenOn, formReference));
            FacesMessages.info("consent.registered");
            consentGuardianId = null;
            pupilGivenOn = null;
            guardianGivenOn = null;
            formReference = null;
            reload();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("consents:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        } catch (jakarta.ejb.EJBException e) {
            concurrentChange(e);
        }
    }

    public void revoke(long consentId, String by) {
        try {
            admin.revokeConsent(consentId, ConsentParty.valueOf(by));
            FacesMessages.info("consent.revoked");
            reload();
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        } catch (jakarta.ejb.EJBException e) {
            concurrentChange(e);
        }
    }

    /** Someone else changed the same guardianship or consent meanwhile (optimistic locking): say so, show it anew. */
    private void concurrentChange(jakarta.ejb.EJBException e) {
        if (!org.omnifaces.util.Exceptions.is(e, jakarta.persistence.OptimisticLockException.class)) {
            throw e;
        }
        FacesMessages.error("input.concurrent");
        reload();
    }

    /** A date as Norwegians write it (dd.MM.yyyy), for messages with a date in them. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PupilCard getCard() {
        return card;
    }

    public boolean isNotFound() {
        return card == null;
    }

    public Long getEndingId() {
        return endingId;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }

    public Long getConsentGuardianId() {
        return consentGuardianId;
    }

    public void setConsentGuardianId(Long consentGuardianId) {
        this.consentGuardianId = consentGuardianId;
    }

    public LocalDate getPupilGivenOn() {
        return pupilGivenOn;
    }

    public void setPupilGivenOn(LocalDate pupilGivenOn) {
        this.pupilGivenOn = pupilGivenOn;
    }

    public LocalDate getGuardianGivenOn() {
        return guardianGivenOn;
    }

    public void setGuardianGivenOn(LocalDate guardianGivenOn) {
        this.guardianGivenOn = guardianGivenOn;
    }

    public String getFormReference() {
        return formReference;
    }

    public void setFormReference(String formReference) {
        this.formReference = formReference;
    }
}
