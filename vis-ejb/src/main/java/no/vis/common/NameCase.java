package no.vis.common;

import java.util.Locale;
import java.util.Set;

/**
 * A name part the way people write it, from the capitals Folkeregisteret delivers
 * ({@code KARI SYNUTOPIA} → {@code Kari Synutopia}). Only for showing: the register's form stays
 * what is stored and matched.
 *
 * <p>The choices (the register keeps no case, so each is a best guess, documented here):
 * <ul>
 * <li>A part that already mixes capitals and small letters is kept exactly ({@code McDonald},
 *     {@code van der Berg}): someone wrote it so on purpose. Only an all-capitals or all-small part
 *     is changed.</li>
 * <li>Each word and each hyphenated piece begins with a capital ({@code ANNE-LISE} → {@code Anne-Lise},
 *     {@code ØYVIND ÅSHEIM} → {@code Øyvind Åsheim}); Norwegian and Sami letters by Unicode's case
 *     rules ({@code ÁŊŊÁ} → {@code Áŋŋá}).</li>
 * <li>After an apostrophe that follows one letter, a capital: {@code O'NEILL} → {@code O'Neill},
 *     {@code D'ANGELO} → {@code D'Angelo}; after a longer start a small letter ({@code SA'ID} → {@code Sa'id}).</li>
 * <li>{@code MC} at the start of a longer word: {@code MCDONALD} → {@code McDonald} (almost always
 *     right; {@code MAC} is not touched, since {@code Machado} is as common as {@code MacLeod}).</li>
 * <li>Particles ({@code af, da, das, de, del, della, den, der, di, do, dos, du, ten, ter, van, von, zu})
 *     are written small in family and middle names (never in given names, where {@code VAN} or {@code DA}
 *     are Vietnamese and Chinese names) when another word of the same part follows ({@code VAN DER BERG} →
 *     {@code van der Berg}), also as the first word of the family name: Norwegian usage writes
 *     {@code von Hanno} and lists it as {@code von Hanno, Anders}, one spelling per person. A particle
 *     that ends the part is a name of its own and gets its capital ({@code DU}, {@code DI} →
 *     {@code Du}, {@code Di}). The articles {@code la, le, las, los, les} are small only after a particle
 *     ({@code DE LA CRUZ} → {@code de la Cruz}); first they keep the capital as in French ({@code LE PEN} →
 *     {@code Le Pen}). {@code av} is not taken as a particle: Norwegian names do not use it so.</li>
 * <li>Roman numerals after the first word stay capitals ({@code OLSEN III}); {@code JR} → {@code Jr}.</li>
 * </ul>
 */
public final class NameCase {

    private static final Set<String> PARTICLES = Set.of("af", "da", "das", "de", "del", "della", "den", "der", "di",
            "do", "dos", "du", "ten", "ter", "van", "von", "zu");
    private static final Set<String> ARTICLES = Set.of("la", "le", "las", "los", "les");
    private static final Set<String> ROMAN = Set.of("ii", "iii", "iv", "vi", "vii", "viii", "ix");

    private NameCase() {
    }

    /** A given name as it is shown; null stays null, a mixed-case name is returned unchanged. */
    public static String givenName(String part) {
        return display(part, false);
    }

    /** A family or middle name as it is shown, particles small; null stays null, mixed case unchanged. */
    public static String familyName(String part) {
        return display(part, true);
    }

    private static String display(String part, boolean particles) {
        if (part == null || isMixedCase(part)) {
            return part;
        }
        String[] words = part.toLowerCase(Locale.ROOT).split(" ", -1);
        StringBuilder shown = new StringBuilder(part.length());
        boolean afterParticle = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean followed = i < words.length - 1 && !words[i + 1].isEmpty();
            if (i > 0) {
                shown.append(' ');
            }
            if (particles && followed && PARTICLES.contains(word)) {
                shown.append(word);
                afterParticle = true;
                continue;
            }
            if (followed && afterParticle && ARTICLES.contains(word)) {
                shown.append(word);
                continue;
            }
            afterParticle = false;
            if (i > 0 && ROMAN.contains(word)) {
                shown.append(word.toUpperCase(Locale.ROOT));
            } else {
                shown.append(capitalisedWord(word));
            }
        }
        return shown.toString();
    }

    /** Whether the text has both capitals and small letters (title-case letters count as both). */
    static boolean isMixedCase(String text) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
            lower |= Character.isLowerCase(c) || Character.isTitleCase(c);
            i += Character.charCount(c);
        }
        return upper && lower;
    }

    /** A word already in small letters, with its hyphenated pieces capitalised. */
    private static String capitalisedWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPiece = true;
        int lettersInPiece = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (startOfPiece && Character.isLetter(c)) {
                out.appendCodePoint(Character.toTitleCase(c));
                startOfPiece = false;
                lettersInPiece = 1;
                continue;
            }
            out.appendCodePoint(c);
            if (c == '-' || c == '\u2010') {
                startOfPiece = true;
            } else if (c == '\'' || c == '\u2019') {
                startOfPiece = lettersInPiece == 1;
            } else if (Character.isLetter(c)) {
                lettersInPiece++;
            }
        }
        String capitalised = out.toString();
        if (capitalised.length() > 2 && capitalised.startsWith("Mc") && Character.isLetter(capitalised.codePointAt(2))) {
            int third = capitalised.codePointAt(2);
            capitalised = "Mc" + Character.toString(Character.toTitleCase(third))
                    + capitalised.substring(2 + Character.charCount(third));
        }
        return capitalised;
    }
}
