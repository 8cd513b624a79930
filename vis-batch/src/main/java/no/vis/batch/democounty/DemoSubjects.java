package no.vis.batch.democounty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vis.school.SchoolClass.Level;

/**
 * The subjects (fagsammensetning) of each programme and level in the demo county, from
 * {@code demo-subjects.tsv}: fagkode and weekly 45-minute lessons. Rows for programme {@code *}
 * apply to every programme without rows of its own; {@code {P}} in a code stands for the programme.
 */
final class DemoSubjects {

    record Subject(String code, int weeklyLessons, String title) {
    }

    private static final Map<String, List<Subject>> BY_PROGRAMME_AND_LEVEL = load();

    private DemoSubjects() {
    }

    static List<Subject> of(String programme, Level level) {
        List<Subject> own = BY_PROGRAMME_AND_LEVEL.get(programme + "/" + level);
        if (own != null) {
            return own;
        }
        List<Subject> template = BY_PROGRAMME_AND_LEVEL.getOrDefault("*/" + level, List.of());
        String prefix = (programme + "XX").substring(0, 2) + "F";
        return template.stream().map(s -> new Subject(s.code().replace("{P}", prefix), s.weeklyLessons(), s.title())).toList();
    }

    private static Map<String, List<Subject>> load() {
        Map<String, List<Subject>> subjects = new LinkedHashMap<>();
        try (InputStream in = DemoSubjects.class.getResourceAsStream("demo-subjects.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                subjects.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>())
                        .add(new Subject(f[2], Integer.parseInt(f[3]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return subjects;
    }
}
