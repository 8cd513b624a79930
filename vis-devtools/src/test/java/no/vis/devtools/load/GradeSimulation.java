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

/**
 * The grade protocol under load (issue 13): teachers, each logged in through the local login provider with a
 * session of their own, open one of their groups' protocols and save it with every numeric grade changed (the
 * grades 4 and 5 in turn: each save writes the group's grades), for {@code seconds} after {@code warmup}. The
 * feeder ({@code -Dteachers=file.csv}: {@code username,protocols} with {@code group/round} pairs separated by
 * {@code ;}) gives each virtual user one teacher and groups no other user has. The report's {@code open} and
 * {@code save} percentiles are the protocol's (scripts/benchmark-grades.sh prints them).
 */
public class GradeSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://localhost:8080");
    private final String teachers = System.getProperty("teachers", "teachers.csv");
    private final int users = Integer.getInteger("users", 4);
    private final Duration time = Duration.ofSeconds(Integer.getInteger("seconds", 60));
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("warmup", 30));

    private final HttpProtocolBuilder protocol = http.baseUrl(base).disableCaching().shareConnections();

    private static ChainBuilder logIn() {
        return exec(session -> session.set("loginBody", "username=" + encode(session.getString("username")) + "&claims="
                        + encode("{\"name\": \"" + session.getString("username") + "\"}")))
                .exec(http("login: grades").get("/staff/grades.xhtml").check(currentLocation().saveAs("loginUrl")))
                .exec(http("login: provider").post("#{loginUrl}")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody("#{loginBody}"))
                        .check(status().is(200), substring("Karakterer")));
    }

    /** The next of the teacher's protocols, in turn, and the grade to give this time. */
    private static Session next(Session session) {
        List<String> protocols = List.of(session.getString("protocols").split(";"));
        int next = session.contains("next") ? session.getInt("next") : 0;
        String[] pair = protocols.get(next % protocols.size()).split("/");
        return session.set("group", pair[0]).set("round", pair[1]).set("next", next + 1).set("grade", next % 2 == 0 ? "4" : "5");
    }

    /** The form as the page sends it: each numeric grade set to this time's grade, the others (IV, F, none) as they were. */
    private static Map<String, Object> form(Session session) {
        List<String> names = session.getList("names");
        List<String> values = session.getList("values");
        Map<String, Object> form = new HashMap<>();
        form.put("protocol", "protocol");
        form.put("protocol:save", "Lagre");
        form.put("jakarta.faces.ViewState", session.getString("viewState"));
        form.put("primefaces.nonce", session.getString("nonce"));
        for (int i = 0; i < names.size(); i++) {
            String was = i < values.size() ? values.get(i) : "";
            form.put(names.get(i), was.matches("[1-6]") ? session.getString("grade") : was);
        }
        return form;
    }

    private static ChainBuilder openAndSave(String prefix) {
        return exec(GradeSimulation::next)
                .exec(http(prefix + "open").get("/staff/grade-protocol.xhtml?group=#{group}&round=#{round}")
                        .check(status().is(200),
                                css("form#protocol", "action").saveAs("action"),
                                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                css("script[nonce]", "nonce").saveAs("nonce"),
                                css("input.vis-grade-input", "name").findAll().saveAs("names"),
                                css("input.vis-grade-input", "value").findAll().saveAs("values")))
                .exec(http(prefix + "save").post("#{action}")
                        .formParamMap(GradeSimulation::form)
                        .check(status().is(200), substring("Karakterene er lagret")));
    }

    private ScenarioBuilder saves(String name, String prefix, Duration during) {
        return scenario(name).feed(csv(teachers).circular()).exec(logIn()).during(during).on(openAndSave(prefix));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    {
        setUp(saves("warm-up", "warm-up ", warmUp).injectOpen(atOnceUsers(users))
                .andThen(saves("protocols", "", time).injectOpen(atOnceUsers(users))))
                .protocols(protocol);
    }
}
