package no.vis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** Batch jobs started as IT operations would, through WildFly's management API (the CLI's {@code start-job}). */
final class CliJobs {

    private CliJobs() {
    }

    /** Starts the job and waits for it to end; its batch status. */
    static String runToEnd(String jobName) throws Exception {
        long id = start(jobName);
        try (TestDb db = new TestDb()) {
            for (int i = 0; i < 900; i++) {
                String status = db.value("SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", id);
                if (status != null && !status.equals("STARTING") && !status.equals("STARTED")) {
                    return id + ":" + status;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError(jobName + " did not finish");
    }

    /** Runs the job, asserts that it completed; its execution id. */
    static long run(String jobName) throws Exception {
        String[] ended = runToEnd(jobName).split(":");
        assertEquals("COMPLETED", ended[1], jobName + " " + ended[0]);
        return Long.parseLong(ended[0]);
    }

    static long start(String jobName) throws Exception {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 10290))) {
            ModelNode op = new ModelNode();
            op.get("operation").set("start-job");
            op.get("address").add("deployment", "vis.ear").add("subdeployment", "vis-batch.jar").add("subsystem", "batch-jberet");
            op.get("job-xml-name").set(jobName);
            ModelNode result = client.execute(op);
            assertEquals("success", result.get("outcome").asString(), result.toString());
            return result.get("result").asLong();
        }
    }
}
