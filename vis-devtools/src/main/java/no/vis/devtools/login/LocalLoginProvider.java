package no.vis.devtools.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The local login provider for {@code run.sh} and the tests: NAV's mock-oauth2-server serving two
 * OIDC issuers on one port, {@code /feide} (staff and pupils) and {@code /idporten} (guardians),
 * with real discovery documents, signed tokens, PKCE, nonce and end-session endpoints. Its login
 * page offers the demo users of {@code demo-users.json} (one button each, by issuer) and a form for
 * any user with any claims, for testing odd cases (a wrong {@code acr}, a missing {@code pid}).
 * Never for production: VIS then points the discovery URLs at Feide and ID-porten.
 */
public final class LocalLoginProvider implements AutoCloseable {

    public static final int DEFAULT_PORT = 8090;
    public static final List<String> ISSUERS = List.of("feide", "idporten");

    private final MockOAuth2Server server;
    private final int port;

    private LocalLoginProvider(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the provider on 127.0.0.1 and the given port. */
    public static LocalLoginProvider start(int port) {
        try {
            Path loginPage = Files.createTempFile("vis-local-login", ".html");
            loginPage.toFile().deleteOnExit();
            Files.writeString(loginPage, LoginPage.render(DemoUser.all()), StandardCharsets.UTF_8);
            String config = """
                    {"interactiveLogin": true, "httpServer": "NettyWrapper", "loginPagePath": "%s"}"""
                    .formatted(loginPage.toAbsolutePath().toString().replace("\\", "\\\\"));
            MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config));
            server.start(InetAddress.getLoopbackAddress(), port);
            return new LocalLoginProvider(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer URL, e.g. {@code http://127.0.0.1:8090/feide}. */
    public URI issuer(String issuer) {
        return URI.create(server.issuerUrl(issuer).toString().replaceAll("/$", ""));
    }

    /** The discovery document's URL, which VIS is configured with. */
    public URI discovery(String issuer) {
        return URI.create(server.wellKnownUrl(issuer).toString());
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * Runs the provider until the process is stopped: {@code [port]} (default 8090). Prints the
     * discovery URLs and the demo users.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        LocalLoginProvider provider = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
        for (String issuer : ISSUERS) {
            System.out.println("Local login provider, issuer " + issuer + ": " + provider.discovery(issuer));
        }
        for (DemoUser user : DemoUser.all()) {
            System.out.println("  " + user.issuer() + ": " + user.label());
        }
        Thread.currentThread().join();
    }

    /** A demo user: which issuer it logs in at, the subject, a label, and its claims as JSON. */
    public record DemoUser(String issuer, String username, String label, String claimsJson) {

        /** The demo user with this username. */
        public static DemoUser named(String username) {
            return all().stream().filter(u -> u.username().equals(username)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
        }

        /** The login page's form as this user posts it: {@code username} and {@code claims}. */
        public String formBody() {
            return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&claims=" + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        }

        /** The demo users of {@code demo-users.json}, in order. */
        public static List<DemoUser> all() {
            try (InputStream in = LocalLoginProvider.class.getResourceAsStream("demo-users.json")) {
                var tree = new tools.jackson.databind.ObjectMapper().readTree(in);
                List<DemoUser> users = new ArrayList<>();
                for (var node : tree) {
                    users.add(new DemoUser(node.get("issuer").asString(), node.get("username").asString(),
                            node.get("label").asString(), node.get("claims").toString()));
                }
                return users;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
