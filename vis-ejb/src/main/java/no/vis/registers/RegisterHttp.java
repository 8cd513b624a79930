package no.vis.registers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A JSON POST to a national register with the usual manners: bearer token (renewed once when
 * refused), 429 waits the {@code Retry-After} asked for, 5xx answers and timeouts are retried with
 * exponential backoff and jitter, any other refusal fails with the register's own error code and
 * message when it gives them.
 */
public final class RegisterHttp {

    /** Timeouts and retries. {@code retryAfterMillis}: Folkeregisteret gives Retry-After in ms, HTTP in seconds. */
    public record Settings(Duration timeout, int maxAttempts, Duration backoff, boolean retryAfterMillis) {
    }

    private final String register;
    private final Settings settings;
    private final AccessTokens tokens;
    private final HttpClient http;

    /** @param tokens the register's access tokens, or null for an open register (no Authorization header) */
    public RegisterHttp(String register, Settings settings, AccessTokens tokens, HttpClient http) {
        this.register = register;
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
    }

    /**
     * At most this long for one call with all its retries, so that a chunk's transaction (which
     * the calls are part of) is not left open past its timeout by a register in trouble.
     */
    static final Duration TOTAL_LIMIT = Duration.ofMinutes(2);

    /** The answer's body (HTTP 200). */
    public String post(URI uri, String json) {
        return exchange(uri, builder -> builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))).body();
    }

    /** An answer to a GET: 200 with body and ETag, or 304 (nothing new since {@code ifNoneMatch}). */
    public record Answer(int status, String body, String etag) {
    }

    /** A GET; 304 is an answer, not a failure. */
    public Answer get(URI uri, String ifNoneMatch) {
        HttpResponse<String> response = exchange(uri, builder -> {
            if (ifNoneMatch != null) {
                builder.header("If-None-Match", ifNoneMatch);
            }
            return builder.GET();
        });
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
    }

    private HttpResponse<String> exchange(URI uri, java.util.function.UnaryOperator<HttpRequest.Builder> method) {
        String lastProblem = "";
        boolean tokenRenewed = false;
        long deadline = System.nanoTime() + TOTAL_LIMIT.toNanos();
        for (int attempt = 1; attempt <= settings.maxAttempts() && System.nanoTime() < deadline; attempt++) {
            HttpResponse<String> response;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", "application/json");
                if (tokens != null) { // an open register (Grep) takes no token
                    request.header("Authorization", "Bearer " + tokens.token());
                }
                response = http.send(method.apply(request).build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                lastProblem = "timeout";
                pause(backoff(attempt));
                continue;
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName();
                pause(backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegisterException("interrupted", 0, null);
            }
            int status = response.statusCode();
            if (status == 200 || status == 304) {
                return response;
            }
            if (status == 429) {
                lastProblem = "429";
                pause(retryAfter(response).orElse(backoff(attempt)));
            } else if (status >= 500) {
                lastProblem = "HTTP " + status;
                pause(backoff(attempt));
            } else if (status == 401 && !tokenRenewed && tokens != null) {
                tokens.invalidate();
                tokenRenewed = true;
                attempt--; // a renewed token is not a retry
            } else {
                throw failure(response);
            }
        }
        String gaveUp = System.nanoTime() >= deadline ? "within " + TOTAL_LIMIT.toMinutes() + " minutes"
                : "after " + settings.maxAttempts() + " attempts";
        throw new RegisterException(register + " did not answer " + gaveUp + " (" + lastProblem + ")", 0, null);
    }

    private RegisterException failure(HttpResponse<String> response) {
        String code = null;
        String message = "";
        try {
            JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
            code = error.getString("kode", error.getString("code", null));
            message = error.getString("melding", error.getString("message", ""));
        } catch (RuntimeException notJson) {
            // the status says enough
        }
        return new RegisterException(register + " refused the call: HTTP " + response.statusCode()
                + (code == null ? "" : " " + code + " " + RegisterException.masked(message)), response.statusCode(), code);
    }

    private Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long value = Long.parseLong(v.strip());
                return Optional.of(settings.retryAfterMillis() ? Duration.ofMillis(Math.min(60_000, value))
                        : Duration.ofSeconds(Math.min(60, value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegisterException("interrupted", 0, null);
        }
    }
}
