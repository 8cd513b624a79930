package no.vis.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import no.vis.people.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names from Folkeregisteret's capitals to the way people write them; see {@link NameCase} for the choices. */
class NameCaseTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            KARI                | Kari
            SYNUTOPIA           | Synutopia
            KARI MARIE          | Kari Marie
            ANNE-LISE           | Anne-Lise
            BERG-OLSEN          | Berg-Olsen
            ØYVIND              | Øyvind
            ÅSHEIM              | Åsheim
            ÆRLIG               | Ærlig
            ÁILU                | Áilu
            ŊUŊNÁ               | Ŋuŋná
            ČÁHPPES ĐUOLDÁ      | Čáhppes Đuoldá
            ŠŽŦ                 | Šžŧ
            kari nordmann       | Kari Nordmann
            VAN DER BERG        | van der Berg
            VON HANNO           | von Hanno
            DE VIBE             | de Vibe
            AF GEIJERSTAM       | af Geijerstam
            DA SILVA            | da Silva
            DOS SANTOS          | dos Santos
            DE LA CRUZ          | de la Cruz
            LE PEN              | Le Pen
            LA FONTAINE         | La Fontaine
            DU                  | Du
            LE                  | Le
            DI                  | Di
            NGUYEN VAN          | Nguyen Van
            O'NEILL             | O'Neill
            D'ANGELO            | D'Angelo
            O’BRIEN             | O’Brien
            SA'ID               | Sa'id
            MCDONALD            | McDonald
            MACHADO             | Machado
            MC                  | Mc
            AL-KUBAISI          | Al-Kubaisi
            J                   | J
            J.                  | J.
            A B                 | A B
            JR                  | Jr
            OLSEN JR.           | Olsen Jr.
            OLSEN III           | Olsen III
            IV                  | Iv
            """)
    void capitalsAndSmallLettersBecomeHowPeopleWriteNames(String register, String shown) {
        assertEquals(shown, NameCase.familyName(register));
    }

    @ParameterizedTest(name = "''{0}'' is kept")
    @CsvSource(delimiter = '|', textBlock = """
            McDonald
            van der Berg
            Van der Berg
            MacLeod
            Kari
            DeShawn
            """)
    void aMixedCasePartIsKeptAsTheRegisterHasIt(String register) {
        assertEquals(register, NameCase.familyName(register));
    }

    @Test
    void showingTwiceChangesNothing() {
        for (String name : new String[] {"VAN DER BERG", "ANNE-LISE", "O'NEILL", "MCDONALD", "ŊUŊNÁ", "DE LA CRUZ"}) {
            String once = NameCase.familyName(name);
            assertEquals(once, NameCase.familyName(once), name);
        }
    }

    @ParameterizedTest(name = "given name ''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            VAN NAM        | Van Nam
            DA WEI         | Da Wei
            ANNE-LISE      | Anne-Lise
            MARIE DE       | Marie De
            """)
    void givenNamesHaveNoParticles(String register, String shown) {
        assertEquals(shown, NameCase.givenName(register));
    }

    @Test
    void nothingAndNonLettersStayAsTheyAre() {
        assertNull(NameCase.familyName(null));
        assertNull(NameCase.givenName(null));
        assertEquals("", NameCase.familyName(""));
        assertEquals("-", NameCase.familyName("-"));
    }

    @Test
    void aPersonNameShowsEachPartButKeepsTheRegistersFormForMatching() {
        PersonName register = new PersonName("KARI ANNE-LISE", "MCDONALD", "VAN DER BERG");
        assertEquals("Kari Anne-Lise McDonald van der Berg", register.displayName());
        assertEquals(new PersonName("Kari Anne-Lise", "McDonald", "van der Berg"), register.displayForm());
        assertEquals("Van Thi Nguyen", new PersonName("VAN THI", null, "NGUYEN").displayName());
        assertEquals("KARI ANNE-LISE", register.givenName(), "the stored form is the register's");
        assertEquals("kari anne-lise mcdonald van der berg", register.searchForm(), "matching is unchanged");
        assertNull(new PersonName("KARI", null, "SYNUTOPIA").displayForm().middleName());
    }
}
