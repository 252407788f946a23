/**
 * Which migrations a run round-trips and which it only applies: {@code from} (the migrations from a
 * version on) and {@code since} (those whose files changed since a git ref, asked of git run as a
 * process under a time limit).
 */
package dev.roundtrip.verifier.selection;
