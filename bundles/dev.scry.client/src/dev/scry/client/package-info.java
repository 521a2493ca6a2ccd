/**
 * The small client of a running {@code scry serve}: a plain Java main with no OSGi and nothing but the
 * JDK on its class path, which the {@code scry} script tries first. It sends the command line, the
 * working directory and the terminal flag to the service and prints what the service's run of the very
 * same command prints, with its exit code; with no service it exits {@link dev.scry.client.ServiceClient#NO_SERVICE}
 * and the script runs the command in-process.
 */
package dev.scry.client;
