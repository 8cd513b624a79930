package no.vis.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.vis.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of all pages ({@link Pages}) is the pages that exist: a new page without an entry fails here. */
class PagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** Every .xhtml a browser can open: outside WEB-INF (templates, tags) and resources. */
    static Set<String> pageFiles() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/META-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyPageFileIsInTheListAndEveryEntryIsAFile() throws IOException {
        Set<String> files = pageFiles();
        Set<String> listed = Arrays.stream(Pages.values()).map(Pages::path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(files);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "pages not in no.vis.web.common.Pages (add them, with who may open them): " + missing);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(files);
        assertTrue(gone.isEmpty(), "entries of Pages without a page: " + gone);
        assertEquals(Pages.values().length, listed.size(), "each path once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nn.properties", "messages_en.properties"})
    void everyPageIsDescribedInEveryLanguage(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/no/vis/web/i18n", bundle))) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Pages page : Pages.values()) {
            assertTrue(texts.containsKey(page.descriptionKey()), bundle + " lacks " + page.descriptionKey());
        }
    }

    @Test
    void theAreasAskForTheirLoginAndOnlyTheirRoles() {
        for (Pages page : Pages.values()) {
            switch (page.login()) {
                case NONE -> assertTrue(page.isPublic(), page + " outside the areas is public");
                case FEIDE -> assertTrue(!page.isPublic() && !page.roles().contains(Role.GUARDIAN), page.toString());
                case IDPORTEN -> assertEquals(Set.of(Role.GUARDIAN), page.roles(), page.toString());
            }
        }
        assertTrue(Pages.JOBS.mayOpen(Role.IT_OPERATIONS) && !Pages.JOBS.mayOpen(Role.OFFICE));
        assertTrue(Pages.ERROR_403.mayOpen(Role.PUPIL), "error pages are for everyone");
        assertEquals("id", Pages.PUPIL_CARD.idParameter());
    }
}
