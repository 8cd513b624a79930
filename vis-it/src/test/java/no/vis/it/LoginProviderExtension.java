package no.vis.it;

import no.vis.devtools.login.LocalLoginProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local login provider (Feide and ID-porten stand-ins) on the port VIS under test is configured
 * with, for the browser tests of one class: started before its first test, stopped after its last.
 */
public final class LoginProviderExtension implements BeforeAllCallback, AfterAllCallback {

    /** The port of the provider the tests' VIS logs in with. */
    public static final int PORT = Integer.getInteger("it.login.port", 18090);

    private LocalLoginProvider provider;

    @Override
    public void beforeAll(ExtensionContext context) {
        provider = LocalLoginProvider.start(PORT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        provider.close();
    }
}
