package no.vis.absence;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The letter of an absence warning as a PDF (OpenPDF), in the reader's language: to whom, when, the
 * subject and period, the percentage and what the band means under § 9-8, and what the pupil can do.
 */
final class WarningLetters {

    private static final String BUNDLE = "no.vis.absence.letters";

    private WarningLetters() {
    }

    static byte[] pdf(AbsenceWarning warning, String pupilName, String schoolName, String subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // the document's language, for screen readers
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
            document.addTitle(texts.getString("title"));
            document.addAuthor(schoolName);
            document.open();
            Font heading = new Font(Font.HELVETICA, 16, Font.BOLD);
            Font plain = new Font(Font.HELVETICA, 11);
            document.add(new Paragraph(schoolName, plain));
            document.add(new Paragraph(format(texts, "date", warning.getCreatedOn().format(DateTimeFormatter.ofPattern("d.M.yyyy"))), plain));
            document.add(new Paragraph(format(texts, "to", pupilName), plain));
            document.add(spaced(new Paragraph(texts.getString("title"), heading)));
            document.add(spaced(new Paragraph(format(texts, "body", warning.getPercent().toPlainString(), subject,
                    texts.getString("period." + warning.getPeriod())), plain)));
            document.add(spaced(new Paragraph(texts.getString("band." + warning.getBand()), plain)));
            document.add(spaced(new Paragraph(texts.getString("documentation"), plain)));
            document.add(spaced(new Paragraph(texts.getString("contact"), plain)));
            document.add(spaced(new Paragraph(format(texts, "school", schoolName), plain)));
        } catch (DocumentException e) {
            throw new IllegalStateException("the warning letter could not be made", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
