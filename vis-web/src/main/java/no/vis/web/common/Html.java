package no.vis.web.common;

/**
 * Markup built as text, for a component to write to the response at once ({@code
 * ResponseWriter.write}): through the response writer's layers (state, CSP) element by element,
 * writing the week was most of {@link WeekDays}' time. For markup without event handlers (nothing
 * for the CSP writer to move); text and attribute values are escaped.
 */
public final class Html {

    private final StringBuilder html = new StringBuilder(16_384);
    private String open;

    public void start(String name) {
        close();
        html.append('<').append(name);
        open = name;
    }

    public void attr(String name, Object value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"");
            escape(value.toString(), true);
            html.append('"');
        }
    }

    public void text(Object text) {
        close();
        if (text != null) {
            escape(text.toString(), false);
        }
    }

    /** Markup built by another {@code Html} (already escaped), e.g. a list of options used on every row. */
    public void markup(Html built) {
        close();
        html.append(built);
    }

    public void end(String name) {
        if (name.equals(open) && VOID.contains(name)) {
            html.append(" />");
            open = null;
            return;
        }
        close();
        html.append("</").append(name).append('>');
    }

    private void close() {
        if (open != null) {
            html.append('>');
            open = null;
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append(attribute ? "&quot;" : "\"");
                default -> html.append(c);
            }
        }
    }

    @Override
    public String toString() {
        close();
        return html.toString();
    }

    private static final java.util.Set<String> VOID = java.util.Set.of("input", "br", "img", "hr", "meta", "link");
}
