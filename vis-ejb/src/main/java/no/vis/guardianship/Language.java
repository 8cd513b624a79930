package no.vis.guardianship;

import java.util.Optional;

/** The written language a guardian prefers: bokmål, nynorsk or English. */
public enum Language {
    NB("nb"), NN("nn"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
