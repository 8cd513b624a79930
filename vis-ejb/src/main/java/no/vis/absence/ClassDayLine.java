package no.vis.absence;

import java.io.Serializable;

/**
 * One pupil of a class on a day, for the contact teacher: the day absence (its code id, code and
 * documentation) if there is one, and the day's lessons with how many of them have absence
 * registered and the minutes missed.
 */
public record ClassDayLine(long pupilId, String givenName, String familyName, Long dayCodeId, String dayCode,
                           Documentation dayDocumentation, int lessons, int lessonsWithAbsence, int minutesMissed,
                           Documentation lessonDocumentation) implements Serializable {

    public boolean hasDayAbsence() {
        return dayCodeId != null;
    }

    @Override
    public String toString() {
        return "ClassDayLine[" + pupilId + "]";
    }
}
