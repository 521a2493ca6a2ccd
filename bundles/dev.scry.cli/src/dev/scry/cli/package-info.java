/**
 * The {@code scry} command line: an Equinox application ({@link dev.scry.cli.ScryApplication}) that
 * parses verbs with picocli ({@link dev.scry.cli.ScryCommand}) and drives the UI-free core. Its
 * output and exit codes ({@link dev.scry.cli.ExitCodes}) are a contract scripts rely on.
 */
package dev.scry.cli;
