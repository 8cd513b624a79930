package no.vis.web.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vis.common.BusinessException;
import no.vis.common.PageRequest;
import no.vis.privacy.AccessLog;
import no.vis.privacy.AccessLogRow;

/**
 * Backs "who has looked at my data" for a guardian and for a pupil of 18 or more: the latest 200
 * reads and changes of their own data, with who did it, in which role and why.
 */
@Named("myAccessLog")
@RequestScoped
public class MyAccessLogBacking {

    @Inject
    AccessLog accessLog;

    private List<AccessLogRow> rows = List.of();
    private String refusal;

    @PostConstruct
    void load() {
        try {
            var page = accessLog.aboutMe(new PageRequest(0, PageRequest.MAX_SIZE));
            rows = page.rows();
        } catch (BusinessException e) {
            refusal = e.messageKey();
        }
    }

    public List<AccessLogRow> getRows() {
        return rows;
    }

    public String getRefusal() {
        return refusal;
    }
}
