package org.terrortrade.text;

/**
 * A number with its counted noun, in the form the number takes. Forms are the CLDR plural categories as Arabic uses
 * them: {@code one} (1), {@code two} (2), {@code few} (3–10), {@code many} (11–99) and {@code other} (0, and hundreds
 * ending in 00–02); each is the key {@code count.<noun>.<form>}, and a language that has fewer forms leaves the others
 * out: they fall back to {@code count.<noun>.other}.
 */
public final class Counted {
    private Counted() {
    }

    public static String of(Messages messages, int n, String noun) {
        String key = "count." + noun + "." + form(n);
        return messages.get(messages.has(key) ? key : "count." + noun + ".other", n);
    }

    static String form(int n) {
        int rest = n % 100;
        if (n == 1) {
            return "one";
        } else if (n == 2) {
            return "two";
        } else if (rest >= 3 && rest <= 10) {
            return "few";
        } else if (rest >= 11) {
            return "many";
        }
        return "other";
    }
}
