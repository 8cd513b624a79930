package no.vis.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.http.callback.PathParameterCallbackUrlResolver;
import org.pac4j.jee.filter.CallbackFilter;
import org.pac4j.jee.filter.LogoutFilter;
import org.pac4j.jee.filter.SecurityFilter;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * Login with pac4j-oidc: the clients {@code feide} (staff and pupils) and {@code idporten}
 * (guardians), authorization code flow with PKCE (S256, from the discovery document), state and
 * nonce. The filters, in this order: security headers on everything, the callback
 * {@code /callback/<client>}, logout {@code /logout}, and for each area (staff with Feide,
 * guardians with ID-porten) the pac4j security filter (login when there is no session) followed by
 * an {@link AreaFilter} (who may use the area). The authorization request carries {@code ui_locales}
 * ({@link LocalisedLoginRedirect}); a front-channel logout from ID-porten
 * ({@code /callback/idporten?iss=…&sid=…}) ends the VIS session of that login ({@link LoginSessions}).
 */
@WebListener
public class SecurityConfig implements ServletContextListener {

    /**
     * pac4j's security headers on the areas, without its CSRF token matcher: that would write a new
     * token to the session and a cookie on every request, and nothing reads it — Faces' view state
     * protects the forms.
     */
    static final String AREA_MATCHERS = "securityheaders";

