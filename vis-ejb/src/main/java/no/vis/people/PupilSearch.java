package no.vis.people;

import java.io.Serializable;
import no.vis.common.BusinessException;
import no.vis.common.SortDirection;
import no.vis.common.Texts;

/**
 * What a user searches the pupils list for: a name (every word must occur in the name) or a
 * whole fødselsnummer, a school, a class code prefix; and how to sort. Built from user input:
 * too long a text is refused with a message key, never truncated silently.
 */
public record PupilSearch(String nameOrFnr, Long schoolId, String classCode, SortField sortField,
                            SortDirection direction) implements Serializable {

    @Override
    public String toString() {
        return "PupilSearch[school " + schoolId + ", class " + classCode + ", sort " + sortField + "]"; // names and numbers stay out of logs
    }


    /** The longest text the name filter takes. */
    public static final int TEXT_MAX = 100;

    /** The columns the list can be sorted by. */
    public enum SortField {
        NAME, BIRTH_DATE, SCHOOL, CLASS
    }

    public PupilSearch {
        nameOrFnr = Texts.blankToNull(nameOrFnr);
        classCode = Texts.blankToNull(classCode);
        if (nameOrFnr != null && nameOrFnr.length() > TEXT_MAX) {
            throw new BusinessException("pupils.search.nameTooLong", TEXT_MAX);
        }
        if (classCode != null && classCode.length() > no.vis.school.SchoolClass.CODE_MAX) {
            throw new BusinessException("pupils.search.classTooLong", no.vis.school.SchoolClass.CODE_MAX);
        }
        sortField = sortField == null ? SortField.NAME : sortField;
        direction = direction == null ? SortDirection.ASCENDING : direction;
    }

    public static PupilSearch all() {
        return new PupilSearch(null, null, null, SortField.NAME, SortDirection.ASCENDING);
    }

    /** Whether the text is meant as a fødselsnummer: 11 digits, spaces allowed. */
    public boolean isFodselsnummerSearch() {
        return nameOrFnr != null && nameOrFnr.replace(" ", "").matches("\\d{11}");
    }
}
