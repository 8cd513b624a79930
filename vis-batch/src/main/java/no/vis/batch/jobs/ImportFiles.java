package no.vis.batch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Import files are named relative to the configured import directory ({@code vis.import.dir}), and
 * only files under it are ever opened: the name is a relative path of plain segments (letters,
 * digits, {@code . _ -}, never starting with a dot, so no {@code ..}), and the file's real path —
 * symbolic links resolved — must lie under the directory's real path.
 */
public final class ImportFiles {

    /** What a {@code file} parameter may look like: up to five plain segments. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,99}){0,4}");

    private ImportFiles() {
    }

    /** Whether the text is an acceptable file name (the form only). */
    public static boolean isAcceptableName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * The readable regular file of that name under the directory, or empty when there is none (or
     * it would lie outside the directory).
     */
    public static Optional<Path> resolve(Path directory, String name) {
        if (!isAcceptableName(name)) {
            return Optional.empty();
        }
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(dir.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
