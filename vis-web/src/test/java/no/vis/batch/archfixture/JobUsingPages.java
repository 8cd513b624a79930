package no.vis.batch.archfixture;

import no.vis.web.i18n.UserLocale;

/** A job that knows a page's bean: breaks "jobs never render". */
public class JobUsingPages {

    UserLocale locale;
}
