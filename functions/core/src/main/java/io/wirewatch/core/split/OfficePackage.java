package io.wirewatch.core.split;

import io.wirewatch.core.port.FormatReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the readers of office files ({@link WordDocument}, {@link OpenDocumentText}) share: both are zip packages of
 * XML parts, unpacked with the same cap and read with the same hardened XML reader.
 */
final class OfficePackage {
    /** Largest part unpacked: far above any real document's text (a 300-page report's is a few megabytes). */
    static final int MAX_PART = 64 * 1024 * 1024;

    private OfficePackage() {
    }

    /** Whether {@code bytes} open with a zip archive's first local header. */
    static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Whether {@code needle} occurs in the first {@code within} bytes of {@code hay}. */
    static boolean contains(byte[] hay, byte[] needle, int within) {
        int last = Math.min(hay.length, within) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** One part of a package, unpacked up to {@link #MAX_PART} bytes (then an IOException). */
    static byte[] unpack(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            if (out.size() + n > MAX_PART) {
                throw new IOException("a part unpacks to more than " + MAX_PART + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A reader of a package's XML part with DTDs and external entities off. */
    static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** The refusal of a package that could not be read, naming the {@code format} and the first line of why. */
    static FormatReader.Unreadable damaged(String format, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        return new FormatReader.Unreadable("damaged: " + format + " that could not be read (" + why + "); open it and"
                + " save it again, or upload its text");
    }
}
