package io.wirewatch.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content-derived identifiers. Ids never depend on position, so a live page re-uploaded with new entries on top
 * keeps the ids of the entries it already had.
 */
public final class Ids {
    /** Runs of anything but letters and digits; compiled once (String.replaceAll compiles on every call). */
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Ids() {
    }

    /** Document id: the same bucket and key always give the same id, whatever the content. */
    public static String documentId(String bucket, String key) {
        return hash(bucket + "/" + key, 16);
    }

    /**
     * Entry id from what identifies an entry to a reader: its document, headline and stated time (or day). The body
     * is included only when there is neither headline nor time ({@link #untitledEntryId} for a timed post without a
     * headline), because live pages edit bodies after publication and an edit is not a new entry.
     */
    public static String entryId(String documentId, RawEntry raw) {
        String when = raw.publishedAt() != null ? raw.publishedAt().toString() : String.valueOf(raw.day());
        String headline = normalise(raw.headline());
        String basis = documentId + "\n" + headline + "\n" + when
                + (headline.isEmpty() ? "\n" + normalise(raw.body()) : "");
        return hash(basis, 16);
    }

    /**
     * Entry id of a document that is a single untimed story of {@code day}: the document's for that day, whatever its
     * words, so that a new version uploaded to the same key (an agency's update) replaces the entry rather than
     * adding one, while another day's story at a reused key is an entry of its own and leaves the first day's brief
     * whole.
     */
    public static String documentEntryId(String documentId, java.time.LocalDate day) {
        return hash(documentId + "\nstory\n" + day, 16);
    }

    /**
     * Entry id of an untitled post stated at {@code at}: the {@code nth} (0 = the oldest) of the document's untitled
     * posts at that time. Its words are not part of it, so an edited post keeps its id.
     */
    public static String untitledEntryId(String documentId, java.time.Instant at, int nth) {
        return hash(documentId + "\nuntitled\n" + at + (nth == 0 ? "" : "\n" + nth), 16);
    }

    /**
     * Lower-case letters and digits, single-spaced: what stays the same across cosmetic edits. Entry ids hash it, so
     * its result for any text must never change: stored entries would get new ids on the next upload and be stored
     * twice.
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String ascii = normaliseAscii(s);
        return ascii != null ? ascii : NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * {@link #normalise} of text that is all ASCII, in one pass, or null for any other text. The same result as the
     * regular expression, since in ASCII lower-casing is per character and the letters and digits are [A-Za-z0-9];
     * it is here because ingest normalises every post's headline (and an untitled, untimed post's body), which on a
     * 10 MB live page was a tenth of split + extract's time.
     */
    static String normaliseAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                alnum = true;
            }
            if (alnum) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** First {@code hexChars} hex digits of the SHA-256 of {@code s}. */
    public static String hash(String s, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
