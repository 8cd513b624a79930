package no.vis.web.common;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.List;
import java.util.LinkedHashMap;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import no.vis.calendar.SchoolCalendar;
import no.vis.common.Today;
import no.vis.timetable.WeekView;

/**
 * The week pages' navigation, from one view parameter, {@code date} (yyyy-MM-dd): the week shown is
 * the week of that date, and on a phone that date is the day shown. Previous and next week are a
 * week earlier and later, previous and next day skip the weekend. No date, or one that cannot be
 * read or is far off, is today.
 */
public final class WeekNavigation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final LocalDate date;
    private final LocalDate today;
    private final Locale locale;

    private WeekNavigation(LocalDate date, LocalDate today, Locale locale) {
        this.date = date;
        this.today = today;
        this.locale = locale;
    }

    public static WeekNavigation of(String dateParameter, Locale locale) {
        LocalDate today = Today.inNorway();
        return new WeekNavigation(parse(dateParameter).orElse(today), today, locale);
    }

    static java.util.Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? java.util.Optional.empty() : java.util.Optional.of(d);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getPreviousWeek() {
        return date.minusWeeks(1).toString();
    }

    public String getNextWeek() {
        return date.plusWeeks(1).toString();
    }

    public String getPreviousDay() {
        LocalDate d = date.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d.toString();
    }

    public String getNextDay() {
        LocalDate d = date.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.toString();
    }

    public boolean isThisWeek() {
        return SchoolCalendar.monday(date).equals(SchoolCalendar.monday(today));
    }

    /** The day shown on a phone: the date, or Monday when the date is a weekend day the week does not show. */
    public boolean isFocus(WeekView week, LocalDate day) {
        LocalDate focus = week.day(date) != null ? date : week.monday();
        return focus.equals(day);
    }

    public boolean isToday(LocalDate day) {
        return today.equals(day);
    }

    /** "Mandag 30. november" (bokmål and nynorsk), "Monday 30 November". */
    public String dayName(LocalDate day) {
        String pattern = "en".equals(locale.getLanguage()) ? "EEEE d MMMM" : "EEEE d. MMMM";
        String text = day.format(DateTimeFormatter.ofPattern(pattern, locale));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "30. november – 6. desember 2026". */
    public String range(WeekView week) {
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM" : "d. MMMM";
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(pattern, locale);
        return week.monday().format(dayMonth) + " – " + week.sunday().format(dayMonth) + " " + week.sunday().getYear();
    }

    /** "1.12." (nb, nn) or "1/12" (en): a short date for "moved from". */
    public String shortDate(LocalDate day) {
        return day == null ? "" : "en".equals(locale.getLanguage()) ? day.getDayOfMonth() + "/" + day.getMonthValue()
                : day.getDayOfMonth() + "." + day.getMonthValue() + ".";
    }

    /**
     * This page's address for another date, with the page's other view parameters: for the week
     * tag's plain links (an {@code h:link} with {@code includeViewParams} builds the target view's
     * metadata for every link of every view).
     */
    public String href(String outcome, List<Map.Entry<String, String>> keep, String day) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (keep != null) {
            keep.forEach(e -> parameters.put(e.getKey(), List.of(e.getValue())));
        }
        parameters.put("date", List.of(day));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.encodeBookmarkableURL(external.getRequestContextPath() + outcome + ".xhtml", parameters);
    }
}
