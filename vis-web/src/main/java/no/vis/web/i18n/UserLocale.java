package no.vis.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The user's language: bokmål by default, nynorsk or English when chosen (or asked for by the
 * browser). Kept for the session.
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A language the user can choose, named in its own language. */
    public record Language(String code, String name) implements Serializable {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("nb", "Bokmål"), new Language("nn", "Nynorsk"), new Language("en", "English"));

    private static final String DEFAULT = "nb";

    /**
     * The chosen language as a plain session attribute too, for code outside Faces (the login
     * redirect asks the login provider for the same language with {@code ui_locales}).
     */
    public static final String SESSION_ATTRIBUTE = "vis.language";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String header = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("Accept-Language");
            locale = Locale.forLanguageTag(fromAcceptLanguage(header));
        }
        return locale;
    }

    /**
     * The best of VIS's languages for an Accept-Language header; bokmål when the header is missing
     * or names none of them ("no", plain Norwegian, is bokmål). Not the server's own locale.
     */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (language.equals("no") || language.equals("nb")) {
                    return "nb";
                }
                if (LANGUAGES.stream().anyMatch(l -> l.code().equals(language))) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header gets the default
        }
        return DEFAULT;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Language> getLanguages() {
        return LANGUAGES;
    }

    /**
     * Whether a text may hold a fødselsnummer or a birth date, in any spacing ({@code 01020312345},
     * {@code 010203 12345}, {@code 010203-12345}): six digits or more once spaces, dots and dashes
     * are taken out. Such a text never goes into a URL.
     */
    /** View parameters holding what a user typed (the rest are ids and codes). */
    static final java.util.Set<String> FREE_TEXT = java.util.Set.of("q");

    /** Whether a view parameter may be carried in a URL: free text (the pupil search) not when it may hold a number; ids always. */
    static boolean mayGoInUrl(String name, String value) {
        return !(FREE_TEXT.contains(name) && mayHoldAPersonalNumber(value));
    }

    static boolean mayHoldAPersonalNumber(String text) {
        return text.replaceAll("[\\s.\\-]", "").matches("(?s).*\\d{6,}.*");
    }

    /** Switches language and shows the same page again, with its URL parameters (not a fødselsnummer). */
    public String change(String code) {
        if (LANGUAGES.stream().anyMatch(l -> l.code().equals(code))) {
            locale = Locale.forLanguageTag(code);
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(SESSION_ATTRIBUTE, code);
        }
        // the same page with its view parameters — but never one holding a fødselsnummer (a search
        // typed into the form): a redirect puts it in the URL, and so in history and access logs
        FacesContext context = FacesContext.getCurrentInstance();
        StringBuilder outcome = new StringBuilder(context.getViewRoot().getViewId()).append("?faces-redirect=true");
        for (jakarta.faces.component.UIViewParameter parameter
                : jakarta.faces.view.ViewMetadata.getViewParameters(context.getViewRoot())) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isBlank() && mayGoInUrl(parameter.getName(), value)) {
                outcome.append('&').append(parameter.getName()).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return outcome.toString();
    }
}
