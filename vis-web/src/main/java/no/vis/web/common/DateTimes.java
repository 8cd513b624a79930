package no.vis.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import no.vis.common.Today;

/** Times for pages, in Norwegian time: {@code #{dateTimes.at(t)}} → "20.01.2027 23:59". */
@Named("dateTimes")
@ApplicationScoped
public class DateTimes {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Today.NORWAY);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Today.NORWAY);

    public String at(OffsetDateTime time) {
        return time == null ? "" : AT.format(time);
    }

    /** The time as an HTML datetime-local input's value. */
    public String input(OffsetDateTime time) {
        return time == null ? "" : INPUT.format(time);
    }
}
