package no.vis.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records that carry fødselsnumre, names or contact details print none of them: a record's default
 * {@code toString} prints every component, and one stray log line or exception message would put
 * personal data in the server log. Each record is filled with marked text and its {@code toString}
 * must not show the mark.
 */
class NoPersonalDataInToStringTest {

    private static final String MARK = "PERSONAL";

    /** Components that hold no personal data (kinds, codes, pseudonymous ids): they may be printed. */
    private static final Set<String> NOT_PERSONAL = Set.of("type", "problem", "userId", "classCode", "schoolName",
            "purpose", "actor", "actorRole", "formReference", "reason");

    @ParameterizedTest
    @ValueSource(strings = {
        "no.vis.access.KnownUser", "no.vis.access.StaffOption", "no.vis.access.StaffRoleRow", "no.vis.access.RoleGrantRow",
        "no.vis.people.PupilSearch", "no.vis.people.PupilRow",
        "no.vis.registers.freg.FregImportService$PupilRef", "no.vis.registers.freg.FregImportService$Touched",
        "no.vis.registers.freg.FregClient$Lookup", "no.vis.registers.freg.FregPerson", "no.vis.registers.freg.FeedEvent",
        "no.vis.registers.krr.KrrPerson", "no.vis.registers.krr.KrrImportService$GuardianRef",
        "no.vis.guardianship.PupilCard", "no.vis.guardianship.PupilCard$GuardianLine", "no.vis.guardianship.PupilCard$ConsentLine",
        "no.vis.guardianship.ChildView", "no.vis.guardianship.ChildSummary", "no.vis.guardianship.RemovalRow",
        "no.vis.guardianship.NewGuardianForm", "no.vis.guardianship.ContactDetail", "no.vis.privacy.AccessLogRow"})
    void printsNothingPersonal(String className) throws Exception {
        Class<?> type = Class.forName(className);
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = NOT_PERSONAL.contains(components[i].getName()) && types[i] == String.class ? "code"
                    : sample(types[i]);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        String text = constructor.newInstance(values).toString();
        assertFalse(text.contains(MARK), className + " prints " + text);
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return MARK + " 01020312345";
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2008, 1, 2);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-01-02T03:04:05Z");
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == List.class) {
            return List.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
