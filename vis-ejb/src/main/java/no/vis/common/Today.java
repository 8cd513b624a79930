package no.vis.common;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date where the schools are: Norway's, whatever the server's time zone. Birthdays (the
 * 18th), consents and guardianships change at midnight Norwegian time.
 */
public final class Today {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private Today() {
    }

    public static LocalDate inNorway() {
        return LocalDate.now(NORWAY);
    }
}
