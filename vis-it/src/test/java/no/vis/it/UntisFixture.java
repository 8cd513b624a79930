package no.vis.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A school for Untis import tests and its export: classes 1STA (two pupils) and 1STB (one), the
 * period grid (four 45-minute periods, a break after the second), teachers AAA, BBB, CCC, rooms R1
 * and R2, the groups 1STA-NOR1260 and SPA-1 (a pupil of each class), an office-placed Norwegian
 * lesson on Monday 08:15, and GPU001/GPU002/GPU014 files holding: Norwegian on Monday (a double,
 * replacing the office's), a maths group Untis creates (A weeks), a teacher clash on Wednesday (CCC)
 * and a room clash on Thursday (R1) — four lessons refused —, a pupil clash on Friday (the Spanish
 * group and Norwegian share a pupil) and a line with the unknown teacher ZZZ; GPU014 cancels
 * Monday 7 December's Norwegian and gives the maths lesson of Tuesday 8 December a substitute.
 */
final class UntisFixture {

    static final LocalDate FIRST = LocalDate.of(2026, 8, 17);
    /** The import's first day (a Monday of a B week: 2026-08-17 is an A week). */
    static final LocalDate FROM = LocalDate.of(2026, 11, 30);

    long school;
    long otherSchool;
    long classA;
    long norwegian;
    long visLesson;
    long aaa;
    long bbb;
    long ccc;
    long room1;
    String suffix;

    static UntisFixture create(TestDb db, long officeStaffId) throws Exception {
        UntisFixture f = new UntisFixture();
        f.suffix = TestPeople.token();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        long county = db.county("43", "Timeplan fylkeskommune");
        db.schoolYear(county, 2026, FIRST, LocalDate.of(2027, 6, 18), LocalDate.of(2027, 1, 18));
        f.school = db.school(county, TestPeople.orgNumber(), "Untis vgs " + f.suffix);
        f.otherSchool = db.school(county, TestPeople.orgNumber(), "Annen Untis vgs " + f.suffix);
        f.classA = db.schoolClass(f.school, 2026, "1STA", "VG1");
        long classB = db.schoolClass(f.school, 2026, "1STB", "VG1");
        TestPeople people = new TestPeople();
        long p1 = db.pupil(people.next().value(), "Una", "Untis" + f.suffix, today.minusYears(16), f.school, f.classA);
        long p2 = db.pupil(people.next().value(), "Ulf", "Untis" + f.suffix, today.minusYears(16), f.school, f.classA);
        long p3 = db.pupil(people.next().value(), "Ulla", "Untis" + f.suffix, today.minusYears(16), f.school, classB);
        db.freshStaffWithId(officeStaffId, "Ola Kontor", county);
        db.roleOf(officeStaffId, f.school, "OFFICE");
        f.aaa = teacher(db, county, f.school, "AAA", f.suffix);
        f.bbb = teacher(db, county, f.school, "BBB", f.suffix);
        f.ccc = teacher(db, county, f.school, "CCC", f.suffix);
        String[][] grid = {{"1", "495", "540"}, {"2", "540", "585"}, {"3", "600", "645"}, {"4", "645", "690"}};
        for (String[] p : grid) {
            db.execute("INSERT INTO lesson_period (id, school_id, weekday, period_no, starts_at, ends_at, version)"
                    + " VALUES (nextval('lesson_period_seq'), CAST(? AS BIGINT), NULL, CAST(? AS SMALLINT), CAST(? AS SMALLINT),"
                    + " CAST(? AS SMALLINT), 1)", Long.toString(f.school), p[0], p[1], p[2]);
        }
        f.room1 = db.room(f.school, "R1");
        db.room(f.school, "R2");
        f.norwegian = db.teachingGroup(f.school, 2026, "1STA-NOR1260", "NOR1260", f.classA);
        long spanish = db.teachingGroup(f.school, 2026, "SPA-1", "SPA1001", null);
        db.groupMember(f.norwegian, p1, FIRST, null);
        db.groupMember(f.norwegian, p2, FIRST, null);
        db.groupMember(spanish, p1, FIRST, null);
        db.groupMember(spanish, p3, FIRST, null);
        f.visLesson = db.lesson(f.norwegian, 1, "08:15", "09:45", f.room1, "EVERY", FIRST, f.aaa);
        return f;
    }

    private static long teacher(TestDb db, long county, long school, String code, String suffix) throws Exception {
        String feide = "untis-" + code + "-" + suffix;
        db.staffRole(feide, "Lærer " + code, county, school, "TEACHER");
        db.execute("UPDATE staff_member SET short_code = ? WHERE feide_user_id = ?", code, feide);
        return Long.parseLong(db.text("SELECT id FROM staff_member WHERE feide_user_id = ?", feide));
    }

    static final String GPU001 = String.join("\r\n",
            "1;\"1STA\";\"AAA\";\"NOR1260\";\"R1\";1;1;;",
            "1;\"1STA\";\"AAA\";\"NOR1260\";\"R1\";1;2;;",
            "2;\"1STA\";\"BBB\";\"MAT1019\";\"R2\";2;1;;",
            "2;\"1STA\";\"BBB\";\"MAT1019\";\"R2\";2;2;;",
            "3;\"1STB\";\"CCC\";\"ENG1007\";\"R1\";3;1;;",
            "4;\"1STA\";\"CCC\";\"KRO1017\";\"R2\";3;1;;",
            "5;\"1STA\";\"AAA\";\"SAM1001\";\"R1\";4;1;;",
            "6;\"1STB\";\"BBB\";\"GEO1003\";\"R1\";4;1;;",
            "7;\"1STA~1STB\";\"CCC\";\"SPA1001\";\"R2\";5;1;;",
            "8;\"1STA\";\"AAA\";\"NOR1260\";\"R1\";5;1;;",
            "9;\"1STB\";\"ZZZ\";\"NAT1007\";\"R2\";2;3;;") + "\r\n";

    static String gpu002() {
        return course(2, "1STA", "BBB", "MAT1019", "R2", "A", "") + course(7, "1STA~1STB", "CCC", "SPA1001", "R2", "", "SPA-1");
    }

    private static String course(int lesson, String classes, String teacher, String subject, String room, String week,
                                 String group) {
        String[] f = new String[46];
        java.util.Arrays.fill(f, "");
        f[0] = Integer.toString(lesson);
        f[1] = "2";
        f[4] = "\"" + classes + "\"";
        f[5] = "\"" + teacher + "\"";
        f[6] = "\"" + subject + "\"";
        f[7] = "\"" + room + "\"";
        f[11] = week.isEmpty() ? "" : "\"" + week + "\"";
        f[41] = group.isEmpty() ? "" : "\"" + group + "\"";
        return String.join(";", f) + "\r\n";
    }

    static final String GPU014 = String.join("\r\n",
            "1;20261207;1;;1;\"AAA\";\"\";\"NOR1260\";;;;\"R1\";\"\";;\"1STA\";;;1;;\"C\";202611281200;;",
            "2;20261207;2;;1;\"AAA\";\"\";\"NOR1260\";;;;\"R1\";\"\";;\"1STA\";;;1;;\"C\";202611281200;;",
            "3;20261208;1;;2;\"BBB\";\"CCC\";\"MAT1019\";;;;\"R2\";\"\";;\"1STA\";;;0;;\"\";202611281200;;",
            "4;20261208;2;;2;\"BBB\";\"CCC\";\"MAT1019\";;;;\"R2\";\"\";;\"1STA\";;;0;;\"\";202611281200;;") + "\r\n";

    /** The export as uploaded (GPU001 in Windows-1252, the others UTF-8). */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("GPU001.TXT", GPU001.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        files.put("GPU002.TXT", gpu002().getBytes(StandardCharsets.UTF_8));
        files.put("GPU014.TXT", GPU014.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
