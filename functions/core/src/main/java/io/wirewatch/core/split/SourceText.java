package io.wirewatch.core.split;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as the layouts see it: lines with line endings and whitespace normalised, and the uploader's
 * {@code " date 2022-03-03"} header (prepended by the upload tooling) taken off the first line.
 *
 * @param lines      the lines, whitespace-normalised (blank lines are empty), header removed; never empty
 * @param headerDate the date from the header, or {@code null}
 */
record SourceText(List<String> lines, LocalDate headerDate) {

    /** " date 2022-03-03 Text..." at the very start of the document. */
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");

    SourceText {
        lines = List.copyOf(lines);
    }

    static SourceText of(String text) {
        // Normalised once here so that no layout pays for it again (a live page can be megabytes).
        List<String> lines = new ArrayList<>(Text.lines(text == null ? "" : text));
        lines.replaceAll(Text::norm);
        LocalDate header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Text.isBlank(line)) {
                continue;
            }
            Matcher m = DATE_HEADER.matcher(line);
            if (m.lookingAt()) {
                try {
                    header = LocalDate.parse(m.group(1));
                    lines.set(i, line.substring(m.end()));
                } catch (DateTimeParseException e) {
                    // "date 2022-13-45": not a date; leave the line as text
                }
            }
            break;
        }
        return new SourceText(lines, header);
    }

    /** Whether the document has no text at all besides a possible header. */
    boolean isBlank() {
        return lines.stream().allMatch(Text::isBlank);
    }

    /** Up to {@code max} first non-blank lines, whitespace-normalised. */
    List<String> firstLines(int max) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (out.size() >= max) {
                break;
            }
            String t = Text.norm(l);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
