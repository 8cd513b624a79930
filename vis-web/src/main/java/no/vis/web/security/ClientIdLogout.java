package no.vis.web.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.exception.http.RedirectionAction;
import org.pac4j.core.logout.LogoutActionBuilder;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.core.util.HttpActionHelper;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * Logout at the provider (RP-initiated logout) with {@code client_id} instead of
 * {@code id_token_hint}: the ID token holds the fødselsnummer ({@code pid}), and a redirect would
 * put it in the URL — in the browser's history and in the access logs of every proxy on the way.
 * ID-porten and Feide accept {@code client_id} with {@code post_logout_redirect_uri}.
 */
final class ClientIdLogout implements LogoutActionBuilder {

    private final OidcConfiguration oidc;

    ClientIdLogout(OidcConfiguration oidc) {
        this.oidc = oidc;
    }

    @Override
    public Optional<RedirectionAction> getLogoutAction(CallContext context, UserProfile profile, String targetUrl) {
        URI endSession = ProviderMetadata.of(oidc).getEndSessionEndpointURI();
        if (endSession == null) {
            return Optional.empty();
        }
        return Optional.of(HttpActionHelper.buildRedirectUrlAction(context.webContext(), url(endSession, oidc.getClientId(), targetUrl)));
    }

    /** The end-session URL: the provider's endpoint with the client id and where to come back. */
    static String url(URI endSession, String clientId, String targetUrl) {
        StringBuilder url = new StringBuilder(endSession.toString()).append(endSession.getRawQuery() == null ? '?' : '&')
                .append("client_id=").append(URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        if (targetUrl != null && !targetUrl.isBlank()) {
            url.append("&post_logout_redirect_uri=").append(URLEncoder.encode(targetUrl, StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
