package no.vis.devtools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast pages answer: for each URL, a warm-up, then N sequential GETs, each timed
 * from request to the last byte of the body, and prints the percentiles. A failed request
 * (not 200, or not containing the expected text) stops the run: a fast error is not a result.
 *
 * <pre>
 * mvn -q -pl vis-devtools exec:java -Dexec.args="--base http://localhost:8080 --warmup 50 --requests 300 \
 *     --login 5e1f7a2c-0001-4c6e-9a51-0a1b2c3d4e01 --expect 'elever' /staff/pupils.xhtml '/staff/pupils.xhtml?q=nora%20hansen'"
 * </pre>
 * {@code --login USER} first logs in as that demo user of the local login provider, through the
 * real OIDC redirects, and then measures with that session, as a logged-in user sees the pages.
 */
public final class PageBenchmark {

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        int warmup = 50;
        int requests = 300;
        String expect = null;
        String login = null;
        List<String> ids = List.of();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--expect" -> expect = args[++i];
                case "--login" -> login = args[++i];
                case "--ids" -> ids = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[++i])).stream()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: PageBenchmark [--base URL] [--warmup N] [--requests N] [--expect TEXT] [--login USER]"
                    + " [--ids FILE] PATH...  ({id} in a path: the file's ids in turn)");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new java.net.CookieManager()).build();
        if (!ids.isEmpty() && paths.stream().anyMatch(p -> p.contains("{id}")) && ids.size() < warmup + requests) {
            throw new IllegalArgumentException("--ids needs at least warmup + requests ids, so that no page is asked twice");
        }
        if (login != null) {
            logIn(http, URI.create(base + paths.get(0).replace("{id}", ids.isEmpty() ? "0" : ids.get(0))), login);
        }
        System.out.printf(Locale.ROOT, "%-60s %8s %8s %8s %8s %8s%n", "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String path : paths) {
            int next = 0;
            for (int i = 0; i < warmup; i++) {
                fetch(http, uri(base, path, ids, next++), expect);
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                URI uri = uri(base, path, ids, next++);
                long start = System.nanoTime();
                fetch(http, uri, expect);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-60s %8d %8.1f %8.1f %8.1f %8.1f%n", path, requests,
                    ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)), ms(nanos[requests - 1]));
        }
    }

    /** The path with {@code {id}} replaced by the n-th id (each request another record, as in real use). */
    private static URI uri(String base, String path, List<String> ids, int n) {
        return URI.create(base + (ids.isEmpty() ? path : path.replace("{id}", ids.get(n % ids.size()))));
    }

    /** Opens a protected page, answers the local provider's login form as the demo user, and follows back. */
    private static void logIn(HttpClient http, URI protectedPage, String username) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(protectedPage).build(), HttpResponse.BodyHandlers.ofString());
        String form = no.vis.devtools.login.LocalLoginProvider.DemoUser.named(username).formBody();
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200 || !back.uri().getPath().equals(protectedPage.getPath())) {
            throw new IllegalStateException("login as " + username + " ended at " + back.uri() + " (" + back.statusCode() + ")");
        }
    }

    private static void fetch(HttpClient http, URI uri, String expect) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "nb").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || (expect != null && !response.body().contains(expect))) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + " without '" + expect + "'");
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
