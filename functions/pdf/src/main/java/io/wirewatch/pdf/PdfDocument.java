package io.wirewatch.pdf;

import io.wirewatch.core.port.FormatReader;
import io.wirewatch.core.split.PrintedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF upload (a UN flash update, a police statement, a page a desk printed to PDF) as the page it reads as.
 * PDFBox gives each line of type with its size, weight and place on the page, in the order the file draws them,
 * which is the reading order for what desks receive (browsers, word processors and report generators write their
 * text in order, columns included); {@link PrintedDocument} makes headings and paragraphs of them and leaves out
 * running heads and page numbers.
 *
 * <p>A PDF locked by a password, a damaged one, and a scan (pages that are pictures, with no text to read) are
 * refused with a reason that says so. The first {@link #MAX_PAGES} pages are read: news is at the front, and an
 * annex of hundreds of pages is no news to split.
 */
public final class PdfDocument implements FormatReader {
    /** Pages read at most. */
    static final int MAX_PAGES = 200;
    /**
     * Drawing instructions read at most, decoded, over the pages read: a 200-page report's run to a few tens of
     * megabytes, while a few compressed megabytes can decode to gigabytes (a "zip bomb" in a content stream), which
     * would hold the function until its timeout or its memory ran out, and fail the upload's retries with it.
     */
    static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private final long maxContentBytes;

    /** A reader with the limits above. */
    public PdfDocument() {
        this(MAX_CONTENT_BYTES);
    }

    /** For tests: a smaller limit on decoded drawing instructions. */
    PdfDocument(long maxContentBytes) {
        this.maxContentBytes = maxContentBytes;
    }

    /**
     * SnapStart priming: reads a bundled PDF (a flash update as a browser prints it, with embedded fonts) once, so a
     * snapshot holds PDFBox's classes and the font list it builds, and the first PDF after a restore does not pay
     * for them (about half a second when measured cold). Reads nothing outside the jar.
     */
    public static void prime() {
        try (InputStream in = PdfDocument.class.getResourceAsStream("priming.pdf")) {
            if (in == null) {
                throw new IllegalStateException("priming.pdf is missing from the jar");
            }
            new PdfDocument().read(in.readAllBytes());
        } catch (IOException | Unreadable e) {
            throw new IllegalStateException("the bundled priming PDF could not be read", e);
        }
    }

    @Override
    public String format() {
        return "a PDF document";
    }

    /**
     * {@code %PDF-} and a version digit opening the file (after whitespace), or in its first kilobyte after bytes
     * that are no text (a gateway's or a scanner's junk before the header, which readers skip). Prose that mentions
     * "%PDF-1.7" is no PDF.
     */
    @Override
    public boolean accepts(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) - 6;
        boolean text = false;
        boolean junk = false;
        for (int i = 0; i <= n; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-'
                    && Character.isDigit(bytes[i + 5])) {
                return !text || junk;
            }
            junk |= b < 0x09 || b >= 0x80;
            text |= b > ' ';
        }
        return false;
    }

    @Override
    public String read(byte[] bytes) throws Unreadable {
        List<PrintedDocument.Line> lines = lines(bytes);
        if (lines.isEmpty()) {
            throw new Unreadable("no text: a PDF whose pages are pictures (a scan or a photo of a document), with"
                    + " no text to read; upload its text, or a PDF made from the text");
        }
        return PrintedDocument.toHtml(lines);
    }

    /**
     * The lines of type on the first {@link #MAX_PAGES} pages, in the order the file draws them. Only this reads
     * PDFBox's types, so none of PDFBox loads until a PDF arrives: ingest builds its readers at its cold start.
     */
    List<PrintedDocument.Line> lines(byte[] bytes) throws Unreadable {
        return PdfLines.read(bytes, maxContentBytes);
    }

    /** PDFBox's part: the lines a PDF's pages hold. */
    private static final class PdfLines {
        private PdfLines() {
        }

        static List<PrintedDocument.Line> read(byte[] bytes, long maxContentBytes) throws Unreadable {
            // buffers PDFBox decodes into are held in memory, up to the same limit (then an IOException: "damaged")
            try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(maxContentBytes).streamCache)) {
                long content = contentBytes(pdf, maxContentBytes);
                if (content > maxContentBytes) {
                    throw new Unreadable("too large: a PDF whose pages decode to more than "
                            + maxContentBytes / (1 << 20) + " MB of drawing instructions; upload its text instead");
                }
                Lines stripper = new Lines();
                stripper.setEndPage(MAX_PAGES);
                stripper.getText(pdf);
                return stripper.lines;
            } catch (InvalidPasswordException e) {
                throw new Unreadable("locked: a PDF that needs a password to open; upload it without the password,"
                        + " or upload its text");
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // PDFBox throws unchecked exceptions on some malformed files as well as IOExceptions, and a file
                // whose objects refer to each other in a deep chain can overflow its recursion
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                        .findFirst().orElse("");
                throw new Unreadable("damaged: a PDF that could not be read (" + why + "); open it and save it"
                        + " again, or upload its text");
            }
        }

        /** The decoded size of the pages' drawing instructions, counted up to just past {@code limit}. */
        private static long contentBytes(PDDocument pdf, long limit) throws IOException {
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            int pages = 0;
            for (PDPage page : pdf.getPages()) {
                if (++pages > MAX_PAGES) {
                    break;
                }
                try (InputStream in = page.getContents()) {
                    for (int n = in.read(buf); n >= 0 && total <= limit; n = in.read(buf)) {
                        total += n;
                    }
                }
                if (total > limit) {
                    break;
                }
            }
            return total;
        }
    }

    /** The lines of type PDFBox finds, each with its page, place, size, weight and whether it opens a paragraph. */
    private static final class Lines extends PDFTextStripper {
        final List<PrintedDocument.Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        /** Characters of the line by size (in half points) and in bold: a line's type is its most characters'. */
        private final Map<Long, Integer> sizes = new HashMap<>();
        private int boldChars;
        private int chars;
        private TextPosition first;
        private boolean paragraph;

        @Override
        protected void writeParagraphStart() {
            flush();
            paragraph = true;
        }

        @Override
        protected void writeParagraphEnd() {
            flush();
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (first == null && !positions.isEmpty()) {
                first = positions.get(0);
            }
            for (TextPosition p : positions) {
                if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                    continue;
                }
                chars++;
                sizes.merge((long) Math.round(p.getFontSizeInPt() * 2), 1, Integer::sum);
                if (bold(p.getFont())) {
                    boldChars++;
                }
            }
            text.append(s);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            String line = text.toString().strip();
            if (!line.isEmpty() && first != null) {
                float height = first.getPageHeight();
                long size = sizes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey)
                        .orElse((long) Math.round(first.getFontSizeInPt() * 2));
                lines.add(new PrintedDocument.Line(getCurrentPageNo(), line,
                        height > 0 ? first.getYDirAdj() / height : 0.5, size / 2.0, boldChars * 2 > chars,
                        paragraph));
                paragraph = false;
            }
            text.setLength(0);
            sizes.clear();
            boldChars = 0;
            chars = 0;
            first = null;
        }

        /** Fonts are named by their weight ("Helvetica-Bold", "ABCDEF+Arial,Bold") or describe it. */
        private static boolean bold(PDFont font) {
            if (font == null) {
                return false;
            }
            String name = String.valueOf(font.getName()).toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semib")
                    || name.contains("demi")) {
                return true;
            }
            PDFontDescriptor d = font.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        }
    }
}
