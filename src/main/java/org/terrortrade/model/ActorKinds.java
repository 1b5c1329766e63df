package org.terrortrade.model;

import java.util.List;

import org.terrortrade.text.ArabicText;
import org.terrortrade.text.Messages;

/**
 * The actor kinds an actor's {@code kind:} may name, and their names, singular and plural (for the index headings):
 * {@code actor.kind.<kind>} and {@code actor.kind.<kind>.plural} in the bundles.
 */
public final class ActorKinds {
    /** The kinds, in the order the actors index shows them. */
    public static final List<String> KINDS = List.of("state", "bloc", "armed-group", "institution", "person");

    private ActorKinds() {
    }

    public static String label(Messages messages, String kind) {
        return messages.get("actor.kind." + kind);
    }

    public static String plural(Messages messages, String kind) {
        return messages.get("actor.kind." + kind + ".plural");
    }

    /** In Arabic, for callers that do not yet know the site's language (the social cards). */
    public static String label(String kind) {
        return label(ArabicText.messages(), kind);
    }
}
