package dev.roundtrip.verifier.api;

/**
 * A dialect that could not be verified for a reason outside the migrations (no database could be
 * provided, the database failed), while the other dialects went on.
 *
 * @param dialect the dialect id
 * @param message what went wrong, without secrets
 * @param fix what to do about it
 */
public record DialectProblem(String dialect, String message, String fix) {}
