package no.vis.web.staff;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.assessment.GradeLine;
import no.vis.web.common.FacesMessages;
import no.vis.web.common.Html;

/**
 * The pupils' lines of a grade protocol ({@code <vis:gradeLines form="#{gradeProtocol}"/>} inside the table's
 * {@code tbody}): per pupil the name, class, fagkode and kind of grade, where their absence stands (percentage, band,
 * the principal's decision, the limit's proposal), and the fields for the grade, the fagmerknad and the note.
 *
 * <p>As thirty rows of standard components the protocol cost a dozen components a pupil in every phase (p95 136 ms
 * to open at national scale, over the goal of 100). This one component writes the same markup — ids
 * {@code protocol:lines:<row>:value|remark|note}, each field named for its pupil and tied to its error — as text at once
 * ({@link Html} escapes every value; the fagmerknad options are built once per choice), and decodes the request's
 * parameters into the rows; {@link GradeProtocolBacking#save()} sends them and the service decides.
 */
@FacesComponent(value = GradeLines.TYPE, createTag = true, tagName = "gradeLines", namespace = RegisterLines.NAMESPACE)
public class GradeLines extends UIComponentBase {

    public static final String TYPE = "no.vis.web.GradeLines";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    private GradeProtocolBacking form() {
        return (GradeProtocolBacking) getAttributes().get("form");
    }

    @Override
    public void decode(FacesContext context) {
        GradeProtocolBacking form = form();
        if (form.getSheet() == null || !form.getSheet().editable()) {
            return;
        }
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String prefix = getClientId(context) + ":";
        List<GradeProtocolBacking.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).submit(params.get(prefix + i + ":value"), params.get(prefix + i + ":remark"), params.get(prefix + i + ":note"));
        }
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        GradeProtocolBacking form = form();
        if (form.getSheet() == null) {
            return;
        }
        Locale locale = form.locale();
        String prefix = getClientId(context) + ":";
        boolean editable = form.getSheet().editable();
        Map<String, Html> remarkOptions = new HashMap<>();
        String valueOf = FacesMessages.text(locale, "grades.valueFor");
        String remarkOf = FacesMessages.text(locale, "grades.remarkFor");
        String noteOf = FacesMessages.text(locale, "grades.noteFor");
        Map<String, String> texts = new HashMap<>();
        Html out = new Html();
        List<GradeProtocolBacking.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            GradeProtocolBacking.Row row = rows.get(i);
            GradeLine l = row.getLine();
            String id = prefix + i + ":";
            out.start("tr");
            out.attr("data-pupil", l.pupilId());
            out.attr("class", l.band() == null ? null : "vis-band-" + l.band());
            out.start("th");
            out.attr("scope", "row");
            out.text(l.name());
            out.start("span");
            out.attr("class", "vis-muted");
            out.text(" " + (l.className() == null ? "" : l.className() + " · ") + l.subjectCode() + " · "
                    + text(texts, locale, "grades.kind." + l.kind()));
            out.end("span");
            out.end("th");

            out.start("td");
            out.attr("data-band", l.band());
            if (l.absencePercent() != null) {
                out.text(l.absencePercent().toPlainString() + " %");
            }
            if (l.band() != null) {
                out.start("span");
                out.attr("class", "vis-band");
                out.text(" " + text(texts, locale, "absence.band." + l.band()));
                out.end("span");
            }
            if (!l.hasHours()) {
                out.text(text(texts, locale, "grades.noHoursYet"));
            }
            if (l.discretion() != null) {
                block(out, "vis-muted", text(texts, locale, l.discretion() ? "grades.discretion.allowed" : "grades.discretion.refused"));
            }
            if (l.proposal() != null) {
                block(out, "vis-proposal", FacesMessages.text(locale, "grades.proposal", l.proposal().code()));
            }
            out.end("td");

            out.start("td");
            out.start("input");
            out.attr("id", id + "value");
            out.attr("name", id + "value");
            out.attr("type", "text");
            out.attr("class", "vis-grade-input");
            out.attr("size", "3");
            out.attr("maxlength", "2");
            out.attr("autocomplete", "off");
            out.attr("value", row.getValue() == null ? "" : row.getValue());
            out.attr("data-pupil", l.pupilId());
            out.attr("aria-label", valueOf.replace("{0}", l.name()));
            String valueError = row.getValueError() != null ? row.getValueError() : row.getValue() != null && row.getValue().equals(l.valueCode())
                    ? l.conflict() : null;
            out.attr("aria-invalid", valueError != null ? "true" : "false");
            out.attr("aria-describedby", "grade-hint value-error-" + l.pupilId());
            out.attr("disabled", editable ? null : "disabled");
            out.end("input");
            error(out, "value-error-" + l.pupilId(), valueError, locale);
            out.end("td");

            out.start("td");
            out.start("select");
            out.attr("id", id + "remark");
            out.attr("name", id + "remark");
            out.attr("class", "vis-select");
            out.attr("size", "1");
            out.attr("aria-label", remarkOf.replace("{0}", l.name()));
            out.attr("aria-invalid", row.getRemarkError() != null ? "true" : "false");
            out.attr("aria-describedby", "remark-error-" + l.pupilId());
            out.attr("disabled", editable ? null : "disabled");
            String selected = row.getRemark() == null ? "" : row.getRemark();
            out.markup(remarkOptions.computeIfAbsent(selected, s -> {
                Html options = new Html();
                option(options, "", FacesMessages.text(locale, "grades.remark.none"), s.isEmpty());
                for (String code : form.getRemarks()) {
                    option(options, code, code + " " + FacesMessages.text(locale, "grades.remark." + code), code.equals(s));
                }
                return options;
            }));
            out.end("select");
            error(out, "remark-error-" + l.pupilId(), row.getRemarkError(), locale);
            out.end("td");

            out.start("td");
            out.start("input");
            out.attr("id", id + "note");
            out.attr("name", id + "note");
            out.attr("type", "text");
            out.attr("maxlength", "500");
            out.attr("value", row.getNote() == null ? "" : row.getNote());
            out.attr("aria-label", noteOf.replace("{0}", l.name()));
            out.attr("aria-invalid", row.getNoteError() != null ? "true" : "false");
            out.attr("aria-describedby", "note-error-" + l.pupilId());
            out.attr("disabled", editable ? null : "disabled");
            out.end("input");
            error(out, "note-error-" + l.pupilId(), row.getNoteError(), locale);
            out.end("td");
            out.end("tr");
        }
        context.getResponseWriter().write(out.toString());
    }

    private static String text(Map<String, String> texts, Locale locale, String key) {
        return texts.computeIfAbsent(key, k -> FacesMessages.text(locale, k));
    }

    private static void block(Html out, String styleClass, String text) {
        out.start("span");
        out.attr("class", styleClass + " vis-block");
        out.text(text);
        out.end("span");
    }

    private static void option(Html out, String value, String label, boolean selected) {
        out.start("option");
        out.attr("value", value);
        out.attr("selected", selected ? "selected" : null);
        out.text(label);
        out.end("option");
    }

    /** The field's error next to it (always there, empty without an error: the field's aria-describedby names it). */
    private static void error(Html out, String id, String error, Locale locale) {
        out.start("span");
        out.attr("id", id);
        out.attr("class", "vis-field-error");
        out.text(error == null ? "" : FacesMessages.text(locale, error));
        out.end("span");
    }
}
