package no.vis.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisUserIdTest {

    @Test
    void roundTripsPerKind() {
        assertEquals("staff:12", VisUserId.STAFF.of(12));
        assertEquals(Optional.of(12L), VisUserId.STAFF.idIn("staff:12"));
        assertEquals(Optional.of(7L), VisUserId.PUPIL.idIn(VisUserId.PUPIL.of(7)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"anonymous", "pupil:12", "guardian:12", "staff:", "staff:x1", "staff:99999999999999999999"})
    void anythingElseIsNotAStaffId(String caller) {
        assertEquals(Optional.empty(), VisUserId.STAFF.idIn(caller));
    }
}
