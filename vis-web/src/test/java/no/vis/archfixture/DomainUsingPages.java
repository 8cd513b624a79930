package no.vis.archfixture;

import no.vis.web.i18n.UserLocale;

/** A domain class that knows a page's bean: breaks the one-way flow. */
public class DomainUsingPages {

    UserLocale locale;
}
