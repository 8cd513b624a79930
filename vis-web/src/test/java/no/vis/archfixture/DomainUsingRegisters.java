package no.vis.archfixture;

import no.vis.registers.MaskinportenTokens;

/** A domain class that knows the register plumbing: breaks the one-way flow. */
public class DomainUsingRegisters {

    MaskinportenTokens tokens;
}
