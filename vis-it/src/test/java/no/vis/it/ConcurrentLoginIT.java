package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users who come together right after VIS starts — before it has read the login providers'
 * metadata — are each sent to their login provider: no HTTP 500. (pac4j's metadata loader answers
 * nothing to the requests that ask while one of them fetches the document; seen under the load
 * test, where seven of ten first logins failed.) This class deploys VIS afresh, so its requests are
 * the deployment's first.
 */
@ExtendWith({ArquillianExtension.class, LoginProviderExtension.class})
@RunAsClient
class ConcurrentLoginIT {

    private static final int USERS = 16;

    private final String base = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 300));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return VisDeployment.builtEar();
    }

    @Test
    void usersWhoComeTogetherAfterAStartAreAllSentToTheirLoginProvider() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String area = i % 2 == 0 ? "/guardian/index.xhtml" : "/staff/index.xhtml";
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create(base + area)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (int i = 0; i < USERS; i++) {
                HttpResponse<String> answer = answers.get(i).get();
                assertEquals(302, answer.statusCode(), "user " + i + ": " + answer.body());
                String location = answer.headers().firstValue("Location").orElse("");
                assertTrue(location.startsWith("http://127.0.0.1:" + LoginProviderExtension.PORT + "/"), location);
                assertTrue(location.contains(i % 2 == 0 ? "/idporten/" : "/feide/"), location);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
