package no.vis.web.archfixture;

import no.vis.web.archfixturecycle.CycleB;

/** One half of a package cycle (with {@link CycleB}). */
public class CycleA {

    CycleB other;
}
