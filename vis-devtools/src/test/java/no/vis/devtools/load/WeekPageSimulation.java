package no.vis.devtools.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import no.vis.devtools.login.LocalLoginProvider;

/**
 * A page under concurrent users against a trivial Faces page, measured one after the other in the
 * same run: {@code users} virtual users, each logged in through the local login provider as the
 * demo user (their own session), request the trivial page as fast as it answers for
 * {@code seconds}, then the page measured the same way. Both are warmed up first for {@code warmup}
 * seconds (15), apart, so that neither measurement pays for the JIT of the server or of the load tool. The report's requests per second of the
 * two request names give the ratio (scripts/benchmark-timetable.sh prints it).
 *
 * <pre>
 * mvn -pl vis-devtools gatling:test -Dbase=http://localhost:8080 -Duser=idporten-gunnar \
 *     -Dpage=/guardian/index.xhtml -Dexpect=Uke -Dtrivial=/accessibility.xhtml -Dusers=10 -Dseconds=60
 * </pre>
 */
public class WeekPageSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://localhost:8080");
    private final String user = System.getProperty("user", "idporten-gunnar");
    private final String page = System.getProperty("page", "/guardian/index.xhtml");
    private final String expect = System.getProperty("expect", "Uke");
    private final String trivial = System.getProperty("trivial", "/accessibility.xhtml");
    private final int users = Integer.getInteger("users", 10);
    private final Duration time = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("warmup", 15));

    private final HttpProtocolBuilder protocol = http.baseUrl(base).disableCaching().shareConnections();

    /** The page asks for a login; the provider's form is answered as the demo user; back at the page. */
    private ChainBuilder logIn() {
        return exec(http("login: page").get(page).check(currentLocation().saveAs("loginUrl")))
                .exec(http("login: provider").post("#{loginUrl}")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody(LocalLoginProvider.DemoUser.named(user).formBody()))
                        .check(status().is(200), substring(expect)));
    }

    private ScenarioBuilder measured(String name, String path, String mustContain, Duration during) {
        return scenario(name).exec(logIn()).during(during).on(exec(http(name).get(path)
                .check(status().is(200), substring(mustContain))));
    }

    {
        // both warmed up first (the server's and the load tool's own JIT), so that neither measurement pays for it
        setUp(measured("warm-up: trivial", trivial, "WCAG", warmUp).injectOpen(atOnceUsers(users))
                .andThen(measured("warm-up: page", page, expect, warmUp).injectOpen(atOnceUsers(users)))
                .andThen(measured("trivial", trivial, "WCAG", time).injectOpen(atOnceUsers(users)))
                .andThen(measured("page", page, expect, time).injectOpen(atOnceUsers(users))))
                .protocols(protocol);
    }
}
