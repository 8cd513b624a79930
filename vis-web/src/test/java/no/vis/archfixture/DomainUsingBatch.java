package no.vis.archfixture;

import no.vis.batch.jobs.RunParameters;

/** A domain class that knows a batch job's class: breaks the one-way flow. */
public class DomainUsingBatch {

    RunParameters parameters;
}
