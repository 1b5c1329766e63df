package org.terrortrade.model;

import java.util.List;

/**
 * The actor kinds an actor's {@code kind:} may name. Their names, singular and plural, are interface text
 * ({@code words.ModelWords}).
 */
public final class ActorKinds {
    /** The kinds, in the order the actors index shows them. */
    public static final List<String> KINDS = List.of("state", "bloc", "armed-group", "institution", "person");

    private ActorKinds() {
    }
}
