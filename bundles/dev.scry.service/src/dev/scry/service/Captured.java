package dev.scry.service;

/**
 * What a command line the API ran printed, and its exit code.
 *
 * @param exit the exit code
 * @param out  its standard output
 * @param err  its standard error
 */
record Captured(int exit, String out, String err) {
    /** The reason of a failure: the command's last {@code scry: REASON} line, else its first line on standard error. */
    String reason() {
        String reason = null;
        for (String line : err.lines().toList()) {
            if (line.startsWith("scry: ")) {
                reason = line.substring("scry: ".length());
            }
        }
        if (reason == null) {
            reason = err.lines().filter(l -> !l.isBlank()).findFirst().orElse("failed with exit code " + exit);
        }
        return reason.strip();
    }
}
