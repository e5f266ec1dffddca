package io.wirewatch.aws;

import static io.wirewatch.aws.Items.s;

import io.wirewatch.core.port.AlertLedger;
import io.wirewatch.core.port.SentAlert;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The alert ledger: one item per alerted piece of news, created only if absent. It doubles as the log of the day's
 * alerts (gsi1 = ALERTS#{day}), which the daily brief lists. The day's Breaking stories are one more item,
 * {@code STORIES#{day}}, holding their headlines and a version: a story is claimed by reading the day's and the
 * day before's lists (strongly consistent) and, in one transaction, writing the day's back on condition that
 * neither version has moved, so two functions cannot both list one story in two wordings, even across midnight.
 */
public final class DynamoAlertLedger implements AlertLedger {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoAlertLedger(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    private static Map<String, AttributeValue> key(String dedupeKey) {
        return Map.of(Items.PK, s("ALERT#" + dedupeKey), Items.SK, s("ALERT"));
    }

    @Override
    public boolean claim(String dedupeKey, SentAlert a, List<String> unlessClaimed) {
        Map<String, AttributeValue> m = new HashMap<>(key(dedupeKey));
        m.put("type", s("ALERT"));
        m.put("alertType", s(a.type()));
        m.put("subject", s(a.subject()));
        m.put("entryId", s(a.entryId()));
        m.put("documentId", s(a.documentId()));
        m.put("headline", s(a.headline()));
        m.put("sourceKey", s(a.sourceKey()));
        m.put("day", s(a.day().toString()));
        if (a.publishedAt() != null) {
            m.put("publishedAt", s(a.publishedAt().toString()));
        }
        m.put("claimedAt", s(clock.instant().toString()));
        m.put(Items.GSI1_PK, s("ALERTS#" + a.day()));
        m.put(Items.GSI1_SK, s((a.publishedAt() == null ? "~" : a.publishedAt().toString()) + "#" + dedupeKey));
        if (unlessClaimed.isEmpty()) {
            try {
                dynamo.putItem(b -> b.tableName(table).item(m).conditionExpression("attribute_not_exists(pk)"));
                return true;
            } catch (ConditionalCheckFailedException ex) {
                return false;
            }
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(m)
                .conditionExpression("attribute_not_exists(pk)")).build());
        for (String other : unlessClaimed) {
            items.add(TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key(other))
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        for (int attempt = 0; attempt < STORY_ATTEMPTS; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(items));
                return true;
            } catch (TransactionCanceledException ex) {
                if (conditionFailed(ex)) {
                    return false; // this key or a neighbour is claimed
                }
                // another claim of one of these keys at this moment: try again, it will have settled
            }
        }
        throw new IllegalStateException("the claim of " + dedupeKey + " kept conflicting under " + STORY_ATTEMPTS
                + " attempts");
    }

    @Override
    public void release(String dedupeKey) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(dedupeKey)));
    }

    /**
     * A day's story list holds at most this many headlines; past it (a day of thousands of Breaking posts) stories
     * are no longer compared and only the same headline word for word is caught. At {@link #STORY_HEADLINE_CHARS} a
     * headline that is at most about 250 KB, well inside DynamoDB's 400 KB item limit.
     */
    static final int MAX_STORIES = 1000;
    static final int STORY_HEADLINE_CHARS = 200;
    /** Attempts at claiming or releasing a story while other functions keep changing the day's list. */
    private static final int STORY_ATTEMPTS = 20;
    /** Story lists are read for their day and the next; a week on, the table's time to live may delete them. */
    private static final int STORIES_KEPT_DAYS = 7;

    private record Listing(List<Story> stories, long version) {
    }

    private static Map<String, AttributeValue> storiesKey(LocalDate day) {
        return Map.of(Items.PK, s("STORIES#" + day), Items.SK, s("STORIES"));
    }

    private Listing listing(LocalDate day) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(storiesKey(day))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return new Listing(List.of(), 0);
        }
        List<Story> stories = new ArrayList<>();
        for (AttributeValue v : item.get("stories").l()) {
            stories.add(new Story(Items.str(v.m(), "entryId", ""), Items.str(v.m(), "headline", "")));
        }
        return new Listing(stories, Long.parseLong(item.get("version").n()));
    }

    private static AttributeValue storyValue(Story story) {
        return AttributeValue.fromM(Map.of("entryId", s(story.entryId()), "headline", s(storyValueHeadline(story))));
    }

    /** The headline as the list keeps it: cut to {@link #STORY_HEADLINE_CHARS}. */
    private static String storyValueHeadline(Story story) {
        String h = story.headline();
        return h.length() > STORY_HEADLINE_CHARS ? h.substring(0, STORY_HEADLINE_CHARS) : h;
    }

    /** The write of the day's list as {@code stories}, on condition that it is still at {@code version}. */
    private TransactWriteItem listWrite(LocalDate day, List<Story> stories, long version) {
        AttributeValue list = AttributeValue.fromL(stories.stream().map(DynamoAlertLedger::storyValue).toList());
        if (version == 0) {
            Map<String, AttributeValue> m = new HashMap<>(storiesKey(day));
            m.put("type", s("STORIES"));
            m.put("stories", list);
            m.put("version", Items.n(1));
            m.put(Items.EXPIRES_AT, Items.n(day.plusDays(STORIES_KEPT_DAYS).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toEpochSecond()));
            return TransactWriteItem.builder().put(p -> p.tableName(table).item(m)
                    .conditionExpression("attribute_not_exists(pk)")).build();
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(storiesKey(day))
                .updateExpression("SET stories = :s, version = :next").conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":s", list, ":next", Items.n(version + 1),
                        ":v", Items.n(version)))).build();
    }

    /** A condition that the day's list is still at {@code version} (0: still absent), written nothing. */
    private TransactWriteItem unchanged(LocalDate day, long version) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(storiesKey(day))
                .conditionExpression(version == 0 ? "attribute_not_exists(pk)" : "version = :v")
                .expressionAttributeValues(version == 0 ? null : Map.of(":v", Items.n(version)))).build();
    }

    /** Commits the writes and checks together; false if any condition failed (someone moved a list on). */
    private boolean commit(TransactWriteItem... items) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(items));
            return true;
        } catch (TransactionCanceledException ex) {
            // A failed condition or another transaction on the same list at that moment: a lost race, read again.
            conditionFailed(ex);
            return false;
        }
    }

    /**
     * Why a transaction was cancelled: true when a condition failed, false when it only met another transaction on
     * the same items at that moment (worth trying again). Anything else (throttling, validation) is rethrown: an
     * error the entry's retry must see.
     */
    private static boolean conditionFailed(TransactionCanceledException ex) {
        boolean failed = false;
        for (var r : ex.cancellationReasons()) {
            String code = r.code() == null ? "None" : r.code();
            if ("ConditionalCheckFailed".equals(code)) {
                failed = true;
            } else if (!"None".equals(code) && !"TransactionConflict".equals(code)) {
                throw ex;
            }
        }
        return failed;
    }

    @Override
    public StoryClaim claimStory(LocalDate day, Story story, BiPredicate<String, String> same) {
        for (int attempt = 0; attempt < STORY_ATTEMPTS; attempt++) {
            // The day before is read and, though not written, checked unchanged when this day's list is written:
            // a wording listed there a moment after this read would otherwise be missed.
            Listing before = listing(day.minusDays(1));
            Listing now = listing(day);
            for (List<Story> listed : List.of(now.stories(), before.stories())) {
                for (Story x : listed) {
                    if (x.entryId().equals(story.entryId())) {
                        // The same words: a redelivery, or another function on this entry, not ours to release.
                        // Other words: the entry edited in place, its story told already under its first headline.
                        return x.headline().equals(storyValueHeadline(story)) ? StoryClaim.listed(false)
                                : StoryClaim.retelling(x);
                    }
                }
            }
            for (List<Story> listed : List.of(now.stories(), before.stories())) {
                for (Story x : listed) {
                    if (same.test(x.headline(), story.headline())) {
                        return StoryClaim.retelling(x);
                    }
                }
            }
            if (now.stories().size() >= MAX_STORIES) {
                return StoryClaim.listed(false);
            }
            List<Story> next = new ArrayList<>(now.stories());
            next.add(story);
            if (commit(listWrite(day, next, now.version()), unchanged(day.minusDays(1), before.version()))) {
                return StoryClaim.listed(true);
            }
        }
        throw new IllegalStateException("the story list of " + day + " kept changing under " + STORY_ATTEMPTS
                + " attempts to claim entry " + story.entryId());
    }

    @Override
    public void releaseStory(LocalDate day, String entryId) {
        for (int attempt = 0; attempt < STORY_ATTEMPTS; attempt++) {
            Listing now = listing(day);
            List<Story> rest = now.stories().stream().filter(x -> !x.entryId().equals(entryId)).toList();
            if (rest.size() == now.stories().size() || commit(listWrite(day, rest, now.version()))) {
                return;
            }
        }
        throw new IllegalStateException("the story list of " + day + " kept changing under " + STORY_ATTEMPTS
                + " attempts to release entry " + entryId);
    }

    @Override
    public List<SentAlert> alertsOfDay(LocalDate day) {
        List<SentAlert> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(Items.GSI1).keyConditionExpression("gsi1pk = :d")
                        .expressionAttributeValues(Map.of(":d", s("ALERTS#" + day))))
                .items().forEach(i -> {
                    String at = Items.str(i, "publishedAt", null);
                    out.add(new SentAlert(Items.str(i, "alertType", ""), Items.str(i, "subject", ""),
                            Items.str(i, "entryId", ""), Items.str(i, "documentId", ""),
                            Items.str(i, "headline", ""), Items.str(i, "sourceKey", ""),
                            LocalDate.parse(Items.str(i, "day", day.toString())),
                            at == null ? null : Instant.parse(at)));
                });
        return out;
    }
}
