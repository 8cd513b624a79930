package no.vis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production installation ({@code VIS_TEST_MODE} not {@code true}) that still has
 * the development defaults: the local login provider, the register simulators, the demo client secret,
 * a generated Maskinporten key or a base URL on this machine. One log line names every setting that is
 * missing, by its environment variable, and the deployment stops.
 */
@Singleton
@Startup
public class ProductionSettingsCheck {

    private static final System.Logger LOG = System.getLogger(ProductionSettingsCheck.class.getName());

    /** The secret only the local login provider accepts (the default of the client secrets). */
    static final String DEMO_SECRET = "local-provider-accepts-any-secret";

    /** Settings whose default is a development value: key → what must be true of a production value. */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("vis.base-url", Rule.NOT_LOCAL),
            Map.entry("vis.login.feide.discovery-url", Rule.NOT_LOCAL),
            Map.entry("vis.login.idporten.discovery-url", Rule.NOT_LOCAL),
            Map.entry("vis.login.feide.client-secret", Rule.NOT_DEMO_SECRET),
            Map.entry("vis.login.idporten.client-secret", Rule.NOT_DEMO_SECRET),
            Map.entry("vis.freg.base-url", Rule.NOT_LOCAL),
            Map.entry("vis.krr.base-url", Rule.NOT_LOCAL),
            Map.entry("vis.grep.base-url", Rule.NOT_LOCAL),
            Map.entry("vis.maskinporten.token-url", Rule.NOT_LOCAL),
            Map.entry("vis.maskinporten.keystore", Rule.GIVEN),
            Map.entry("vis.maskinporten.audience", Rule.NOT_TEST));

    enum Rule { NOT_LOCAL, NOT_DEMO_SECRET, GIVEN, NOT_TEST }

    @PostConstruct
    void check() {
        var config = ConfigProvider.getConfig();
        if (config.getOptionalValue("vis.test-mode", Boolean.class).orElse(false)) {
            return;
        }
        List<String> missing = missing(key -> config.getOptionalValue(key, String.class));
        if (!missing.isEmpty()) {
            String message = "VIS will not start: VIS_TEST_MODE is not true, and these settings are missing or still point"
                    + " at the local development stand-ins: " + String.join(", ", missing)
                    + " (see the README; VIS_TEST_MODE=true only for test installations)";
            LOG.log(Level.ERROR, message);
            throw new IllegalStateException(message);
        }
    }

    /** The settings a production installation lacks, as environment variable names, sorted. */
    static List<String> missing(Function<String, Optional<String>> config) {
        List<String> missing = new ArrayList<>();
        RULES.forEach((key, rule) -> {
            String value = config.apply(key).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
            boolean ok = switch (rule) {
                case NOT_LOCAL -> value != null && !isLocal(value);
                case NOT_DEMO_SECRET -> value != null && !value.equals(DEMO_SECRET);
                case GIVEN -> value != null;
                case NOT_TEST -> value != null && !value.contains("test.maskinporten");
            };
            if (!ok) {
                missing.add(key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"));
            }
        });
        missing.sort(null);
        return missing;
    }

    /** An address on this machine (the stand-ins' home): loopback or localhost. */
    static boolean isLocal(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
