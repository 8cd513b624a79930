package no.vis.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built EAR (vis-ear/target/vis.ear), as it ships, for Arquillian to deploy. */
public final class VisDeployment {

    private VisDeployment() {
    }

    /** The EAR with the test classes added to its WAR, where Arquillian runs in-container tests. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = builtEar();
        WebArchive web = ear.getAsType(WebArchive.class, "vis-web.war");
        web.addClasses(testClasses);
        ear.delete("vis-web.war");
        ear.addAsModule(Testable.archiveToTest(web));
        return ear;
    }

    /** The EAR exactly as built, for tests that run as a client (browsers, HTTP). */
    public static EnterpriseArchive builtEar() {
        File file = new File(System.getProperty("vis.ear", "../vis-ear/target/vis.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("build the EAR first: " + file);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }
}
