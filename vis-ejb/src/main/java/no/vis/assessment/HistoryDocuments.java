package no.vis.assessment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.vis.absence.DiplomaHalf;

/**
 * A pupil's history as a PDF (OpenPDF), in the reader's language: per school year the published grades per subject,
 * orden and atferd where the reader may see them, and the absence of each half-year — what the history page shows.
 */
final class HistoryDocuments {

    private static final String BUNDLE = "no.vis.assessment.documents";

    private HistoryDocuments() {
    }

    static byte[] pdf(History history, LocalDate printedOn, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
            document.addTitle(texts.getString("title") + " – " + history.pupilName());
            document.open();
            Font heading = new Font(Font.HELVETICA, 16, Font.BOLD);
            Font subheading = new Font(Font.HELVETICA, 12, Font.BOLD);
            Font plain = new Font(Font.HELVETICA, 10);
            Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
            document.add(new Paragraph(texts.getString("title"), heading));
            document.add(new Paragraph(format(texts, "pupil", history.pupilName()), plain));
            document.add(new Paragraph(format(texts, "printed", printedOn.format(DateTimeFormatter.ofPattern("d.M.yyyy"))), plain));
            for (HistoryYear year : history.years()) {
                Paragraph title = new Paragraph(format(texts, "year", year.label()), subheading);
                title.setSpacingBefore(14);
                document.add(title);
                if (year.subjects().isEmpty()) {
                    document.add(new Paragraph(texts.getString("noGrades"), plain));
                } else {
                    PdfPTable table = new PdfPTable(new float[] {5, 1.4f, 1.4f, 1.4f, 1.4f});
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    table.setHeaderRows(1);
                    for (String key : List.of("subject", "firstHalf", "secondHalf", "standpunkt", "remark")) {
                        table.addCell(new PdfPCell(new Phrase(texts.getString(key), bold)));
                    }
                    for (HistorySubject s : year.subjects()) {
                        table.addCell(new PdfPCell(new Phrase(s.title() + " (" + s.subjectCode() + ")", plain)));
                        table.addCell(new PdfPCell(new Phrase(s.firstHalfCode(), plain)));
                        table.addCell(new PdfPCell(new Phrase(s.secondHalfCode(), plain)));
                        table.addCell(new PdfPCell(new Phrase(s.standpunktCode(), plain)));
                        table.addCell(new PdfPCell(new Phrase(s.remark() == null ? "" : s.remark(), plain)));
                    }
                    document.add(table);
                }
                if (!year.conduct().isEmpty()) {
                    List<String> lines = new ArrayList<>();
                    year.conduct().forEach(c -> lines.add(format(texts, "conductLine", texts.getString("kind." + c.kind()),
                            c.firstHalfCode(), c.yearEndCode())));
                    document.add(new Paragraph(format(texts, "conduct", String.join("; ", lines)), plain));
                }
                if (!year.absence().isEmpty()) {
                    List<String> halves = new ArrayList<>();
                    for (DiplomaHalf h : year.absence()) {
                        halves.add(format(texts, "half." + h.half(), h.printedDays(), h.printedHours()));
                    }
                    document.add(new Paragraph(format(texts, "absence", String.join("; ", halves)), plain));
                }
            }
            Paragraph legend = new Paragraph(texts.getString("legend"), plain);
            legend.setSpacingBefore(14);
            document.add(legend);
        } catch (DocumentException e) {
            throw new IllegalStateException("the history could not be made", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The letter of a warning in orden or atferd (the copy the pupil or a guardian received). */
    static byte[] letter(ConductWarning warning, String pupilName, String schoolName, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
            String kind = texts.getString("kind." + warning.getKind());
            String value = texts.getString("value." + warning.getGradeAtRisk());
            String title = format(texts, "letter.title", value, kind);
            document.addTitle(title);
            document.addAuthor(schoolName);
            document.open();
            Font heading = new Font(Font.HELVETICA, 16, Font.BOLD);
            Font plain = new Font(Font.HELVETICA, 11);
            document.add(new Paragraph(schoolName, plain));
            document.add(new Paragraph(format(texts, "letter.date", warning.getSentAt().atZoneSameInstant(no.vis.common.Today.NORWAY)
                    .toLocalDate().format(DateTimeFormatter.ofPattern("d.M.yyyy"))), plain));
            document.add(new Paragraph(format(texts, "letter.to", pupilName), plain));
            Paragraph t = new Paragraph(title, heading);
            t.setSpacingBefore(10);
            document.add(t);
            Paragraph body = new Paragraph(format(texts, "letter.body", value, kind, texts.getString("round." + warning.getRoundKind()),
                    warning.getRemarks()), plain);
            body.setSpacingBefore(10);
            document.add(body);
            if (warning.getComment() != null) {
                Paragraph comment = new Paragraph(warning.getComment(), plain);
                comment.setSpacingBefore(10);
                document.add(comment);
            }
            Paragraph contact = new Paragraph(texts.getString("letter.contact"), plain);
            contact.setSpacingBefore(10);
            document.add(contact);
            document.add(new Paragraph(format(texts, "letter.school", schoolName), plain));
        } catch (DocumentException e) {
            throw new IllegalStateException("the warning letter could not be made", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
