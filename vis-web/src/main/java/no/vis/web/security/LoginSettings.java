package no.vis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where VIS logs people in, from MicroProfile Config (environment variables in capitals, e.g.
 * {@code VIS_LOGIN_FEIDE_DISCOVERY_URL}). The defaults point at the local login provider that
 * {@code run.sh} starts; production sets the discovery URLs of Feide and ID-porten and the client
 * credentials, and changes nothing else. Secrets come only from the environment.
 */
@ApplicationScoped
public class LoginSettings {

    /** VIS's own address as users reach it; the OIDC callbacks are {@code <base>/callback/<client>}. */
    @Inject
    @ConfigProperty(name = "vis.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "vis.login.feide.discovery-url", defaultValue = "http://127.0.0.1:8090/feide/.well-known/openid-configuration")
    String feideDiscoveryUrl;

    @Inject
    @ConfigProperty(name = "vis.login.feide.client-id", defaultValue = "vis")
    String feideClientId;

    @Inject
    @ConfigProperty(name = "vis.login.feide.client-secret", defaultValue = "local-provider-accepts-any-secret")
    String feideClientSecret;

    @Inject
    @ConfigProperty(name = "vis.login.idporten.discovery-url", defaultValue = "http://127.0.0.1:8090/idporten/.well-known/openid-configuration")
    String idportenDiscoveryUrl;

    @Inject
    @ConfigProperty(name = "vis.login.idporten.client-id", defaultValue = "vis")
    String idportenClientId;

    @Inject
    @ConfigProperty(name = "vis.login.idporten.client-secret", defaultValue = "local-provider-accepts-any-secret")
    String idportenClientSecret;

    /** The lowest level of assurance accepted from ID-porten. */
    @Inject
    @ConfigProperty(name = "vis.login.idporten.acr", defaultValue = "idporten-loa-substantial")
    String idportenAcr;

    /** The longest a login lasts, however active the user (besides the idle timeout of 30 minutes). */
    @Inject
    @ConfigProperty(name = "vis.session.max-hours", defaultValue = "8")
    int sessionMaxHours;

    public int sessionMaxMinutes() {
        return sessionMaxHours * 60;
    }

    public String baseUrl() {
        return baseUrl.replaceAll("/$", "");
    }

    public String feideDiscoveryUrl() {
        return feideDiscoveryUrl;
    }

    public String feideClientId() {
        return feideClientId;
    }

    public String feideClientSecret() {
        return feideClientSecret;
    }

    public String idportenDiscoveryUrl() {
        return idportenDiscoveryUrl;
    }

    public String idportenClientId() {
        return idportenClientId;
    }

    public String idportenClientSecret() {
        return idportenClientSecret;
    }

    public String idportenAcr() {
        return idportenAcr;
    }
}
