package no.vis.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A Norwegian postal address with its protection level. Immutable. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STREET_MAX = 200;
    public static final int PLACE_MAX = 100;

    @Column(name = "street", length = STREET_MAX)
    private String street;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(name = "postal_place", length = PLACE_MAX)
    private String postalPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_protection", length = 20, nullable = false)
    private AddressProtection protection;

    protected Address() {
        // for JPA
    }

    public Address(String street, String postalCode, String postalPlace, AddressProtection protection) {
        if (postalCode != null && !postalCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("a Norwegian postal code has four digits");
        }
        this.street = street;
        this.postalCode = postalCode;
        this.postalPlace = postalPlace;
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String postalPlace() {
        return postalPlace;
    }

    public AddressProtection protection() {
        return protection;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && Objects.equals(street, other.street)
                && Objects.equals(postalCode, other.postalCode) && Objects.equals(postalPlace, other.postalPlace)
                && protection == other.protection;
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, postalPlace, protection);
    }

    @Override
    public String toString() {
        return "Address[" + protection + ", …]"; // never the address itself
    }
}
