package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.ModelParts;

/**
 * A content type whose files are data of the site model (actors, terms, the ledger…), not only a page body. The model
 * step asks each file's type for its records ({@link ContentTypes#model}); a type without this capability adds
 * nothing to the model.
 */
public interface ModelSource {
    /** Adds what {@code file} contributes to the site model. */
    void extract(SourceFile file, ModelParts parts);
}
