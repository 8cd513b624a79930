package no.vis.web.common;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import no.vis.calendar.DayKind;
import no.vis.timetable.DayView;
import no.vis.timetable.LessonView;
import no.vis.timetable.WeekView;

/**
 * The days of a week's timetable ({@code <vis:weekDays>}, used by {@code <vis:week>}): a section
 * per day with its heading, the calendar's note and its lessons, each lesson a {@code <details>}
 * whose summary is time, subject and room (and what changed) and whose body names teachers, room,
 * group and the change in words; office staff get links to change the lesson or add an extra one.
 *
 * <p>Written out in Java rather than as a Facelets template: it is most of the page that pupils and
 * guardians open first, and a week of nested repeats with a dozen conditional components per lesson
 * was half of that page's processor time under load (profiled). The markup is the same one the
 * template had; its text comes from the same bundle ({@code msg}), escaped by the response writer.
 *
 * <p>Attributes: {@code week} (WeekView), {@code nav} (WeekNavigation), {@code showGroup} (the
 * group code in each lesson's summary), {@code editable} (the office's links); with {@code outcome}
 * (this page) and {@code keep} (its other view parameters) also the week's navigation and title
 * above the days, as the {@code <vis:week>} tag had them.
 */
@FacesComponent(WeekDays.TYPE)
public class WeekDays extends UIComponentBase {

    public static final String TYPE = "no.vis.web.WeekDays";

    private static final String LESSON_PAGE = "/staff/lesson.xhtml";

    @Override
    public String getFamily() {
        return "no.vis.web";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        WeekView week = (WeekView) getAttributes().get("week");
        WeekNavigation nav = (WeekNavigation) getAttributes().get("nav");
        if (week == null || nav == null) {
            return;
        }
        boolean showGroup = flag("showGroup");
        boolean editable = flag("editable");
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        Html out = new Html();
        String outcome = (String) getAttributes().get("outcome");
        if (outcome != null) {
            navigation(context, out, msg, nav, week, outcome);
        }
        out.start("div");
        out.attr("class", "vis-week");
        out.attr("id", "week");
        for (DayView day : week.days()) {
            day(context, out, msg, nav, week, day, showGroup, editable);
        }
        out.end("div");
        context.getResponseWriter().write(out.toString());
    }


    /**
     * The week's navigation, title and day navigation (on a phone), above the days: previous, this
     * and next week, a date to go to, the week number with its A/B letter and its dates.
     */
    @SuppressWarnings("unchecked")
    private void navigation(FacesContext context, Html out, ResourceBundle msg, WeekNavigation nav, WeekView week,
                            String outcome) throws IOException {
        List<Map.Entry<String, String>> keep = (List<Map.Entry<String, String>>) getAttributes().get("keep");
        java.util.Locale locale = context.getViewRoot().getLocale();
        out.start("nav");
        out.attr("class", "vis-week-nav");
        out.attr("aria-label", msg.getString("timetable.nav"));
        weekLink(out, "prev-week", nav.href(outcome, keep, nav.getPreviousWeek()), msg.getString("timetable.prevWeek"));
        if (!nav.isThisWeek()) {
            weekLink(out, "this-week", nav.href(outcome, keep, nav.getToday().toString()), msg.getString("timetable.thisWeek"));
        }
        weekLink(out, "next-week", nav.href(outcome, keep, nav.getNextWeek()), msg.getString("timetable.nextWeek"));
        out.start("form");
        out.attr("method", "get");
        out.attr("action", context.getExternalContext().getRequestContextPath() + outcome + ".xhtml");
        out.attr("class", "vis-week-date");
        out.start("label");
        out.attr("for", "week-date");
        out.text(msg.getString("timetable.goTo"));
        out.end("label");
        input(out, "date", "week-date", "date", nav.getDate().toString(), true);
        if (keep != null) {
            for (Map.Entry<String, String> kept : keep) {
                input(out, "hidden", null, kept.getKey(), kept.getValue(), false);
            }
        }
        out.start("button");
        out.attr("type", "submit");
        out.attr("class", "vis-plain-button");
        out.text(msg.getString("timetable.show"));
        out.end("button");
        out.end("form");
        out.end("nav");

        out.start("h2");
        out.attr("id", "week-title");
        out.attr("class", "vis-week-title");
        StringBuilder title = new StringBuilder(new MessageFormat(msg.getString("timetable.week"), locale)
                .format(new Object[] {week.weekNumber()}));
        if (week.letter() != null) {
            title.append(" (").append(new MessageFormat(msg.getString("timetable.weekLetter"), locale)
                    .format(new Object[] {week.letter()})).append(')');
        }
        out.text(title.toString());
        span(out, "vis-week-range", " · " + nav.range(week));
        out.end("h2");
        if (!week.calendarKnown()) {
            out.start("div");
            out.attr("id", "no-school-year");
            out.attr("class", "vis-notice");
            out.text(msg.getString("timetable.noSchoolYear"));
            out.end("div");
        }
        out.start("nav");
        out.attr("class", "vis-day-nav");
        out.attr("aria-label", msg.getString("timetable.dayNav"));
        weekLink(out, "prev-day", nav.href(outcome, keep, nav.getPreviousDay()), msg.getString("timetable.prevDay"));
        weekLink(out, "next-day", nav.href(outcome, keep, nav.getNextDay()), msg.getString("timetable.nextDay"));
        out.end("nav");
    }

