package no.vis.web.security;

import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import org.pac4j.core.exception.TechnicalException;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * A login provider's metadata (its discovery document) as pac4j loaded it, waiting while another
 * request loads it: pac4j's loader answers {@code null} to every request that asks while another
 * is fetching the document (a {@code tryLock}), so the users who log in together right after a
 * start would otherwise meet a NullPointerException — an HTTP 500 — in pac4j.
 */
final class ProviderMetadata {

    private static final long WAIT_NANOS = 10_000_000_000L;

    private ProviderMetadata() {
    }

    /** @throws TechnicalException when it is still not loaded after ten seconds; a failed load throws its own */
    static OIDCProviderMetadata of(OidcConfiguration oidc) {
        return of(oidc, WAIT_NANOS);
    }

    /**
     * Waiting at most {@code waitNanos}: for what can do without the metadata for a while (the content
     * security policy asks again within a minute) — a provider that cannot be reached answers {@code
     * null} too, and must not hold up every first request after a start for the full wait.
     */
    static OIDCProviderMetadata of(OidcConfiguration oidc, long waitNanos) {
        var resolver = oidc.getOpMetadataResolver();
        long deadline = System.nanoTime() + waitNanos;
        OIDCProviderMetadata metadata;
        while ((metadata = resolver.load()) == null) {
            if (System.nanoTime() > deadline) {
                throw new TechnicalException("the login provider's metadata did not load");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TechnicalException("interrupted while the login provider's metadata loaded");
            }
        }
        return metadata;
    }
}
