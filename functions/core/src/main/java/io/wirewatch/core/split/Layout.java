package io.wirewatch.core.split;

import io.wirewatch.core.model.DocumentContext;
import io.wirewatch.core.model.SplitDocument;

/** One recognised document layout. Implementations are stateless and must not throw on any input they accept. */
interface Layout {

    /** The layout name reported in {@link SplitDocument#layout()}. */
    String name();

    /** Whether {@code doc} has this layout's tell-tale structure. Must be cheap: every document is offered to all. */
    boolean accepts(SourceText doc);

    /** Splits a document this layout accepted. */
    SplitDocument split(SourceText doc, DocumentContext ctx);
}
