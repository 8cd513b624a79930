package no.vis.timetable.untis;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of Untis' GPU files (DIF export): the bytes decoded — UTF-8 with or without a byte
 * order mark, else Windows-1252 (what Untis writes when "UTF-8" is not ticked) — split into lines
 * (CRLF, LF or CR), the separator found (semicolon or comma, whichever the first line has more of
 * outside quotes; a tie is a semicolon), and each line split into fields: a field in double quotes
 * may hold the separator, and {@code ""} inside it is one quote. Pure: no I/O.
 */
public final class GpuText {

    /** One line of a file: its number (from 1) and its fields, unquoted. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** The field at a 1-based column, stripped; empty when the line is shorter. */
        public String field(int column) {
            return column >= 1 && column <= fields.size() ? fields.get(column - 1).strip() : "";
        }
    }

    /** A decoded file: the charset it was read in, its separator and its non-empty rows. */
    public record Parsed(Charset charset, char separator, List<Row> rows) {
    }

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private GpuText() {
    }

    /** Reads a file; {@code separator} 0 finds it from the first line (any other: a separator given by the layout). */
    public static Parsed parse(byte[] bytes, char separator) {
        Charset charset = StandardCharsets.UTF_8;
        String text;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        List<String> lines = lines(text);
        char sep = separator;
        if (sep == 0) {
            sep = lines.stream().filter(l -> !l.isBlank()).findFirst().map(GpuText::guessSeparator).orElse(';');
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(new Row(i + 1, split(lines.get(i), sep)));
            }
        }
        return new Parsed(charset, sep, rows);
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static char guessSeparator(String line) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Splits one line; a quote opens a quoted part anywhere in a field, {@code ""} inside one is a quote. */
    static List<String> split(String line, char separator) {
        if (separator == ' ') { // fields apart by any run of blanks
            return List.of(line.strip().split("[ \\t]+"));
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
