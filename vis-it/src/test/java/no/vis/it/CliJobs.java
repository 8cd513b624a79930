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

    /** Starts the job with parameters and waits for it to end: "id:STATUS". */
    static String runToEnd(String jobName, java.util.Map<String, String> parameters) throws Exception {
        return awaitEnd(start(jobName, parameters), jobName);
    }

    /** Restarts a failed or stopped run from its checkpoint and waits for it to end: "id:STATUS". */
    static String restartToEnd(long executionId) throws Exception {
        ModelNode op = operation("restart-job");
        op.get("execution-id").set(executionId);
        return awaitEnd(execute(op), "restart of " + executionId);
    }

    private static String awaitEnd(long id, String what) throws Exception {
        try (TestDb db = new TestDb()) {
            for (int i = 0; i < 900; i++) {
                String status = db.value("SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", id);
                if (status != null && !status.equals("STARTING") && !status.equals("STARTED")) {
                    return id + ":" + status;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError(what + " did not finish");
    }

    static long start(String jobName, java.util.Map<String, String> parameters) throws Exception {
        ModelNode op = operation("start-job");
        op.get("job-xml-name").set(jobName);
        parameters.forEach((name, value) -> op.get("properties").get(name).set(value));
        return execute(op);
    }

    private static ModelNode operation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").add("deployment", "vis.ear").add("subdeployment", "vis-batch.jar").add("subsystem", "batch-jberet");
        return op;
    }

    private static long execute(ModelNode op) throws Exception {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 10290))) {
            ModelNode result = client.execute(op);
            assertEquals("success", result.get("outcome").asString(), result.toString());
            return result.get("result").asLong();
        }
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
