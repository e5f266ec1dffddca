package io.wirewatch.core.split;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as a single file (Chrome's and Edge's "Webpage, Single File", {@code .mhtml}): a MIME message whose
 * first {@code text/html} part is the page, quoted-printable or base64, the pictures and styles following as
 * further parts. All of it is ASCII, so it passes the upload's binary check and would otherwise be split as mail
 * headers and encoded markup.
 */
final class Mhtml {

    private Mhtml() {
    }

    /** How far into the file the MIME headers must show themselves. */
    private static final int HEADERS_WITHIN = 4096;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?");
    private static final Pattern ENCODING = Pattern.compile("content-transfer-encoding:\\s*([a-z0-9-]+)");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})");

    /**
     * The page inside a single-file save, decoded to text (its HTML, to be read by {@link Html}); {@code null} when
     * the text from {@code start} is no such file or holds no HTML part.
     */
    static String page(String text, int start) {
        if (!opensWithHeader(text, start)) {
            return null; // asked of every upload: most open with no mail header, and cost only this look
        }
        String top = text.substring(start, Math.min(text.length(), start + HEADERS_WITHIN));
        String lower = top.toLowerCase(Locale.ROOT);
        if (!lower.contains("mime-version:") || !lower.contains("multipart/related")) {
            return null;
        }
        Matcher b = BOUNDARY.matcher(top);
        if (!b.find()) {
            return null;
        }
        String delimiter = "--" + b.group(1).strip();
        int at = text.indexOf(delimiter, start);
        while (at >= 0) {
            int partStart = text.indexOf('\n', at);
            if (partStart < 0) {
                return null;
            }
            int next = text.indexOf(delimiter, partStart);
            String part = text.substring(partStart + 1, next < 0 ? text.length() : next);
            int blank = headersEnd(part);
            if (blank >= 0) {
                String headers = part.substring(0, blank).toLowerCase(Locale.ROOT);
                if (headers.matches("(?s).*content-type:\\s*text/html.*")) {
                    return decode(part.substring(blank), headers);
                }
            }
            at = next;
        }
        return null;
    }

    /** Whether the text opens with a mail header's name and colon ("From:", "MIME-Version:"). */
    private static boolean opensWithHeader(String text, int start) {
        int i = start;
        int n = Math.min(text.length(), start + 80);
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int name = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i > name && i < n && text.charAt(i) == ':';
    }

    /** Where a part's headers end and its body begins (after the first blank line), or -1. */
    private static int headersEnd(String part) {
        int crlf = part.indexOf("\r\n\r\n");
        int lf = part.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + 4;
        }
        return lf < 0 ? -1 : lf + 2;
    }

    private static String decode(String body, String headers) {
        Matcher e = ENCODING.matcher(headers);
        return decode(body, e.find() ? e.group(1) : "", charset(headers));
    }

    /** The charset a MIME part's headers name, or UTF-8 (what browsers and most mail write) for none or unknown. */
    static Charset charset(String headers) {
        Matcher c = CHARSET.matcher(headers);
        if (c.find()) {
            try {
                return Charset.forName(c.group(1));
            } catch (IllegalArgumentException e) {
                // an unknown name: UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * A MIME part's body decoded from its transfer encoding ({@code base64}, {@code quoted-printable}; anything
     * else is already text) in {@code charset}; base64 that does not decode is returned as it is.
     */
    static String decode(String body, String encoding, Charset charset) {
        byte[] bytes = transferDecoded(body, encoding);
        return bytes == null ? body : new String(bytes, charset);
    }

    /**
     * A MIME part's bytes decoded from its transfer encoding ({@code base64}, {@code quoted-printable}), or
     * {@code null} when there is nothing to decode: another encoding (the body is already as it was sent), or base64
     * that does not decode.
     */
    static byte[] transferDecoded(String body, String encoding) {
        if (encoding.equalsIgnoreCase("base64")) {
            try {
                return Base64.getMimeDecoder().decode(body.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return encoding.equalsIgnoreCase("quoted-printable") ? quotedPrintable(body) : null;
    }

    /** RFC 2045 quoted-printable: "=XX" is a byte, "=" at a line's end joins it to the next. */
    static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '=') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                if (i + 2 < n && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
                    i += 2;
                    continue;
                }
                int hi = i + 2 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < n ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            if (c < 0x80) {
                out.write(c);
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }
}
