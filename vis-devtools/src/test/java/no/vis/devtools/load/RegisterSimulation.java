package no.vis.devtools.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The 08:00 peak (issue 12): teachers, each logged in through the local login provider with a session
 * of their own, open a lesson's register and save it (in the background, as the page's button does) with one to three pupils absent — again and again,
 * each through their own lessons, for {@code seconds} — measured after a trivial Faces page under the
 * same users in the same run. Both are warmed up first ({@code warmup} seconds). The feeder
 * ({@code -Dteachers=file.csv}: {@code username,keys} with the keys of the teacher's lessons separated
 * by {@code ;}) gives each virtual user one teacher, so that no two users save the same register.
 * The report's request counts and percentiles ({@code open}, {@code save}, {@code trivial}) give saves per second and their p95
 * (scripts/benchmark-absence.sh prints them).
 *
 * <pre>
 * mvn -pl vis-devtools gatling:test -Dgatling.simulationClass=no.vis.devtools.load.RegisterSimulation \
 *     -Dbase=http://localhost:8080 -Dteachers=/tmp/teachers.csv -Dusers=40 -Dseconds=60
 * </pre>
 */
public class RegisterSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://localhost:8080");
    private final String teachers = System.getProperty("teachers", "teachers.csv");
    private final String trivial = System.getProperty("trivial", "/accessibility.xhtml");
    private final int users = Integer.getInteger("users", 40);
    private final Duration time = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("warmup", 30));

    private final HttpProtocolBuilder protocol = http.baseUrl(base).disableCaching().shareConnections();

    /** The teacher's day asks for a login; the provider's form is answered as the teacher; back at the day. */
    private static ChainBuilder logIn() {
        return exec(session -> session.set("loginBody", "username=" + encode(session.getString("username")) + "&claims="
                        + encode("{\"name\": \"" + session.getString("username") + "\"}")))
                .exec(http("login: day").get("/staff/day.xhtml").check(currentLocation().saveAs("loginUrl")))
                .exec(http("login: provider").post("#{loginUrl}")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody("#{loginBody}"))
                        .check(status().is(200), substring("Min dag")));
    }

    /** The next of the teacher's lessons, in turn. */
    private static Session nextKey(Session session) {
        List<String> keys = List.of(session.getString("keys").split(";"));
        int next = session.contains("next") ? session.getInt("next") : 0;
        return session.set("key", keys.get(next % keys.size())).set("next", next + 1);
    }

    /** The form as the teacher sends it: every pupil present but one to three absent, the default code, no minutes. */
    private static Map<String, Object> form(Session session) {
        List<String> states = session.getList("states");
        List<String> codes = session.getList("codes");
        Map<String, Object> form = new HashMap<>();
        // the save button's request as PrimeFaces' script sends it: in the background, the form processed,
        // the form and the register's status rendered again
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "register:save");
        form.put("jakarta.faces.partial.execute", "register");
        form.put("jakarta.faces.partial.render", "register register-status");
        form.put("register:save", "register:save");
        form.put("register", "register");
        form.put("register:reason", "");
        form.put("jakarta.faces.ViewState", session.getString("viewState"));
        // PrimeFaces' script adds the page's CSP nonce to every postback; a browser's submit carries it
        form.put("primefaces.nonce", session.getString("nonce"));
        int absent = states.isEmpty() ? 0 : 1 + ThreadLocalRandom.current().nextInt(Math.min(3, states.size()));
        int first = states.isEmpty() ? 0 : ThreadLocalRandom.current().nextInt(states.size());
        for (int i = 0; i < states.size(); i++) {
            boolean away = (i - first + states.size()) % states.size() < absent;
            form.put(states.get(i), away ? "ABSENT" : "PRESENT");
            form.put(states.get(i).replace(":state", ":minutes"), "");
        }
        for (String code : codes) {
            form.put(code, session.getString("code"));
        }
        return form;
    }

    private static ChainBuilder openAndSave(String prefix) {
        return exec(RegisterSimulation::nextKey)
                .exec(http(prefix + "open").get("/staff/register.xhtml?lesson=#{key}")
                        .check(status().is(200),
                                css("form#register", "action").saveAs("action"),
                                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                css("script[nonce]", "nonce").saveAs("nonce"),
                                css("select[name$=':state']", "name").findAll().saveAs("states"),
                                css("select[name$=':code']", "name").findAll().saveAs("codes"),
                                css("select[name$=':code'] option[selected]", "value").saveAs("code")))
                .exec(http(prefix + "save").post("#{action}")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParamMap(RegisterSimulation::form)
                        .check(status().is(200), substring("Fraværet er lagret")));
    }

    private ScenarioBuilder saves(String name, String prefix, Duration during) {
        return scenario(name).feed(csv(teachers).circular()).exec(logIn()).during(during).on(openAndSave(prefix));
    }

    private ScenarioBuilder trivialPage(String name, Duration during) {
        return scenario(name).feed(csv(teachers).circular()).exec(logIn()).during(during)
                .on(exec(http(name).get(trivial).check(status().is(200), substring("WCAG"))));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    {
        setUp(trivialPage("warm-up: trivial", warmUp).injectOpen(atOnceUsers(users))
                .andThen(saves("warm-up: saves", "warm-up ", warmUp).injectOpen(atOnceUsers(users)))
                .andThen(trivialPage("trivial", time).injectOpen(atOnceUsers(users)))
                .andThen(saves("saves", "", time).injectOpen(atOnceUsers(users))))
                .protocols(protocol);
    }
}
