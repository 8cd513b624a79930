package no.vis.timetable.untis;

import java.util.Locale;
import java.util.Optional;

/**
 * The Untis export files VIS reads, known by their names as Untis writes them ({@code GPU001.TXT}).
 * The period grid is not a GPU file: Untis' Info-Stundenplan writes it as {@code time.txt} (weekday,
 * number of periods, period, start and end {@code HHMM}); a file whose name holds {@code TIME} is
 * read as one.
 */
public enum GpuFile {
    /** Stundenplan: one row per lesson number, class, teacher and period of the week. */
    GPU001,
    /** Unterricht: the lessons, with weekly periods, week kind (A/B) and validity. */
    GPU002,
    /** Räume: the rooms. */
    GPU005,
    /** Vertretungen: dated substitutions, cancellations, room changes, extra lessons. */
    GPU014,
    /** The period grid (Untis' time.txt). */
    PERIODS;

    /** The kind of file a name says, if any ("gpu001.txt", "GPU014 (2).TXT", "time.txt"). */
    public static Optional<GpuFile> ofName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toUpperCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        for (GpuFile f : values()) {
            if (f != PERIODS && name.contains(f.name())) {
                return Optional.of(f);
            }
        }
        return name.contains("TIME") ? Optional.of(PERIODS) : Optional.empty();
    }
}
