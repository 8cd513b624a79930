package no.vis.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.vis.access.SchoolService;
import no.vis.common.BusinessException;
import no.vis.common.PageRequest;
import no.vis.common.SortDirection;
import no.vis.people.Fodselsnummer;
import no.vis.people.PupilRow;
import no.vis.people.PupilSearch;
import no.vis.people.PupilService;
import no.vis.platform.VisSettings;
import no.vis.school.SchoolOption;
import no.vis.web.common.FacesMessages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code /staff/pupilService.xhtml}. The filter fields are plain text as typed (or as given in
 * the URL: {@code ?q=…&school=…&class=…}); {@link #applySearch()} checks them and reports each
 * problem on its field, and only a search that passed reaches the table.
 */
@Named("staffPupils")
@ViewScoped
public class PupilsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PupilService pupilService;

    @Inject
    SchoolService schoolService;

    @Inject
    VisSettings settings;

    private String nameOrFnr;
    private String schoolId;
    private String classCode;
    private List<SchoolOption> schools;
    private PupilSearch activeSearch = PupilSearch.all();
    private final PupilModel model = new PupilModel();

    @PostConstruct
    void init() {
        schools = schoolService.listSchools();
    }

    /** Checks the filter and, when every field is fine, shows its first page. */
    public void applySearch() {
        boolean valid = true;
        Long school = null;
        if (schoolId != null && !schoolId.isBlank()) {
            school = parseId(schoolId);
            Long wanted = school;
            // only the schools the user works at are offered; anything else is unknown to them
            if (wanted == null || schools.stream().noneMatch(option -> option.id() == wanted)) {
                FacesMessages.fieldError("search:school", "school.unknown");
                valid = false;
            }
        }
        try {
            PupilSearch search = new PupilSearch(nameOrFnr, school, classCode, null, null);
            if (search.isFodselsnummerSearch()) {
                var problem = Fodselsnummer.problemWith(search.nameOrFnr(), settings.allowSyntheticFodselsnummer());
                if (problem.isPresent()) {
                    FacesMessages.fieldError("search:name", problem.get().messageKey());
                    valid = false;
                }
            }
            if (valid) {
                activeSearch = search;
            }
        } catch (BusinessException e) {
            FacesMessages.fieldError("pupils.search.classTooLong".equals(e.messageKey()) ? "search:class" : "search:name",
                    e.messageKey(), e.arguments());
        }
    }

    public void clear() {
        nameOrFnr = null;
        schoolId = null;
        classCode = null;
        activeSearch = PupilSearch.all();
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The pupils of the active search, a page at a time from the database. */
    private final class PupilModel extends LazyDataModel<PupilRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0; // the count comes with each page, from load()
        }

        @Override
        public List<PupilRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PupilSearch.SortField field = PupilSearch.SortField.NAME;
            SortDirection direction = SortDirection.ASCENDING;
            for (SortMeta sort : sortBy.values()) {
                field = switch (sort.getField()) {
                    case "birthDate" -> PupilSearch.SortField.BIRTH_DATE;
                    case "schoolName" -> PupilSearch.SortField.SCHOOL;
                    case "classCode" -> PupilSearch.SortField.CLASS;
                    default -> PupilSearch.SortField.NAME;
                };
                direction = sort.getOrder() == SortOrder.DESCENDING ? SortDirection.DESCENDING : SortDirection.ASCENDING;
            }
            PupilSearch search = new PupilSearch(activeSearch.nameOrFnr(), activeSearch.schoolId(),
                    activeSearch.classCode(), field, direction);
            try {
                var page = pupilService.search(search, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE)));
                setRowCount((int) page.total());
                return page.rows();
            } catch (BusinessException e) {
                FacesMessages.error(e.messageKey(), e.arguments());
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(PupilRow row) {
            return Long.toString(row.id());
        }

        @Override
        public PupilRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<PupilRow> getModel() {
        return model;
    }

    public List<SchoolOption> getSchools() {
        return schools;
    }

    public String getNameOrFnr() {
        return nameOrFnr;
    }

    public void setNameOrFnr(String nameOrFnr) {
        this.nameOrFnr = nameOrFnr;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public String getClassCode() {
        return classCode;
    }

    public void setClassCode(String classCode) {
        this.classCode = classCode;
    }
}
