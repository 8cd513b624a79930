package no.vis.web.common;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
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
 * group code in each lesson's summary), {@code editable} (the office's links).
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
        ResponseWriter out = context.getResponseWriter();
        out.startElement("div", this);
        out.writeAttribute("class", "vis-week", null);
        out.writeAttribute("id", "week", null);
        for (DayView day : week.days()) {
            day(context, out, msg, nav, week, day, showGroup, editable);
        }
        out.endElement("div");
    }

    private boolean flag(String name) {
        Object value = getAttributes().get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private void day(FacesContext context, ResponseWriter out, ResourceBundle msg, WeekNavigation nav, WeekView week, DayView day,
                     boolean showGroup, boolean editable) throws IOException {
        boolean today = nav.isToday(day.day());
        out.startElement("section", this);
        out.writeAttribute("class", "vis-day" + (nav.isFocus(week, day.day()) ? " vis-focus" : "") + (today ? " vis-today" : ""), null);
        out.writeAttribute("aria-labelledby", "day-" + day.day(), null);
        out.writeAttribute("id", "d-" + day.day(), null);
        out.startElement("h3", this);
        out.writeAttribute("id", "day-" + day.day(), null);
        out.writeText(nav.dayName(day.day()), null);
        if (today) {
            span(out, "vis-badge vis-badge-today", " " + msg.getString("timetable.today"));
        }
        out.endElement("h3");
        boolean schoolDay = day.kind() == DayKind.SCHOOL_DAY;
        if (!schoolDay || day.note() != null) {
            out.startElement("div", this);
            out.writeAttribute("class", "vis-day-note", null);
            out.writeText(msg.getString("timetable.dayKind." + day.kind().name()), null);
            if (day.note() != null) {
                out.writeText((schoolDay ? "" : ": ") + day.note(), null);
            }
            out.endElement("div");
        }
        if (day.lessons().isEmpty()) {
            out.startElement("div", this);
            out.writeAttribute("class", "vis-no-lessons", null);
            out.writeText(msg.getString("timetable.noLessons"), null);
            out.endElement("div");
        } else {
            out.startElement("ul", this);
            out.writeAttribute("class", "vis-lessons", null);
            for (LessonView lesson : day.lessons()) {
                out.startElement("li", this);
                lesson(context, out, msg, nav, lesson, showGroup, editable);
                out.endElement("li");
            }
            out.endElement("ul");
        }
        out.endElement("section");
    }

    private void lesson(FacesContext context, ResponseWriter out, ResourceBundle msg, WeekNavigation nav, LessonView lesson,
                        boolean showGroup, boolean editable) throws IOException {
        out.startElement("details", this);
        out.writeAttribute("class", "vis-lesson" + (lesson.isCancelled() ? " vis-cancelled" : "")
                + (lesson.isChanged() ? " vis-changed" : ""), null);
        out.writeAttribute("id", "lesson-" + lesson.key(), null);
        out.startElement("summary", this);
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
        out.endElement("summary");

        out.startElement("dl", this);
        out.writeAttribute("class", "vis-lesson-facts", null);
        fact(out, msg.getString("timetable.subject"), lesson.subject() + " (" + lesson.subjectCode() + ")");
        fact(out, msg.getString("timetable.time"), lesson.starts() + "–" + lesson.ends());
        fact(out, msg.getString("timetable.teachers"), lesson.teacherList());
        fact(out, msg.getString("timetable.room"), lesson.room() == null ? "–" : lesson.room());
        fact(out, msg.getString("timetable.group"), lesson.group());
        if (lesson.isChanged()) {
            element(out, "dt", null, msg.getString("timetable.change"));
            out.startElement("dd", this);
            out.writeAttribute("class", "vis-lesson-change", null);
            out.writeText(change(msg, context, nav, lesson), null);
            out.endElement("dd");
        }
        out.endElement("dl");
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
        out.endElement("details");
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

    private void link(FacesContext context, ResponseWriter out, Map<String, List<String>> parameters, String text) throws IOException {
        String url = context.getApplication().getViewHandler().getBookmarkableURL(context, LESSON_PAGE, parameters, false);
        out.startElement("a", this);
        out.writeURIAttribute("href", context.getExternalContext().encodeBookmarkableURL(url, null), null);
        out.writeAttribute("class", "vis-lesson-edit", null);
        out.writeText(text, null);
        out.endElement("a");
    }

    private void fact(ResponseWriter out, String term, String value) throws IOException {
        element(out, "dt", null, term);
        element(out, "dd", null, value);
    }

    private void span(ResponseWriter out, String styleClass, String text) throws IOException {
        element(out, "span", styleClass, text);
    }

    private void element(ResponseWriter out, String name, String styleClass, String text) throws IOException {
        out.startElement(name, this);
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        out.writeText(text == null ? "" : text, null);
        out.endElement(name);
    }
}
