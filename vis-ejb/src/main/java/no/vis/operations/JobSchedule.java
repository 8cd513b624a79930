package no.vis.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** When a job runs: hour, minute and day of week in EJB calendar syntax (like cron: {@code *}, {@code 2}, {@code Mon-Fri}, {@code 0,30}). */
@Entity
@Table(name = "job_schedule")
public class JobSchedule {

    @Id
    @Column(name = "job_name", length = 50)
    private String jobName;

    @Column(name = "run_hour", length = 40, nullable = false)
    private String hour;

    @Column(name = "run_minute", length = 40, nullable = false)
    private String minute;

    @Column(name = "run_day_of_week", length = 40, nullable = false)
    private String dayOfWeek;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "updated_by", length = 64, nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected JobSchedule() {
        // for JPA
    }

    public JobSchedule(String jobName) {
        this.jobName = jobName;
    }

    public void set(String hour, String minute, String dayOfWeek, boolean enabled, String by) {
        this.hour = hour;
        this.minute = minute;
        this.dayOfWeek = dayOfWeek;
        this.enabled = enabled;
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now();
    }

    public String getJobName() {
        return jobName;
    }

    public String getHour() {
        return hour;
    }

    public String getMinute() {
        return minute;
    }

    public String getDayOfWeek() {
        return dayOfWeek;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
