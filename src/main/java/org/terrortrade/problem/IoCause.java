package org.terrortrade.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O failure told as its cause (disk full, read-only, no permission, missing file) with the file it concerns. */
public final class IoCause {
    private IoCause() {
    }

    /** "cause (an io.* text of the problems bundle) — the system's words): file" for a message. */
    public static String describe(Throwable error) {
        Throwable e = root(error);
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "";
        String lower = (reason + " " + e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String cause;
        if (lower.contains("no space left") || lower.contains("enospc") || lower.contains("disk quota")) {
            cause = EditorText.text("io.no-space");
        } else if (lower.contains("read-only file system") || lower.contains("erofs")) {
            cause = EditorText.text("io.read-only");
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            cause = EditorText.text("io.no-permission");
        } else if (e instanceof NoSuchFileException) {
            cause = EditorText.text("io.no-file");
        } else {
            cause = EditorText.text("io.other");
        }
        String told = cause + " — " + e.getClass().getSimpleName() + ": " + reason + (file.isEmpty() || reason.contains(file) ? "" : ": " + file);
        return STAGING.matcher(told).replaceAll("$1$2");
    }

    /**
     * A build writes into a staging folder beside the output ({@code target/.site-staging-123…/}) that is renamed into
     * place; a message names the output folder the editor knows ({@code target/site/}), never the staging one.
     */
    private static final java.util.regex.Pattern STAGING = java.util.regex.Pattern.compile("(^|[/\\\\ ])\\.([^/\\\\ ]+)-staging-\\d+(?=[/\\\\ :]|$)");

    /** True when the failure is an I/O one somewhere in its causes. */
    public static boolean isIo(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The first IOException in the causes, or the error itself. */
    public static Throwable root(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException) {
                return e;
            }
        }
        return error;
    }
}
