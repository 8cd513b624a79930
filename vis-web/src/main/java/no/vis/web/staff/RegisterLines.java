package no.vis.web.staff;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vis.absence.CodeOption;
import no.vis.absence.RegisterLine;
import no.vis.web.common.FacesMessages;
import no.vis.web.common.Html;

/**
 * The pupils' lines of a register ({@code <vis:registerLines form="#{register}"/>} inside the table's
 * {@code tbody}): per pupil a state (present, absent, late, left early), the minutes missed and the
 * code, or the contact teacher's day absence that locks the line.
 *
 * <p>The register is the page every teacher opens at 08:00 (issue 12's peak: 100 saves a second on
 * two cores). As thirty rows of standard components it cost five components a pupil in every phase —
 * built, restored, decoded, validated, rendered and their state saved. This one component writes the
 * same markup (ids {@code register:lines:<row>:state|minutes|code}, labels, errors tied to their
 * fields) as text at once ({@link Html} escapes every value; the option lists are built once), and decodes the request's parameters
 * into the rows; {@link RegisterBacking#save()} checks them and the service decides.
 */
@FacesComponent(value = RegisterLines.TYPE, createTag = true, tagName = "registerLines", namespace = RegisterLines.NAMESPACE)
public class RegisterLines extends UIComponentBase {

    public static final String TYPE = "no.vis.web.RegisterLines";
    public static final String NAMESPACE = "https://vis.no/faces";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    private RegisterBacking form() {
        return (RegisterBacking) getAttributes().get("form");
    }

    @Override
    public void decode(FacesContext context) {
        RegisterBacking form = form();
        if (form.getSheet() == null || !form.getSheet().open()) {
            return;
        }
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String prefix = getClientId(context) + ":";
        List<RegisterBacking.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            RegisterBacking.Row row = rows.get(i);
            if (!row.getLine().lockedByDayAbsence()) {
                row.submit(params.get(prefix + i + ":state"), params.get(prefix + i + ":minutes"), params.get(prefix + i + ":code"));
            }
        }
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        RegisterBacking form = form();
        if (form.getSheet() == null) {
            return;
        }
        Locale locale = form.locale();
        String prefix = getClientId(context) + ":";
        boolean open = form.getSheet().open();
        int lessonMinutes = form.getSheet().lessonMinutes();
        // the option lists, once for each choice selected: the same on every line
        Map<String, Html> stateOptions = new HashMap<>();
        for (String selected : form.getStates()) {
            Html options = new Html();
            for (String s : form.getStates()) {
                option(options, s, FacesMessages.text(locale, "register.kind." + s), s.equals(selected));
            }
            stateOptions.put(selected, options);
        }
        Map<Long, Html> codeOptions = new HashMap<>();
        List<CodeOption> codes = form.getSheet().codes();
        String stateOf = FacesMessages.text(locale, "register.stateOf");
        String minutesOf = FacesMessages.text(locale, "register.minutesOf");
        String codeOf = FacesMessages.text(locale, "register.codeOf");

        Html out = new Html();
        List<RegisterBacking.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            RegisterBacking.Row row = rows.get(i);
            RegisterLine line = row.getLine();
            String name = line.givenName() + " " + line.familyName();
            out.start("tr");
            out.attr("class", "vis-register-line" + (RegisterBacking.PRESENT.equals(row.getState()) ? "" : " vis-register-absent"));
            out.attr("data-pupil", line.pupilId());
            out.start("th");
            out.attr("scope", "row");
            out.text(line.familyName() + ", " + line.givenName());
            if (line.classCode() != null) {
                out.start("span");
                out.attr("class", "vis-muted");
                out.text(" (" + line.classCode() + ")");
                out.end("span");
            }
            out.end("th");
            if (line.lockedByDayAbsence()) {
                out.start("td");
                out.attr("colspan", "3");
                out.attr("class", "vis-register-locked");
                out.text(FacesMessages.text(locale, "register.dayAbsence", line.dayCode()));
                out.end("td");
            } else {
                String id = prefix + i + ":";
                out.start("td");
                select(out, id + "state", stateOf.replace("{0}", name), open, null);
                out.markup(stateOptions.get(row.getState()));
                out.end("select");
                out.end("td");

                out.start("td");
                out.start("input");
                out.attr("id", id + "minutes");
                out.attr("name", id + "minutes");
                out.attr("type", "number");
                out.attr("min", "1");
                out.attr("max", lessonMinutes - 1);
                out.attr("size", "4");
                out.attr("value", row.getMinutesText() == null ? "" : row.getMinutesText());
                out.attr("aria-label", minutesOf.replace("{0}", name));
                out.attr("disabled", open ? null : "disabled");
                errorAttributes(out, id + "minutes", row.getMinutesError());
                out.end("input");
                error(out, id + "minutes", row.getMinutesError(), locale);
                out.end("td");

                out.start("td");
                select(out, id + "code", codeOf.replace("{0}", name), open, row.getCodeError());
                out.markup(codeOptions.computeIfAbsent(row.getCodeId() == null ? -1L : row.getCodeId(), selected -> {
                    Html options = new Html();
                    codes.forEach(c -> option(options, Long.toString(c.id()), c.label(), c.id() == selected));
                    return options;
                }));
                out.end("select");
                error(out, id + "code", row.getCodeError(), locale);
                out.end("td");
            }
            out.end("tr");
        }
        context.getResponseWriter().write(out.toString());
    }

    private static void select(Html out, String id, String label, boolean open, String error) {
        out.start("select");
        out.attr("id", id);
        out.attr("name", id);
        out.attr("class", "vis-select");
        out.attr("size", "1");
        out.attr("aria-label", label);
        out.attr("disabled", open ? null : "disabled");
        errorAttributes(out, id, error);
    }

    private static void option(Html out, String value, String label, boolean selected) {
        out.start("option");
        out.attr("value", value);
        out.attr("selected", selected ? "selected" : null);
        out.text(label);
        out.end("option");
    }

    private static void errorAttributes(Html out, String id, String error) {
        if (error != null) {
            out.attr("aria-invalid", "true");
            out.attr("aria-describedby", id + "-error");
        }
    }

    /** The field's error, next to it. */
    private static void error(Html out, String id, String error, Locale locale) {
        if (error != null) {
            out.start("span");
            out.attr("id", id + "-error");
            out.attr("class", "vis-field-error");
            out.text(FacesMessages.text(locale, error));
            out.end("span");
        }
    }
}
