package no.vis.common;

/** Helpers for text that users type into searches. */
public final class Texts {

    private Texts() {
    }

    /**
     * Escapes the LIKE wildcards {@code %} and {@code _} and the escape character itself, so that a
     * user's text matches literally. Use with {@code ESCAPE '\'}.
     */
    public static String escapeLike(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Trimmed text, or {@code null} when nothing but white space is left. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
