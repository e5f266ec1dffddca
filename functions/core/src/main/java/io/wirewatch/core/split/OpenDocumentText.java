package io.wirewatch.core.split;

import io.wirewatch.core.port.FormatReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument text (.odt, as LibreOffice and public offices that use it save a statement) as the HTML page
 * it shows, as {@link WordDocument} reads a .docx: the body of {@code content.xml}, its headings by outline level,
 * paragraphs, lists and tables; not its page headers and footers (in {@code styles.xml}), notes, annotations or
 * tracked changes. DTDs and external entities are off; the part is unpacked up to {@link OfficePackage#MAX_PART}.
 */
public final class OpenDocumentText implements FormatReader {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    /** The package's first entry, stored uncompressed, names its type (ODF 1.2, part 3, 3.3). */
    private static final byte[] MIMETYPE = "application/vnd.oasis.opendocument.text".getBytes(
            StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "an OpenDocument text";
    }

    /** A zip archive whose first kilobyte holds the text document's media type. */
    @Override
    public boolean accepts(byte[] bytes) {
        return OfficePackage.isZip(bytes) && OfficePackage.contains(bytes, MIMETYPE, 1024);
    }

    @Override
    public String read(byte[] bytes) throws Unreadable {
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    content = OfficePackage.unpack(zip);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw OfficePackage.damaged(format(), e);
        }
        if (content == null) {
            throw new Unreadable("damaged: an OpenDocument text without its content (content.xml); open it and save"
                    + " it again, or upload its text");
        }
        try {
            String html = toHtml(content);
            if (html == null) {
                throw new Unreadable("empty: an OpenDocument text with no text in it");
            }
            return html;
        } catch (XMLStreamException | RuntimeException e) {
            throw OfficePackage.damaged(format(), e);
        }
    }

    /** The body as HTML, or {@code null} when it has no text. */
    private static String toHtml(byte[] content) throws XMLStreamException {
        XMLStreamReader x = OfficePackage.xml(content);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        StringBuilder para = null;
        String tag = null;
        int listDepth = 0;
        int cellDepth = 0;
        StringBuilder cell = null;
        int skip = 0;
        boolean anyText = false;
        boolean inBody = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (skip > 0) {
                skip += ev == XMLStreamConstants.START_ELEMENT ? 1 : ev == XMLStreamConstants.END_ELEMENT ? -1 : 0;
                continue;
            }
            if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && para != null) {
                para.append(Html.escape(x.getText()));
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
                continue;
            }
            boolean start = ev == XMLStreamConstants.START_ELEMENT;
            String ns = x.getNamespaceURI();
            String name = x.getLocalName();
            if (OFFICE.equals(ns) && name.equals("text")) {
                inBody = start;
                continue;
            }
            if (!inBody) {
                continue;
            }
            if (start && (OFFICE.equals(ns) && name.equals("annotation")
                    || TEXT.equals(ns) && (name.equals("note") || name.equals("tracked-changes")
                    || name.equals("sequence-decls")))) {
                skip = 1; // notes, annotations and the record of changes are no text of the document
                continue;
            }
            if (TABLE.equals(ns)) {
                switch (name) {
                    case "table" -> out.append(start ? "<table>\n" : "</table>\n");
                    case "table-row" -> out.append(start ? "<tr>" : "</tr>\n");
                    case "table-cell" -> {
                        if (start) {
                            cellDepth++;
                            cell = new StringBuilder();
                        } else {
                            cellDepth--;
                            out.append("<td>").append(cell == null ? "" : cell).append("</td>");
                            cell = null;
                        }
                    }
                    default -> { }
                }
                continue;
            }
            if (!TEXT.equals(ns)) {
                continue;
            }
            switch (name) {
                case "h", "p" -> {
                    if (start) {
                        para = new StringBuilder();
                        String level = x.getAttributeValue(TEXT, "outline-level");
                        tag = name.equals("h") ? "h" + Math.max(1, Math.min(6, parse(level))) : listDepth > 0
                                ? "li" : "p";
                    } else if (para != null) {
                        String text = para.toString().strip();
                        if (!text.replace("<br>", "").isBlank()) {
                            anyText = true;
                            if (cellDepth > 0 && cell != null) {
                                cell.append(cell.length() == 0 ? "" : "<br>").append(text);
                            } else {
                                out.append('<').append(tag).append('>').append(text).append("</").append(tag)
                                        .append(">\n");
                            }
                        }
                        para = null;
                    }
                }
                case "s" -> {
                    if (start && para != null) {
                        para.append(' ');
                    }
                }
                case "tab" -> {
                    if (start && para != null) {
                        para.append(' ');
                    }
                }
                case "line-break" -> {
                    if (start && para != null) {
                        para.append("<br>");
                    }
                }
                case "list" -> {
                    listDepth += start ? 1 : -1;
                    if (listDepth == (start ? 1 : 0) && cellDepth == 0) {
                        out.append(start ? "<ul>\n" : "</ul>\n");
                    }
                }
                default -> { }
            }
        }
        return anyText ? out.append("</body></html>\n").toString() : null;
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
