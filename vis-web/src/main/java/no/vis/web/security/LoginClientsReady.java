package no.vis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import org.pac4j.core.client.Clients;
import org.pac4j.core.util.InitializableObject;
import org.pac4j.oidc.client.OidcClient;

/**
 * Makes the login clients ready — clients, provider metadata, and the parts pac4j otherwise
 * initialises on first use (credentials extractor, authenticator, profile creator) — once, in one
 * thread, before pac4j's filters see a request. pac4j initialises each part lazily and, while one
 * request is initialising a part, lets the others that ask within the retry interval go on with it
 * uninitialised (and its metadata loader answers nothing while one request loads it): users who log
 * in together right after a start met HTTP 500s and refused logins under the load test.
 *
 * <p>Tried at start and then on each login-area request until it succeeds, per client: a provider
 * that cannot be reached is tried again by the next request, and does not hold up the other.
 */
public class LoginClientsReady extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(LoginClientsReady.class.getName());

    private final transient Clients clients;
    private final transient List<Ready> ready;

    LoginClientsReady(Clients clients, List<OidcClient> oidcClients) {
        this.clients = clients;
        this.ready = oidcClients.stream().map(Ready::new).toList();
    }

    /** Makes every client ready that can be; a client whose provider cannot be reached is left for the next request. */
    void tryAll() {
        for (Ready client : ready) {
            if (!client.done) {
                client.tryNow(clients);
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        tryAll();
        chain.doFilter(request, response);
    }

    /**
     * Initialises it now unless it is: forced, because after a failed attempt (a provider down at
     * start) pac4j would skip the next ones for a while and leave the object uninitialised.
     */
    private static void initialise(InitializableObject object) {
        if (!object.isInitialized()) {
            object.init(true);
        }
    }

    private static final class Ready {

        private final OidcClient client;
        private volatile boolean done;

        Ready(OidcClient client) {
            this.client = client;
        }

        synchronized void tryNow(Clients clients) {
            if (done) {
                return;
            }
            try {
                clients.init();
                initialise(client);
                ProviderMetadata.of(client.getConfiguration());
                for (Object part : new Object[] {client.getCredentialsExtractor(), client.getAuthenticator(),
                        client.getProfileCreator(), client.getRedirectionActionBuilder(), client.getLogoutActionBuilder()}) {
                    if (part instanceof InitializableObject initializable) {
                        initialise(initializable);
                    }
                }
                done = true;
            } catch (RuntimeException notYet) {
                LOG.log(Level.INFO, "Login client {0} not ready yet: {1}", client.getName(), notYet.getClass().getSimpleName());
            }
        }
    }
}