    @Inject
    LoginSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        OidcClient feide = feide();
        OidcClient idporten = idporten();
        Clients clients = new Clients(settings.baseUrl() + "/callback", feide, idporten);
        Config config = new Config(clients);
        config.setHttpActionAdapter(new VisHttpActionAdapter());
        LoginSessions loginSessions = new LoginSessions();
        config.setSessionLogoutHandler(loginSessions);
        config.setSessionStoreFactory(parameters -> new SessionIdRenewingStore());
        ServletContext context = event.getServletContext();
        context.addListener(loginSessions);
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);

        // first, so that pac4j's redirects and error pages carry the headers too
        // ID-porten shows its front-channel logout call to VIS in a hidden frame: only that request may be framed by it
        context.addFilter("securityHeaders", new SecurityHeadersFilter(() -> origins(clients, feide, idporten)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
        context.addFilter("sessionLifetime", new SessionLifetimeFilter(java.time.Duration.ofMinutes(settings.sessionMaxMinutes())))
                .addMappingForUrlPatterns(requests, false, "/*");

        LoginClientsReady clientsReady = new LoginClientsReady(clients, java.util.List.of(feide, idporten));
        clientsReady.tryAll();
        context.addFilter("loginClientsReady", clientsReady).addMappingForUrlPatterns(requests, false, "/callback/*", "/logout",
                "/staff/*", "/pupil/*", "/guardian/*");
        context.addFilter("loginErrors", new LoginErrorFilter()).addMappingForUrlPatterns(requests, false, "/callback/*");
        context.addFilter("frontChannelLogoutCheck", new FrontChannelLogoutCheck(java.util.Map.of(
                        "feide", () -> issuer(clients, feide), "idporten", () -> issuer(clients, idporten))))
                .addMappingForUrlPatterns(requests, false, "/callback/*");
        CallbackFilter callback = new CallbackFilter(config);
        callback.setDefaultUrl(settings.baseUrl() + "/");
        callback.setRenewSession(true); // a new session id at login
        context.addFilter("pac4jCallback", callback).addMappingForUrlPatterns(requests, false, "/callback/*");

        context.addFilter("logoutByPostOnly", new LogoutRequestFilter(SecurityHeadersFilter.origin(settings.baseUrl())))
                .addMappingForUrlPatterns(requests, false, "/logout");
        LogoutFilter logout = new LogoutFilter(config);
        logout.setDefaultUrl(settings.baseUrl() + "/");
        logout.setLocalLogout(true);
        logout.setCentralLogout(true); // end the provider's session too (end_session_endpoint with client_id: ClientIdLogout)
        logout.setDestroySession(true);
        context.addFilter("pac4jLogout", logout).addMappingForUrlPatterns(requests, false, "/logout");

        context.addFilter("staffLogin", new SecurityFilter(config, "feide", "none", AREA_MATCHERS))
                .addMappingForUrlPatterns(requests, false, "/staff/*");
        context.addFilter("staffArea", new AreaFilter(AreaFilter.STAFF)).addMappingForUrlPatterns(requests, false, "/staff/*");
        context.addFilter("roleAdministration", new AreaFilter(java.util.Set.of(no.vis.access.Role.COUNTY_ADMIN)))
                .addMappingForUrlPatterns(requests, false, "/staff/roles.xhtml", "/staff/absence-codes.xhtml",
                        "/staff/assessment-settings.xhtml");
        context.addFilter("pupilLists", new AreaFilter(AreaFilter.PUPIL_LISTS))
                .addMappingForUrlPatterns(requests, false, "/staff/pupils.xhtml", "/staff/pupil.xhtml");
        context.addFilter("guardianAdministration", new AreaFilter(AreaFilter.GUARDIAN_ADMINISTRATION))
                .addMappingForUrlPatterns(requests, false, "/staff/guardian-new.xhtml", "/staff/access-log.xhtml",
                        "/staff/removals.xhtml", "/staff/subjects.xhtml", "/staff/timetable.xhtml", "/staff/changes.xhtml",
                        "/staff/lesson.xhtml", "/staff/enrol.xhtml", "/staff/teaching-groups.xhtml", "/staff/teaching-group.xhtml",
                        "/staff/classes.xhtml", "/staff/timetable-build.xhtml", "/staff/copy-week.xhtml", "/staff/calendar.xhtml", "/staff/untis.xhtml",
                        "/staff/registers.xhtml", "/staff/term-report.xhtml", "/staff/grade-rounds.xhtml");
        context.addFilter("teaching", new AreaFilter(AreaFilter.TEACHING))
                .addMappingForUrlPatterns(requests, false, "/staff/week.xhtml", "/staff/groups.xhtml", "/staff/day.xhtml",
                        "/staff/register.xhtml", "/staff/grades.xhtml", "/staff/remarks.xhtml", "/staff/formative.xhtml");
        context.addFilter("contactTeaching", new AreaFilter(java.util.Set.of(no.vis.access.Role.CONTACT_TEACHER)))
                .addMappingForUrlPatterns(requests, false, "/staff/class-day.xhtml");
        context.addFilter("classAbsence", new AreaFilter(java.util.Set.of(no.vis.access.Role.CONTACT_TEACHER, no.vis.access.Role.OFFICE,
                no.vis.access.Role.COUNTY_ADMIN))).addMappingForUrlPatterns(requests, false, "/staff/class-absence.xhtml", "/staff/class-closing.xhtml", "/staff/conduct.xhtml");
        context.addFilter("gradeProtocol", new AreaFilter(java.util.Set.of(no.vis.access.Role.TEACHER, no.vis.access.Role.CONTACT_TEACHER,
                no.vis.access.Role.OFFICE, no.vis.access.Role.COUNTY_ADMIN))).addMappingForUrlPatterns(requests, false, "/staff/grade-protocol.xhtml");
        context.addFilter("jobScreen", new AreaFilter(java.util.Set.of(no.vis.access.Role.IT_OPERATIONS)))
                .addMappingForUrlPatterns(requests, false, "/staff/jobs.xhtml");
        context.addFilter("pupilLogin", new SecurityFilter(config, "feide", "none", AREA_MATCHERS))
                .addMappingForUrlPatterns(requests, false, "/pupil/*");
        context.addFilter("pupilArea", new AreaFilter(AreaFilter.PUPILS)).addMappingForUrlPatterns(requests, false, "/pupil/*");
        context.addFilter("guardianLogin", new SecurityFilter(config, "idporten", "none", AREA_MATCHERS))
                .addMappingForUrlPatterns(requests, false, "/guardian/*");
        context.addFilter("guardianArea", new AreaFilter(AreaFilter.GUARDIANS))
                .addMappingForUrlPatterns(requests, false, "/guardian/*");
    }

    private OidcClient feide() {
        OidcConfiguration oidc = new OidcConfiguration();
        oidc.setDiscoveryURI(settings.feideDiscoveryUrl());
        oidc.setClientId(settings.feideClientId());
        oidc.setSecret(settings.feideClientSecret());
        oidc.setScope("openid profile email userid-feide");
        oidc.setUseNonce(true);
        return client("feide", oidc, new VisRoles());
    }

    private OidcClient idporten() {
        OidcConfiguration oidc = new OidcConfiguration();
        oidc.setDiscoveryURI(settings.idportenDiscoveryUrl());
        oidc.setClientId(settings.idportenClientId());
        oidc.setSecret(settings.idportenClientSecret());
        oidc.setScope("openid profile");
        oidc.setUseNonce(true);
        oidc.addCustomParam("acr_values", settings.idportenAcr());
        return client("idporten", oidc, new VisRoles(settings.idportenAcr()));
    }

    /**
     * Where the providers live, from their metadata: the discovery, authorization and end-session
     * endpoints' origins (ID-porten's discovery is on idporten.no, its login and logout on
     * login.idporten.no). While a provider cannot be reached, the discovery URLs' origins, marked
     * incomplete so they are asked again.
     */
    private SecurityHeadersFilter.Origins origins(Clients clients, OidcClient feide, OidcClient idporten) {
        java.util.List<String> login = new java.util.ArrayList<>();
        java.util.List<String> idportenOrigins = new java.util.ArrayList<>();
        boolean complete = true;
        for (OidcClient client : java.util.List.of(feide, idporten)) {
            java.util.List<String> these = new java.util.ArrayList<>();
            these.add(SecurityHeadersFilter.origin(client.getConfiguration().getDiscoveryURI()));
            try {
                initialised(clients, client);
                // half a second at most: while a provider loads slowly or cannot be reached, the policy has
                // its discovery origin and is completed within a minute; a page must not wait for it
                var metadata = ProviderMetadata.of(client.getConfiguration(), 500_000_000L);
                for (java.net.URI endpoint : new java.net.URI[] {metadata.getAuthorizationEndpointURI(),
                        metadata.getEndSessionEndpointURI()}) {
                    if (endpoint != null) {
                        these.add(SecurityHeadersFilter.origin(endpoint.toString()));
                    }
                }
            } catch (RuntimeException unreachable) {
                complete = false;
            }
            login.addAll(these);
            if (client == idporten) {
                idportenOrigins.addAll(these);
            }
        }
        return new SecurityHeadersFilter.Origins(login.stream().filter(java.util.Objects::nonNull).distinct().toList(),
                idportenOrigins.stream().filter(java.util.Objects::nonNull).distinct().toList(), complete);
    }

    /**
     * The client, initialised as pac4j initialises it for a login: first the clients (callback URL,
     * Ajax resolver and the other defaults), then the client (its discovery document). Both idempotent;
     * a client initialised on its own before the clients would lack the defaults.
     */
    private static OidcClient initialised(Clients clients, OidcClient client) {
        clients.init();
        client.init();
        return client;
    }

    /** The issuer of a client's provider, from its discovery document. */
    private static String issuer(Clients clients, OidcClient client) {
        initialised(clients, client);
        return ProviderMetadata.of(client.getConfiguration()).getIssuer().getValue();
    }

    private static OidcClient client(String name, OidcConfiguration oidc, VisRoles roles) {
        OidcClient client = new OidcClient(oidc);
        client.setLogoutActionBuilder(new ClientIdLogout(oidc));
        client.setName(name);
        client.setCallbackUrlResolver(new PathParameterCallbackUrlResolver());
        client.addAuthorizationGenerator(roles);
        client.setRedirectionActionBuilder(new LocalisedLoginRedirect(client));
        return client;
    }
}
