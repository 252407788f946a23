package dev.roundtrip.verifier.data;

/**
 * A CHECK constraint of a table or a domain.
 *
 * @param name the constraint name
 * @param definition as {@code pg_get_constraintdef} prints it, e.g. {@code CHECK ((qty > 0))}
 */
public record GenCheck(String name, String definition) {}