    private void weekLink(Html out, String id, String href, String text) throws IOException {
        out.start("a");
        out.attr("id", id);
        out.attr("class", "vis-week-link");
        out.attr("href", href);
        out.text(text);
        out.end("a");
    }

    private void input(Html out, String type, String id, String name, String value, boolean required) throws IOException {
        out.start("input");
        out.attr("type", type);
        if (id != null) {
            out.attr("id", id);
        }
        out.attr("name", name);
        out.attr("value", value);
        if (required) {
            out.attr("required", "required");
        }
        out.end("input");
    }

    private boolean flag(String name) {
        Object value = getAttributes().get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private void day(FacesContext context, Html out, ResourceBundle msg, WeekNavigation nav, WeekView week, DayView day,
                     boolean showGroup, boolean editable) throws IOException {
        boolean today = nav.isToday(day.day());
        out.start("section");
        out.attr("class", "vis-day" + (nav.isFocus(week, day.day()) ? " vis-focus" : "") + (today ? " vis-today" : ""));
        out.attr("aria-labelledby", "day-" + day.day());
        out.attr("id", "d-" + day.day());
        out.start("h3");
        out.attr("id", "day-" + day.day());
        out.text(nav.dayName(day.day()));
        if (today) {
            span(out, "vis-badge vis-badge-today", " " + msg.getString("timetable.today"));
        }
        out.end("h3");
        boolean schoolDay = day.kind() == DayKind.SCHOOL_DAY;
        if (!schoolDay || day.note() != null) {
            out.start("div");
            out.attr("class", "vis-day-note");
            out.text(msg.getString("timetable.dayKind." + day.kind().name()));
            if (day.note() != null) {
                out.text((schoolDay ? "" : ": ") + day.note());
            }
            out.end("div");
        }
        if (day.lessons().isEmpty()) {
            out.start("div");
            out.attr("class", "vis-no-lessons");
            out.text(msg.getString("timetable.noLessons"));
            out.end("div");
        } else {
            out.start("ul");
            out.attr("class", "vis-lessons");
            for (LessonView lesson : day.lessons()) {
                out.start("li");
                lesson(context, out, msg, nav, lesson, showGroup, editable);
                out.end("li");
            }
            out.end("ul");
        }
        out.end("section");
    }

    private void lesson(FacesContext context, Html out, ResourceBundle msg, WeekNavigation nav, LessonView lesson,
                        boolean showGroup, boolean editable) throws IOException {
        out.start("details");
        out.attr("class", "vis-lesson" + (lesson.isCancelled() ? " vis-cancelled" : "")
                + (lesson.isChanged() ? " vis-changed" : ""));
        out.attr("id", "lesson-" + lesson.key());
        out.start("summary");
        span(out, "vis-lesson-time", lesson.starts() + "–" + lesson.ends());
        span(out, "vis-lesson-subject", lesson.subject());
        if (showGroup) {
            span(out, "vis-lesson-group", lesson.group());
        }
        if (lesson.room() != null) {
            span(out, "vis-lesson-room", lesson.room());
        }
        if (lesson.isCancelled()) {
            span(out, "vis-badge vis-badge-cancelled", msg.getString("timetable.cancelled"));
        }
        if (lesson.isExtra()) {
            span(out, "vis-badge", msg.getString("timetable.extra"));
        }
        if (lesson.moved()) {
            span(out, "vis-badge", msg.getString("timetable.movedShort"));
        }
        if (lesson.roomChanged()) {
            span(out, "vis-badge", msg.getString("timetable.newRoomShort"));
        }
        if (lesson.hasSubstitute()) {
            span(out, "vis-badge", msg.getString("timetable.substituteShort"));
        }
        out.end("summary");

        out.start("dl");
        out.attr("class", "vis-lesson-facts");
        fact(out, msg.getString("timetable.subject"), lesson.subject() + " (" + lesson.subjectCode() + ")");
        fact(out, msg.getString("timetable.time"), lesson.starts() + "–" + lesson.ends());
        fact(out, msg.getString("timetable.teachers"), lesson.teacherList());
        fact(out, msg.getString("timetable.room"), lesson.room() == null ? "–" : lesson.room());
        fact(out, msg.getString("timetable.group"), lesson.group());
        if (lesson.isChanged()) {
            element(out, "dt", null, msg.getString("timetable.change"));
            out.start("dd");
            out.attr("class", "vis-lesson-change");
            out.text(change(msg, context, nav, lesson));
            out.end("dd");
        }
        out.end("dl");
        if (editable) {
            Map<String, List<String>> change = new LinkedHashMap<>();
            if (lesson.lessonId() != null) {
                change.put("lesson", List.of(lesson.lessonId().toString()));
                change.put("day", List.of(lesson.originalDay().toString()));
            } else {
                change.put("change", List.of(String.valueOf(lesson.changeId())));
            }
            link(context, out, change, msg.getString("timetable.edit"));
            link(context, out, Map.of("group", List.of(Long.toString(lesson.groupId()))), msg.getString("timetable.newExtra"));
        }
        out.end("details");
    }

    /** The change in words: "Avlyst. Flyttet fra 1.12. kl. 08:15. Nytt rom (var 204). Vikar: … " and the office's note. */
    private static String change(ResourceBundle msg, FacesContext context, WeekNavigation nav, LessonView lesson) {
        var locale = context.getViewRoot().getLocale();
        StringBuilder text = new StringBuilder();
        if (lesson.isCancelled()) {
            text.append(msg.getString("timetable.cancelled")).append(". ");
        }
        if (lesson.isExtra()) {
            text.append(msg.getString("timetable.extra")).append(". ");
        }
        if (lesson.moved()) {
            text.append(new MessageFormat(msg.getString("timetable.moved"), locale)
                    .format(new Object[] {nav.shortDate(lesson.originalDay()), String.valueOf(lesson.originalStarts())})).append(' ');
        }
        if (lesson.roomChanged()) {
            text.append(new MessageFormat(msg.getString("timetable.newRoom"), locale)
                    .format(new Object[] {lesson.originalRoom() == null ? "–" : lesson.originalRoom()})).append(' ');
        }
        if (lesson.hasSubstitute()) {
            text.append(new MessageFormat(msg.getString("timetable.substitute"), locale)
                    .format(new Object[] {lesson.substituteList()})).append(' ');
        }
        if (lesson.note() != null) {
            text.append(lesson.note());
        }
        return text.toString();
    }

    private void link(FacesContext context, Html out, Map<String, List<String>> parameters, String text) throws IOException {
        String url = context.getApplication().getViewHandler().getBookmarkableURL(context, LESSON_PAGE, parameters, false);
        out.start("a");
        out.attr("href", context.getExternalContext().encodeBookmarkableURL(url, null));
        out.attr("class", "vis-lesson-edit");
        out.text(text);
        out.end("a");
    }

    private void fact(Html out, String term, String value) throws IOException {
        element(out, "dt", null, term);
        element(out, "dd", null, value);
    }

    private void span(Html out, String styleClass, String text) throws IOException {
        element(out, "span", styleClass, text);
    }

    private void element(Html out, String name, String styleClass, String text) throws IOException {
        out.start(name);
        if (styleClass != null) {
            out.attr("class", styleClass);
        }
        out.text(text == null ? "" : text);
        out.end(name);
    }
}
