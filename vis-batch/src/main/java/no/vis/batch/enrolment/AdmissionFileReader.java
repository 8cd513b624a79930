package no.vis.batch.enrolment;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.vis.batch.jobs.ImportFiles;
import no.vis.platform.VisSettings;

/**
 * Reads the admission file line by line ({@link AdmissionFile}); the checkpoint is the number of
 * the last line handed out. A restart reads the lines before the checkpoint again only to know the
 * numbers they had (a duplicate after the restart is still reported as one), and goes on after it.
 */
@Named
@Dependent
public class AdmissionFileReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    VisSettings settings;

    @Inject
    no.vis.batch.jobs.RunParameters run;

    /** The run's file parameter (a restart's: the restarted run's). */
    @Inject
    @jakarta.batch.api.BatchProperty
    String file;

    private BufferedReader in;
    private AdmissionFile admissions;
    private int lineNumber;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        run.today(); // the parameters checked by the job screen's rules, whoever started the run
        String name = file == null || file.isBlank() ? restartedRunsFile() : file.strip();
        if (!ImportFiles.isAcceptableName(name)) { // a run started without the job screen's checks
            throw new IllegalArgumentException("enrolment-import: parameter file missing or not a plain name under the import"
                    + " directory (vis.import.dir)");
        }
        Path path = ImportFiles.resolve(settings.importDirectory(), name)
                .orElseThrow(() -> new IllegalArgumentException("enrolment-import: no readable file of that name in the import"
                        + " directory (vis.import.dir)"));
        in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        lineNumber = 1;
        admissions = AdmissionFile.withHeader(in.readLine(), settings.allowSyntheticFodselsnummer());
        int resumeAfter = checkpoint == null ? 1 : (Integer) checkpoint;
        while (lineNumber < resumeAfter) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            admissions.parse(++lineNumber, line); // only to remember the numbers seen
        }
    }

    /** A restart without parameters reads the file of the run it restarts (the job instance's earlier runs). */
    private String restartedRunsFile() {
        jakarta.batch.operations.JobOperator operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId())).stream()
                .map(e -> e.getJobParameters() == null ? "" : e.getJobParameters().getProperty("file", ""))
                .filter(f -> !f.isBlank()).map(String::strip).findFirst().orElse("");
    }

    @Override
    public Object readItem() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            Optional<ParsedLine> parsed = admissions.parse(++lineNumber, line);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
