package no.vis.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsCheckTest {

    private static final Map<String, String> PRODUCTION = Map.ofEntries(
            Map.entry("vis.base-url", "https://vis.rogfk.no"),
            Map.entry("vis.login.feide.discovery-url", "https://auth.dataporten.no/.well-known/openid-configuration"),
            Map.entry("vis.login.idporten.discovery-url", "https://idporten.no/.well-known/openid-configuration"),
            Map.entry("vis.login.feide.client-secret", "s3cr3t-from-feide"),
            Map.entry("vis.login.idporten.client-secret", "s3cr3t-from-digdir"),
            Map.entry("vis.freg.base-url", "https://folkeregisteret.api.skatteetaten.no/folkeregisteret/offentlig-med-hjemmel/api"),
            Map.entry("vis.krr.base-url", "https://kontaktregisteret.no/rest"),
            Map.entry("vis.grep.base-url", "https://data.udir.no/kl06/v201906"),
            Map.entry("vis.maskinporten.token-url", "https://maskinporten.no/token"),
            Map.entry("vis.maskinporten.keystore", "/etc/vis/virksomhetssertifikat.p12"),
            Map.entry("vis.maskinporten.audience", "https://maskinporten.no/"));

    private static List<String> missing(Map<String, String> settings) {
        return ProductionSettingsCheck.missing(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void aCompleteProductionConfigurationStarts() {
        assertEquals(List.of(), missing(PRODUCTION));
    }

    @Test
    void nothingSetNamesEverySettingByItsEnvironmentVariable() {
        List<String> missing = missing(Map.of());
        assertEquals(11, missing.size(), missing.toString());
        assertTrue(missing.containsAll(List.of("VIS_LOGIN_FEIDE_DISCOVERY_URL", "VIS_LOGIN_IDPORTEN_CLIENT_SECRET",
                "VIS_FREG_BASE_URL", "VIS_MASKINPORTEN_KEYSTORE", "VIS_BASE_URL")), missing.toString());
    }

    @Test
    void theLocalStandInsAndTheDemoSecretAreRefused() {
        Map<String, String> settings = new HashMap<>(PRODUCTION);
        settings.put("vis.login.idporten.discovery-url", "http://127.0.0.1:8090/idporten/.well-known/openid-configuration");
        settings.put("vis.freg.base-url", "http://localhost:8091/folkeregisteret/offentlig-med-hjemmel/api");
        settings.put("vis.login.feide.client-secret", ProductionSettingsCheck.DEMO_SECRET);
        settings.put("vis.maskinporten.keystore", "  ");
        assertEquals(List.of("VIS_FREG_BASE_URL", "VIS_LOGIN_FEIDE_CLIENT_SECRET", "VIS_LOGIN_IDPORTEN_DISCOVERY_URL",
                "VIS_MASKINPORTEN_KEYSTORE"), missing(settings));
    }
}
