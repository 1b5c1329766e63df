package org.terrortrade.model;

import org.terrortrade.text.ArabicText;
import org.terrortrade.text.Messages;

/**
 * The names of the actor kinds, singular and plural (for the index headings): {@code actor.kind.<kind>} and
 * {@code actor.kind.<kind>.plural} in the bundles. The allowed kinds are {@code ContentTypes.ACTOR_KINDS}.
 */
public final class ActorKinds {
    private ActorKinds() {
    }

    public static String label(Messages messages, String kind) {
        String key = "actor.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    public static String plural(Messages messages, String kind) {
        String key = "actor.kind." + kind + ".plural";
        return messages.has(key) ? messages.get(key) : kind;
    }

    /** In Arabic, for callers that do not yet know the site's language (the social cards). */
    public static String label(String kind) {
        return label(ArabicText.messages(), kind);
    }
}
