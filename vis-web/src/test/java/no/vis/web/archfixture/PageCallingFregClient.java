package no.vis.web.archfixture;

import no.vis.registers.freg.FregClient;

/** A backing bean that looks a pupil up in Folkeregisteret itself: breaks "pages never call register clients". */
public class PageCallingFregClient {

    FregClient freg;
}
