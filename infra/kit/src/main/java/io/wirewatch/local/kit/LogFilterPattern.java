package io.wirewatch.local.kit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of CloudWatch Logs' filter-pattern syntax the template uses, for unstructured log lines: terms separated
 * by spaces, each a bare word or a phrase in double quotes, all of which must occur in the log event
 * (case-sensitive). moto stores metric filters but does not evaluate them, so tests check the template's patterns
 * against the lines the code really logs with this.
 *
 * <p>Anything else (JSON {@code { $.x = ... }}, space-delimited {@code [a, b]}, regex {@code %...%}, {@code ?term}
 * or {@code -term}) is refused rather than guessed at: a pattern the template starts using in another form needs
 * this class extended first.
 */
public final class LogFilterPattern {
    private final List<String> terms;

    private LogFilterPattern(List<String> terms) {
        this.terms = terms;
    }

    /**
     * Parses {@code pattern}.
     *
     * @throws IllegalArgumentException for syntax outside the supported subset, or an unclosed quote
     */
    public static LogFilterPattern parse(String pattern) {
        String p = pattern.strip();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("an empty pattern matches every event; say so explicitly instead");
        }
        char first = p.charAt(0);
        if (first == '{' || first == '[' || first == '%') {
            throw new IllegalArgumentException("JSON, space-delimited and regex patterns are not supported: " + p);
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                int end = p.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote: " + p);
                }
                terms.add(p.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = p.indexOf(' ', i);
                String word = p.substring(i, end < 0 ? p.length() : end);
                if (word.startsWith("?") || word.startsWith("-")) {
                    throw new IllegalArgumentException("?term and -term are not supported: " + p);
                }
                terms.add(word);
                i = end < 0 ? p.length() : end;
            }
        }
        return new LogFilterPattern(List.copyOf(terms));
    }

    /**
     * The pattern of metric filter {@code logicalId} ({@code AWS::Logs::MetricFilter}) in the repository's
     * {@code template.yaml}: what the tests hold the functions' real log lines against.
     */
    public static LogFilterPattern ofTemplateFilter(String logicalId) throws IOException {
        Map<String, Object> filter = CfnTemplate.read(LocalAws.repoRoot().resolve("template.yaml"))
                .resourcesOfType("AWS::Logs::MetricFilter").get(logicalId);
        if (filter == null) {
            throw new IllegalArgumentException("template.yaml declares no metric filter " + logicalId);
        }
        return parse(String.valueOf(CfnTemplate.at(filter, "Properties", "FilterPattern")));
    }

    /** Whether the log event {@code line} contains every term. */
    public boolean matches(String line) {
        return terms.stream().allMatch(line::contains);
    }
}
