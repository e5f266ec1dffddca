package io.wirewatch.core.split;

import io.wirewatch.core.port.FormatReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word document (.docx, Office Open XML) as the HTML page it shows: its headings, paragraphs, lists and
 * tables, in order, which the splitter then reads as any page (a heading over each story, a table of casualties read
 * as its statements). Only the JDK's zip and XML readers are used, so the core stays free of libraries.
 *
 * <p>What is read: the body of {@code word/document.xml}, with text boxes in place. What is not: the page headers and
 * footers (the running head and page numbers are parts of their own), footnotes, comments, tracked deletions, field
 * codes, and the second copy of a drawing's text that Word keeps for older readers ({@code mc:Fallback}). A paragraph
 * is a heading when its style is a heading or a title, by the style's name or outline level in
 * {@code word/styles.xml}, so documents written in Word of any language are read alike.
 *
 * <p>Safety: the XML is read with DTDs and external entities off; only the two parts are unpacked, each up to
 * {@link OfficePackage#MAX_PART} bytes, so a small file that unpacks to gigabytes is refused rather than read.
 */
public final class WordDocument implements FormatReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final byte[] MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)(?:heading|title|subtitle)\\s*(\\d?)");

    @Override
    public String format() {
        return "a Word document";
    }

    /** A zip archive (its first local header) that names a {@code word/document.xml} part. */
    @Override
    public boolean accepts(byte[] bytes) {
        return OfficePackage.isZip(bytes) && OfficePackage.contains(bytes, MAIN_PART, bytes.length);
    }

    @Override
    public String read(byte[] bytes) throws Unreadable {
        byte[] document = null;
        byte[] styles = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    document = OfficePackage.unpack(zip);
                } else if (e.getName().equals("word/styles.xml")) {
                    styles = OfficePackage.unpack(zip);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the JDK's zip reader throws IllegalArgumentException for a name it cannot decode
            throw OfficePackage.damaged(format(), e);
        }
        if (document == null) {
            throw new Unreadable("damaged: a Word document without its text part (word/document.xml); open it and"
                    + " save it again, or upload its text");
        }
        String html;
        try {
            html = toHtml(document, styles == null ? Map.of() : headingLevels(styles));
        } catch (XMLStreamException | RuntimeException e) {
            throw OfficePackage.damaged(format(), e);
        }
        if (html == null) {
            throw new Unreadable("empty: a Word document with no text in it");
        }
        return html;
    }

    /**
     * Heading level (1-6) by style id, for the styles that are headings: named "heading N", "Title" or "Subtitle"
     * (the names Word writes in every language; the ids are translated, "berschrift1"), or given an outline level.
     */
    static Map<String, Integer> headingLevels(byte[] styles) throws XMLStreamException {
        Map<String, Integer> levels = new HashMap<>();
        XMLStreamReader x = OfficePackage.xml(styles);
        String id = null;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
                continue;
            }
            switch (x.getLocalName()) {
                case "style" -> id = x.getAttributeValue(W, "styleId");
                case "name" -> {
                    var m = HEADING_NAME.matcher(String.valueOf(x.getAttributeValue(W, "val")));
                    if (id != null && m.matches()) {
                        levels.put(id, m.group(1).isEmpty() ? 1 : Math.min(6, Math.max(1,
                                Integer.parseInt(m.group(1)))));
                    }
                }
                case "outlineLvl" -> {
                    if (id != null && !levels.containsKey(id)) {
                        levels.put(id, Math.min(6, 1 + parseOr(x.getAttributeValue(W, "val"), 8)));
                    }
                }
                default -> { }
            }
        }
        return levels;
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** What a paragraph being read has gathered so far. */
    private static final class Para {
        final StringBuilder text = new StringBuilder();
        int heading;
        boolean listItem;
    }

    /** The body as HTML, or {@code null} when it has no text. */
    private static String toHtml(byte[] document, Map<String, Integer> headings) throws XMLStreamException {
        XMLStreamReader x = OfficePackage.xml(document);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        Deque<Para> paras = new ArrayDeque<>();
        boolean inList = false;
        boolean anyText = false;
        int skipDepth = 0;
        boolean inText = false;
        // Cells of the table rows being read: a paragraph in a cell is part of the cell, not a block of its own
        Deque<StringBuilder> cells = new ArrayDeque<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (skipDepth > 0) {
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    skipDepth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    skipDepth--;
                }
                continue;
            }
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inText && !paras.isEmpty()) {
                    paras.peek().text.append(Html.escape(x.getText()));
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
                continue;
            }
            boolean start = ev == XMLStreamConstants.START_ELEMENT;
            String name = x.getLocalName();
            if (!W.equals(x.getNamespaceURI())) {
                // The copy of a drawing's text kept for readers that cannot show the drawing: read once, not twice
                if (start && name.equals("Fallback")) {
                    skipDepth = 1;
                }
                continue;
            }
            if (start) {
                switch (name) {
                    // Not shown as the document's text: deletions, field codes, footnote marks, section settings
                    case "delText", "instrText", "sectPr", "footnoteReference", "endnoteReference",
                            "commentReference", "rPr" -> skipDepth = 1;
                    case "p" -> paras.push(new Para());
                    case "pStyle" -> {
                        Integer level = headings.get(x.getAttributeValue(W, "val"));
                        if (level != null && !paras.isEmpty()) {
                            paras.peek().heading = level;
                        }
                    }
                    case "outlineLvl" -> {
                        if (!paras.isEmpty() && paras.peek().heading == 0) {
                            paras.peek().heading = Math.min(6, 1 + parseOr(x.getAttributeValue(W, "val"), 8));
                        }
                    }
                    case "numPr" -> {
                        if (!paras.isEmpty()) {
                            paras.peek().listItem = true;
                        }
                    }
                    case "t" -> inText = true;
                    case "tab", "ptab" -> append(paras, " ");
                    case "br", "cr" -> append(paras, "<br>");
                    case "noBreakHyphen" -> append(paras, "-");
                    case "tbl" -> {
                        inList = closeList(out, inList);
                        out.append("<table>\n");
                    }
                    case "tr" -> out.append("<tr>");
                    case "tc" -> cells.push(new StringBuilder());
                    default -> { }
                }
            } else {
                switch (name) {
                    case "t" -> inText = false;
                    case "p" -> {
                        Para p = paras.pop();
                        String text = p.text.toString().strip();
                        if (text.replace("<br>", "").isBlank()) {
                            break;
                        }
                        anyText = true;
                        if (!cells.isEmpty()) {
                            StringBuilder cell = cells.peek();
                            cell.append(cell.length() == 0 ? "" : "<br>").append(text);
                        } else if (p.listItem && p.heading == 0) {
                            if (!inList) {
                                out.append("<ul>\n");
                                inList = true;
                            }
                            out.append("<li>").append(text).append("</li>\n");
                        } else {
                            inList = closeList(out, inList);
                            String tag = p.heading > 0 ? "h" + p.heading : "p";
                            out.append('<').append(tag).append('>').append(text).append("</").append(tag)
                                    .append(">\n");
                        }
                    }
                    case "tc" -> out.append("<td>").append(cells.pop()).append("</td>");
                    case "tr" -> out.append("</tr>\n");
                    case "tbl" -> out.append("</table>\n");
                    default -> { }
                }
            }
        }
        closeList(out, inList);
        return anyText ? out.append("</body></html>\n").toString() : null;
    }

    private static void append(Deque<Para> paras, String s) {
        if (!paras.isEmpty()) {
            paras.peek().text.append(s);
        }
    }

    private static boolean closeList(StringBuilder out, boolean inList) {
        if (inList) {
            out.append("</ul>\n");
        }
        return false;
    }


}
