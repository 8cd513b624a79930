package no.vis.web.archfixturecycle;

import no.vis.web.archfixture.CycleA;

/** The other half of a package cycle (with {@link CycleA}). */
public class CycleB {

    CycleA other;
}
