package no.vis.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Optional;
import no.vis.access.KnownUser;
import no.vis.access.Role;
import no.vis.access.StaffDirectory;
import no.vis.guardianship.GuardianService;
import no.vis.people.PupilService;
import org.pac4j.core.authorization.generator.AuthorizationGenerator;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.profile.UserProfile;

/**
 * After a login, who the person is in VIS: a Feide login by the Feide user id ({@code sub}), an
 * ID-porten login by {@code pid} (the fødselsnummer), after checking that its {@code acr} is high
 * enough; never by name. A known person gets the VIS user id and roles; a person VIS does not know
 * keeps a profile without them, and is told so by the area they open.
 */
final class VisRoles implements AuthorizationGenerator {

    static final String USER_ID = "vis.userId";

    /** ID-porten's levels of assurance, lowest first. */
    static final List<String> ACR_LEVELS = List.of("idporten-loa-low", "idporten-loa-substantial", "idporten-loa-high");

    private final String minimumAcr;

    /** For Feide logins. */
    VisRoles() {
        this(null);
    }

    /** For ID-porten logins: the ID token's {@code acr} must be at least {@code minimumAcr}. */
    VisRoles(String minimumAcr) {
        this.minimumAcr = minimumAcr;
    }

    @Override
    public Optional<UserProfile> generate(CallContext context, UserProfile profile) {
        Optional<KnownUser> known;
        if (minimumAcr == null) {
            // staff first; a pupil otherwise
            known = CDI.current().select(StaffDirectory.class).get().findByFeideUserId(profile.getId())
                    .or(() -> CDI.current().select(PupilService.class).get().findPupilByFeideUserId(profile.getId()));
        } else {
            requireAcr(profile.getAttribute("acr"));
            // the guardian is the person with this fødselsnummer; ID-porten's sub is per client and never a key
            Object pid = profile.getAttribute("pid");
            known = pid == null ? Optional.empty()
                    : CDI.current().select(GuardianService.class).get().findByPid(pid.toString());
        }
        known.ifPresent(user -> {
            profile.addAttribute(USER_ID, user.userId());
            user.roles().stream().map(Role::name).forEach(profile::addRole);
        });
        return Optional.of(profile);
    }

    private void requireAcr(Object acr) {
        int level = acr == null ? -1 : ACR_LEVELS.indexOf(acr.toString());
        if (level < 0 || level < ACR_LEVELS.indexOf(minimumAcr)) {
            throw new LoginRefusedException("login.refused.acr");
        }
    }
}
