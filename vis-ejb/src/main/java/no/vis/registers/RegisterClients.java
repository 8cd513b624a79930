package no.vis.registers;

import jakarta.inject.Inject;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import no.vis.registers.freg.FregClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register clients as configured (MicroProfile Config; environment variables in capitals,
 * e.g. {@code VIS_FREG_BASE_URL}). The defaults point at the local register simulators that
 * {@code run.sh} starts; production sets Folkeregisteret's and Maskinporten's addresses, the
 * client id and the county's business certificate (a PKCS#12 key store), and changes nothing else.
 * Without a key store a key is generated at start — the simulators accept it, Maskinporten would not.
 */
@jakarta.ejb.Singleton
@jakarta.annotation.security.RolesAllowed(no.vis.access.Role.Names.SYSTEM)
public class RegisterClients {

    private static final System.Logger LOG = System.getLogger(RegisterClients.class.getName());

    @Inject
    @ConfigProperty(name = "vis.freg.base-url", defaultValue = "http://127.0.0.1:8091/folkeregisteret/offentlig-med-hjemmel/api")
    String fregBaseUrl;

    @Inject
    @ConfigProperty(name = "vis.freg.scope", defaultValue = "folkeregister:deling/offentligmedhjemmel")
    String fregScope;

    @Inject
    @ConfigProperty(name = "vis.freg.timeout-ms", defaultValue = "10000")
    long fregTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vis.freg.max-attempts", defaultValue = "6")
    int fregMaxAttempts;

    @Inject
    @ConfigProperty(name = "vis.freg.backoff-ms", defaultValue = "200")
    long fregBackoffMillis;

    @Inject
    @ConfigProperty(name = "vis.krr.base-url", defaultValue = "http://127.0.0.1:8091/rest")
    String krrBaseUrl;

    @Inject
    @ConfigProperty(name = "vis.krr.scope", defaultValue = "krr:global/kontaktinformasjon.read")
    String krrScope;

    @Inject
    @ConfigProperty(name = "vis.grep.base-url", defaultValue = "http://127.0.0.1:8091/grep/kl06/v201906")
    String grepBaseUrl;

    @Inject
    @ConfigProperty(name = "vis.grep.parallel", defaultValue = "8")
    int grepParallel;

    @Inject
    @ConfigProperty(name = "vis.grep.list-timeout-ms", defaultValue = "60000")
    long grepListTimeoutMillis;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.token-url", defaultValue = "http://127.0.0.1:8091/maskinporten/token")
    String tokenUrl;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.audience", defaultValue = "https://test.maskinporten.no/")
    String audience;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.client-id", defaultValue = "vis-local")
    String clientId;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.keystore", defaultValue = " ")
    String keystore;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.keystore-password", defaultValue = " ")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.key-alias", defaultValue = " ")
    String keyAlias;

    @Inject
    @ConfigProperty(name = "vis.maskinporten.key-id", defaultValue = "vis")
    String keyId;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PrivateKey key;
    private FregClient freg;
    private no.vis.registers.krr.KrrClient krr;
    private no.vis.registers.grep.GrepClient grep;

    public FregClient freg() {
        if (freg == null) {
            MaskinportenTokens tokens = new MaskinportenTokens(new MaskinportenTokens.Settings(URI.create(tokenUrl), audience,
                    clientId, fregScope, key(), keyId, Duration.ofSeconds(10)), http);
            freg = new FregClient(new FregClient.Settings(URI.create(fregBaseUrl.replaceAll("/$", "")),
                    Duration.ofMillis(fregTimeoutMillis), fregMaxAttempts, Duration.ofMillis(fregBackoffMillis)), tokens, http);
        }
        return freg;
    }

    public no.vis.registers.krr.KrrClient krr() {
        if (krr == null) {
            MaskinportenTokens tokens = new MaskinportenTokens(new MaskinportenTokens.Settings(URI.create(tokenUrl), audience,
                    clientId, krrScope, key(), keyId, Duration.ofSeconds(10)), http);
            krr = new no.vis.registers.krr.KrrClient(new no.vis.registers.krr.KrrClient.Settings(
                    URI.create(krrBaseUrl.replaceAll("/$", "")), Duration.ofMillis(fregTimeoutMillis), fregMaxAttempts,
                    Duration.ofMillis(fregBackoffMillis)), tokens, http);
        }
        return krr;
    }

    /** Udir's Grep: open, no token; timeouts and retries are the {@code vis.freg.*} ones. */
    public no.vis.registers.grep.GrepClient grep() {
        if (grep == null) {
            grep = new no.vis.registers.grep.GrepClient(new no.vis.registers.grep.GrepClient.Settings(
                    URI.create(grepBaseUrl.strip().replaceAll("/$", "")), Duration.ofMillis(fregTimeoutMillis),
                    Duration.ofMillis(Math.max(fregTimeoutMillis, grepListTimeoutMillis)), fregMaxAttempts,
                    Duration.ofMillis(fregBackoffMillis), Math.max(1, Math.min(32, grepParallel))), http);
        }
        return grep;
    }

    @jakarta.annotation.PreDestroy
    void closeGrep() {
        if (grep != null) {
            grep.close();
        }
    }

    /** The county's key, read (or, without a key store, generated) once for all clients. */
    private PrivateKey key() {
        if (key == null) {
            key = readKey();
        }
        return key;
    }

    private PrivateKey readKey() {
        try {
            if (keystore.isBlank()) {
                LOG.log(System.Logger.Level.WARNING, "No Maskinporten key store configured (vis.maskinporten.keystore):"
                        + " using a generated key, which only the local register simulators accept");
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(keystore.strip())) {
                store.load(in, keystorePassword.strip().toCharArray());
            }
            String alias = keyAlias.isBlank() ? store.aliases().nextElement() : keyAlias.strip();
            return (PrivateKey) store.getKey(alias, keystorePassword.strip().toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the Maskinporten key store (vis.maskinporten.keystore)", e);
        }
    }
}
