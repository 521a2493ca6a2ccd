/**
 * {@code scry serve}: one long-lived process that keeps the engine warm (the OSGi runtime, the encoders,
 * the JIT) and runs the command line's verbs for clients ({@code POST /v1/cli}, the very same
 * {@code ScryCommand} with the client's arguments, working directory and terminal flag) and an HTTP JSON
 * API built on the same commands, on a user-only Unix domain socket and, on request, a TCP port that
 * wants a bearer token.
 */
package dev.scry.service;
