package io.wirewatch.local.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function's EventBridge Scheduler schedule ({@code ScheduleV2}) as the template declares it, so the local runtime
 * fires it when and with what AWS would: the cron runs in {@code zone} ({@code ScheduleExpressionTimezone}, UTC if
 * absent) and the function receives the template's {@code Input} with the Scheduler's context attributes
 * ({@code <aws.scheduler.scheduled-time>} and the others) filled in. Only a daily cron at fixed minutes and hours
 * ({@code cron(10 0 * * ? *)}, {@code cron(10 0,6 * * ? *)}) can be fired here; anything else is refused when the
 * function is read, rather than fired at a time AWS would not choose.
 *
 * @param expression the schedule expression, as written
 * @param zone       the zone the expression is evaluated in
 * @param input      the schedule's {@code Input} text
 * @param arn        what the schedule would be called on AWS (for {@code <aws.scheduler.schedule-arn>})
 */
public record ScheduleSource(String expression, ZoneId zone, String input, String arn) {
    private static final Pattern DAILY = Pattern.compile(
            "cron\\(\\s*(\\d{1,2})\\s+(\\d{1,2}(?:,\\d{1,2})*)\\s+\\*\\s+\\*\\s+\\?\\s+\\*\\s*\\)");

    public ScheduleSource {
        if (!DAILY.matcher(expression).matches()) {
            throw new IllegalStateException("only a daily cron at a fixed time, like cron(10 0 * * ? *), is fired "
                    + "locally; the template has " + expression);
        }
    }

    /** When the schedule first fires on {@code date}, a day of its own zone. */
    public Instant firingOn(LocalDate date) {
        return firingsOn(date).get(0);
    }

    /** Every time the schedule fires on {@code date}, a day of its own zone, in order. */
    public List<Instant> firingsOn(LocalDate date) {
        Matcher m = DAILY.matcher(expression);
        if (!m.matches()) {
            throw new IllegalStateException(expression); // checked in the constructor
        }
        int minute = Integer.parseInt(m.group(1));
        return java.util.Arrays.stream(m.group(2).split(",")).mapToInt(Integer::parseInt).sorted()
                .mapToObj(h -> date.atTime(h, minute).atZone(zone).toInstant()).toList();
    }

    /** The event the function receives when the schedule fires at {@code at}, as JSON. */
    public String event(Instant at) {
        // The attributes are replaced as text, inside the JSON string values the template wrote them in.
        return input.replace("<aws.scheduler.scheduled-time>", at.truncatedTo(ChronoUnit.SECONDS).toString())
                .replace("<aws.scheduler.schedule-arn>", arn)
                .replace("<aws.scheduler.execution-id>", Long.toHexString(at.getEpochSecond()))
                .replace("<aws.scheduler.attempt-number>", "1");
    }
}
