package no.vis.enrolment;

import java.time.LocalDate;

/** The school year (1 August – 31 July) a day belongs to, by the calendar year it starts in. */
public final class SchoolYears {

    private SchoolYears() {
    }

    public static int of(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }
}
