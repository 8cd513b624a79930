package no.vis.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import no.vis.access.KnownUser;
import no.vis.access.Role;
import no.vis.access.StaffDirectory;
import org.pac4j.core.authorization.generator.AuthorizationGenerator;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.profile.UserProfile;

/**
 * After a Feide login: who the person is in VIS, by the Feide user id ({@code sub}), never by
 * name. A known staff member gets the VIS user id and roles; a person VIS does not know keeps a
 * profile without them, and is told so by the staff area.
 */
final class VisRoles implements AuthorizationGenerator {

    static final String USER_ID = "vis.userId";
    static final String DISPLAY_NAME = "vis.displayName";

    @Override
    public Optional<UserProfile> generate(CallContext context, UserProfile profile) {
        StaffDirectory staff = CDI.current().select(StaffDirectory.class).get();
        Optional<KnownUser> known = staff.findByFeideUserId(profile.getId());
        known.ifPresent(user -> {
            profile.addAttribute(USER_ID, user.userId());
            profile.addAttribute(DISPLAY_NAME, user.displayName());
            user.roles().stream().map(Role::name).forEach(profile::addRole);
        });
        return Optional.of(profile);
    }
}
