package no.vis.timetable.untis;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column (from 1) of each Untis file holds which field. The defaults are the positions
 * SVWS-Server's Untis readers use (GPU001, GPU002, GPU014) and those of Untis' own field lists as
 * third parties quote them (GPU005, time.txt); Untis' manual was not available to confirm them, so
 * every position can be changed by configuration ({@code vis.untis.columns.gpu001=lesson:1,class:2,…}).
 * A line is usable when it reaches every required field's column.
 */
public final class GpuLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields of each file, in the order of the defaults. */
    static final Map<GpuFile, List<String>> FIELDS = Map.of(
            GpuFile.GPU001, List.of("lesson", "class", "teacher", "subject", "room", "day", "period"),
            GpuFile.GPU002, List.of("lesson", "weekly", "class", "teacher", "subject", "room", "weekKind", "from", "to",
                    "studentGroup"),
            GpuFile.GPU005, List.of("code", "name", "capacity"),
            GpuFile.GPU014, List.of("date", "period", "lesson", "absent", "substitute", "subject", "room", "substituteRoom",
                    "classes", "flags", "kind"),
            GpuFile.PERIODS, List.of("day", "period", "starts", "ends"));

    /** The fields a line must reach. */
    static final Map<GpuFile, List<String>> REQUIRED = Map.of(
            GpuFile.GPU001, List.of("lesson", "day", "period"),
            GpuFile.GPU002, List.of("lesson", "subject"),
            GpuFile.GPU005, List.of("code"),
            GpuFile.GPU014, List.of("date", "period", "lesson"),
            GpuFile.PERIODS, List.of("day", "period", "starts", "ends"));

    private static final Map<GpuFile, String> DEFAULTS = Map.of(
            GpuFile.GPU001, "lesson:1,class:2,teacher:3,subject:4,room:5,day:6,period:7",
            GpuFile.GPU002, "lesson:1,weekly:2,class:5,teacher:6,subject:7,room:8,weekKind:12,from:15,to:16,studentGroup:42",
            GpuFile.GPU005, "code:1,name:2,capacity:6",
            GpuFile.GPU014, "date:2,period:3,lesson:5,absent:6,substitute:7,subject:8,room:12,substituteRoom:13,classes:15,"
                    + "flags:18,kind:20",
            GpuFile.PERIODS, "day:1,period:3,starts:4,ends:5");

    private final EnumMap<GpuFile, Map<String, Integer>> columns = new EnumMap<>(GpuFile.class);

    private GpuLayout() {
    }

    /** The default positions. */
    public static GpuLayout defaults() {
        return with(Map.of());
    }

    /**
     * The defaults with some files' positions replaced.
     *
     * @param overrides a file → {@code field:column,…}; a field left out keeps its default
     * @throws IllegalArgumentException an unknown field or a column that is not a number from 1 to 200
     */
    public static GpuLayout with(Map<GpuFile, String> overrides) {
        GpuLayout layout = new GpuLayout();
        for (GpuFile file : GpuFile.values()) {
            Map<String, Integer> map = parse(file, DEFAULTS.get(file));
            String override = overrides.get(file);
            if (override != null && !override.isBlank()) {
                map.putAll(parse(file, override));
            }
            layout.columns.put(file, map);
        }
        return layout;
    }

    private static Map<String, Integer> parse(GpuFile file, String spec) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2 || !FIELDS.get(file).contains(kv[0].strip())) {
                throw new IllegalArgumentException(file + ": not a field:column pair of this file: " + part);
            }
            int column;
            try {
                column = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": not a column number: " + part, e);
            }
            if (column < 1 || column > 200) {
                throw new IllegalArgumentException(file + ": columns are 1-200: " + part);
            }
            map.put(kv[0].strip(), column);
        }
        return map;
    }

    /** The column of a field (0: the file has no such field in this layout). */
    public int column(GpuFile file, String field) {
        return columns.get(file).getOrDefault(field, 0);
    }

    /** The fewest columns a usable line of the file has. */
    public int minimumColumns(GpuFile file) {
        return REQUIRED.get(file).stream().mapToInt(f -> column(file, f)).max().orElse(1);
    }
}
