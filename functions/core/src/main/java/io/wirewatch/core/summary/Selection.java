package io.wirewatch.core.summary;

/**
 * One sentence picked by a summariser.
 *
 * @param entry    index of its {@link SourceEntry} in the input list
 * @param sentence index of the sentence within that entry
 * @param text     the sentence as given
 */
public record Selection(int entry, int sentence, String text) {
}
