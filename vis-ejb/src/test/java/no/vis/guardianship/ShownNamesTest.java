package no.vis.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import no.vis.people.PupilRow;
import org.junit.jupiter.api.Test;

/** The projections pages show names from carry them as people write them, whoever builds them. */
class ShownNamesTest {

    @Test
    void thePupilListShowsFamilyCommaGivenAsWritten() {
        var row = new PupilRow(1, "KARI", "MCDONALD", "VAN DER BERG", LocalDate.of(2008, 1, 1), 2, "Skolen", "1A");
        assertEquals("van der Berg, Kari McDonald", row.listName());
    }

    @Test
    void aGuardiansChildrenAreShownAsWritten() {
        var summary = new ChildSummary(1, "ANNE-LISE", "ÅSHEIM", "Skolen", "1A");
        assertEquals("Anne-Lise Åsheim", summary.givenName() + " " + summary.familyName());
        var view = new ChildView(1, "ØYVIND", null, "O'NEILL", LocalDate.of(2008, 1, 1), null, "Skolen", "1A", Set.of(),
                null, null);
        assertEquals("Øyvind O'Neill", view.givenName() + " " + view.familyName());
    }

    @Test
    void theRemovalListBuildsFamilyCommaGivenFromTheRegistersParts() {
        var row = new RemovalRow(1, "KARI", "SYNUTOPIA", "Skolen", "3A", LocalDate.of(2026, 1, 1), 2, 1, OffsetDateTime.now());
        assertEquals("Synutopia, Kari", row.pupilName());
    }

    @Test
    void mixedCaseFromTheRegisterIsKept() {
        var summary = new ChildSummary(1, "Kari", "McDonald", "Skolen", "1A");
        assertEquals("McDonald", summary.familyName());
    }
}
