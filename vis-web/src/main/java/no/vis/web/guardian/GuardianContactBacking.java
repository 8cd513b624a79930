package no.vis.web.guardian;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.vis.common.InvalidInputException;
import no.vis.guardianship.GuardianService;
import no.vis.guardianship.MyContact;
import no.vis.web.common.FacesMessages;

/**
 * Backs {@code /guardian/contact.xhtml}: the guardian's own mobile number and e-mail address, which
 * the school uses for messages and notices. What the guardian sets here is theirs: KRR never
 * overwrites it. Bad input is a message next to its field, and nothing is saved.
 */
@Named("myContact")
@ViewScoped
public class GuardianContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuardianService guardians;

    private String mobile;
    private String email;

    @PostConstruct
    void load() {
        MyContact contact = guardians.myContact();
        mobile = contact.mobile();
        email = contact.email();
    }

    public void save() {
        try {
            guardians.changeMyContact(mobile, email);
            MyContact saved = guardians.myContact();
            mobile = saved.mobile();
            email = saved.email();
            FacesMessages.info("guardian.contact.saved");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> FacesMessages.fieldError("contact:" + field, key));
        }
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
}
