package dev.scry.service;

import java.time.Instant;
import java.util.List;

/**
 * A command line the service runs: for a client of {@code /v1/cli} or as a job of the API.
 *
 * @param id      the call's id (the client's, or the job's)
 * @param args    the arguments
 * @param started when it started
 * @param stop    its stop
 */
record Call(String id, List<String> args, Instant started, CallStop stop) {
}
