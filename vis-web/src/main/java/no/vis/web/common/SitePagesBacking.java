package no.vis.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /pages.xhtml}: every page of VIS from {@link Pages}, with what it is and who may open it. */
@Named("sitePages")
@ApplicationScoped
public class SitePagesBacking {

    private static final List<Pages> ALL = List.of(Pages.values());

    public List<Pages> getAll() {
        return ALL;
    }
}
