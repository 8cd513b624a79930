package no.vis.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import no.vis.common.BusinessException;
import no.vis.common.InvalidInputException;
import no.vis.guardianship.GuardianshipAdminService;
import no.vis.guardianship.NewGuardianForm;
import no.vis.guardianship.PupilCard;
import no.vis.guardianship.PupilCardService;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /staff/guardian-new.xhtml?pupil=}: registering a guardian by hand. Every field is
 * checked by the service; each problem is shown next to its field.
 */
@Named("newGuardian")
@ViewScoped
public class NewGuardianBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PupilCardService cards;

    @Inject
    GuardianshipAdminService admin;

    private String pupil;
    private PupilCard card;

    private String fodselsnummer;
    private boolean fodselsnummerRefused;
    private String givenName;
    private String middleName;
    private String familyName;
    private String street;
    private String postalCode;
    private String postalPlace;
    private String mobile;
    private String email;
    private String language = "nb";
    private String reason;
    private LocalDate from = no.vis.common.Today.inNorway();

    public void load() {
        card = null;
        if (pupil != null && pupil.matches("\\d{1,18}")) {
            card = cards.card(Long.parseLong(pupil)).filter(PupilCard::mayManageGuardians).orElse(null);
        }
    }

    public void save() throws IOException {
        try {
            var registered = admin.registerGuardian(card.pupilId(), new NewGuardianForm(fodselsnummer, fodselsnummerRefused,
                    givenName, middleName, familyName, street, postalCode, postalPlace, mobile, email, language, reason, from));
            FacesContext context = FacesContext.getCurrentInstance();
            FacesMessages.info(registered.existingPersonKept() ? "guardian.registered.existingKept" : "guardian.registered");
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/staff/pupil.xhtml?id=" + card.pupilId());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("guardian:" + field, key));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey());
        }
    }

    public PupilCard getCard() {
        return card;
    }

    public String getPupil() {
        return pupil;
    }

    public void setPupil(String pupil) {
        this.pupil = pupil;
    }

    public String getFodselsnummer() {
        return fodselsnummer;
    }

    public void setFodselsnummer(String fodselsnummer) {
        this.fodselsnummer = fodselsnummer;
    }

    public boolean isFodselsnummerRefused() {
        return fodselsnummerRefused;
    }

    public void setFodselsnummerRefused(boolean fodselsnummerRefused) {
        this.fodselsnummerRefused = fodselsnummerRefused;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPostalPlace() {
        return postalPlace;
    }

    public void setPostalPlace(String postalPlace) {
        this.postalPlace = postalPlace;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
