package no.vis.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vis.common.BusinessException;
import no.vis.common.Page;
import no.vis.common.PageRequest;
import no.vis.people.Fodselsnummer;
import no.vis.people.InvalidFodselsnummerException;
import no.vis.people.PupilRow;
import no.vis.people.PupilSearch;
import no.vis.people.PupilService;
import no.vis.platform.VisSettings;
import no.vis.privacy.AccessAction;
import no.vis.privacy.AccessLog;
import no.vis.privacy.AccessLogQuery;
import no.vis.privacy.AccessLogRow;
import no.vis.privacy.SubjectKind;
import no.vis.web.common.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /staff/access-log.xhtml}: who read or changed a pupil's data, or what a user did, in
 * a period. Office staff search one pupil of their schools (by fødselsnummer); the county
 * administrator may also search by user or period alone. The service enforces both.
 */
@Named("accessLogSearch")
@ViewScoped
public class AccessLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccessLog accessLog;

    @Inject
    PupilService pupilService;

    @Inject
    VisSettings settings;

    private String pupil;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private AccessAction action;
    private AccessLogQuery query;
    private String pupilName;

    private final LazyDataModel<AccessLogRow> rows = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0; // the count comes with the page
        }

        @Override
        public List<AccessLogRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (query == null) {
                setRowCount(0);
                return List.of();
            }
            try {
                Page<AccessLogRow> page = accessLog.search(query, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE)));
                setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
                return page.rows();
            } catch (BusinessException e) {
                FacesMessages.error(e.messageKey()); // the search form is rendered already: a message for the page
                setRowCount(0);
                return List.of();
            }
        }
    };

    /** Runs the search: the pupil by fødselsnummer first (a field message when it is not valid or not found). */
    public void search() {
        query = null;
        pupilName = null;
        Long subjectId = null;
        String number = pupil == null ? "" : pupil.replaceAll("\\s", "");
        if (!number.isEmpty()) {
            try {
                Fodselsnummer.parse(number, settings.allowSyntheticFodselsnummer());
                Page<PupilRow> found = pupilService.search(new PupilSearch(number, null, null, PupilSearch.SortField.NAME,
                        no.vis.common.SortDirection.ASCENDING), new PageRequest(0, 1));
                if (found.rows().isEmpty()) {
                    FacesMessages.fieldError("search:pupil", "accessLog.unknownPupil");
                    return;
                }
                subjectId = found.rows().get(0).id();
                pupilName = found.rows().get(0).listName();
            } catch (InvalidFodselsnummerException e) {
                FacesMessages.fieldError("search:pupil", e.messageKey());
                return;
            }
        }
        if (subjectId == null && !jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole("COUNTY_ADMIN")) {
            FacesMessages.fieldError("search:pupil", "accessLog.pupilRequired");
            return;
        }
        if (from != null && to != null && to.isBefore(from)) {
            FacesMessages.fieldError("search:to", "accessLog.period.reversed");
            return;
        }
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        if (who != null && !who.matches("(staff|pupil|guardian):\\d{1,18}|system")) {
            FacesMessages.fieldError("search:actor", "accessLog.actor.invalid");
            return;
        }
        query = new AccessLogQuery(subjectId == null ? null : SubjectKind.PUPIL, subjectId, who, from, to, action);
    }

    public LazyDataModel<AccessLogRow> getRows() {
        return rows;
    }

    public boolean isSearched() {
        return query != null;
    }

    public String getPupilName() {
        return pupilName;
    }

    public AccessAction[] getActions() {
        return AccessAction.values();
    }

    public String getPupil() {
        return pupil;
    }

    public void setPupil(String pupil) {
        this.pupil = pupil;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AccessAction getAction() {
        return action;
    }

    public void setAction(AccessAction action) {
        this.action = action;
    }
}
