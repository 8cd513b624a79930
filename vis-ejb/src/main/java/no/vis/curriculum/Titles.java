package no.vis.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** An element's title as Grep gives it: its default text and the bokmål, nynorsk and English ones it has. */
@Embeddable
public class Titles {

    @Column(name = "title_default")
    private String byDefault;

    @Column(name = "title_nb")
    private String nb;

    @Column(name = "title_nn")
    private String nn;

    @Column(name = "title_en")
    private String en;

    protected Titles() {
        // for JPA
    }

    public Titles(String byDefault, String nb, String nn, String en) {
        this.byDefault = blankToNull(byDefault);
        this.nb = blankToNull(nb);
        this.nn = blankToNull(nn);
        this.en = blankToNull(en);
    }

    /**
     * The title for the language: nynorsk or English when Grep has it, else bokmål, else Grep's
     * default text, else {@code fallback} (the code).
     */
    public String in(Locale locale, String fallback) {
        String language = locale == null ? "nb" : locale.getLanguage();
        String own = switch (language) {
            case "nn" -> nn;
            case "en" -> en;
            default -> null;
        };
        return own != null ? own : nb != null ? nb : byDefault != null ? byDefault : fallback;
    }

    public String byDefault() {
        return byDefault;
    }

    public String nb() {
        return nb;
    }

    public String nn() {
        return nn;
    }

    public String en() {
        return en;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Titles t && Objects.equals(byDefault, t.byDefault) && Objects.equals(nb, t.nb)
                && Objects.equals(nn, t.nn) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byDefault, nb, nn, en);
    }
}
