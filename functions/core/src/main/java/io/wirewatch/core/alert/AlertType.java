package io.wirewatch.core.alert;

import java.util.Locale;

/** Kinds of message on the alert topic; the {@code type} message attribute subscribers filter on. */
public enum AlertType {
    /** An entry the source labelled Breaking (with any new figures it carries). */
    BREAKING,
    /** An entry that carries a new or higher casualty figure. */
    FIGURE,
    /** Alerts folded together because one document brought more than the storm limit at once. */
    ROUNDUP,
    /** The once-a-day key points, for subscribers who want one message a day. */
    DIGEST;

    /** The attribute value: lower-case name. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
