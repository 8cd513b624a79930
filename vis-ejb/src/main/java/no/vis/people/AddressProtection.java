package no.vis.people;

/**
 * Folkeregisteret's address protection levels ({@code adressebeskyttelse.graderingsnivaa}).
 * A protected address is never shown to guardians, exported or printed.
 */
public enum AddressProtection {
    /** not protected */
    UGRADERT,
    /** the address is the client address of a support service */
    KLIENTADRESSE,
    /** confidential ("kode 7") */
    FORTROLIG,
    /** strictly confidential ("kode 6") */
    STRENGT_FORTROLIG;

    public boolean isProtected() {
        return this != UGRADERT;
    }
}
