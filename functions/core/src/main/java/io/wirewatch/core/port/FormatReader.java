package io.wirewatch.core.port;

/**
 * Reads the text out of an upload that is a file rather than text: a PDF, a Word document. Desks get their news in
 * these as often as in mail: a UN flash update, a police statement, a ministry's release are PDFs or Word files.
 * Ingest asks its readers, in order, before it refuses binary content; the text a reader gives is then split as any
 * upload's text is. A reader is pure: no network, no files, no state between calls.
 */
public interface FormatReader {

    /** The format as a desk would name it in a message ("a PDF document"). */
    String format();

    /**
     * Whether {@code bytes} are of this reader's format, judged by their signature without parsing them.
     *
     * @param bytes a whole upload
     */
    boolean accepts(byte[] bytes);

    /**
     * The text a person reading the file sees, in reading order: plain text, or an HTML document where the format's
     * structure (headings, tables, lists) is worth keeping, as the splitter reads both.
     *
     * @param bytes a whole upload that {@link #accepts} accepted
     * @return the text; never blank
     * @throws Unreadable when the file holds no text a reader could use: damaged, locked by a password, or a scan
     *                    with no text layer; its message says which, for the desk
     */
    String read(byte[] bytes) throws Unreadable;

    /** A file of the reader's format that yields no text; the message is the reason the upload is refused. */
    final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param reason what is wrong with the file and what the desk can do, one line */
        public Unreadable(String reason) {
            super(reason);
        }
    }
}
