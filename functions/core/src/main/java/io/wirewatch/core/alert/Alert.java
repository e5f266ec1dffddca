package io.wirewatch.core.alert;

import io.wirewatch.core.model.Entry;
import java.util.List;

/**
 * One alert decided by the rules, before rendering.
 *
 * @param type    breaking, figure or roundup
 * @param entry   the entry it is about (for a roundup: the first folded entry)
 * @param changes new figures the entry carries (for a roundup: of all folded entries)
 * @param folded  for a roundup, the alerts it stands for; otherwise empty
 */
public record Alert(AlertType type, Entry entry, List<FigureChange> changes, List<Alert> folded) {
    public Alert {
        changes = List.copyOf(changes);
        folded = List.copyOf(folded);
    }

    /** A single-entry alert. */
    public static Alert of(AlertType type, Entry entry, List<FigureChange> changes) {
        return new Alert(type, entry, changes, List.of());
    }
}
