/**
 * Finding the migrations of a project: Flyway's locations and file names ({@code V}, {@code U},
 * {@code R}), versions, script configuration files, and which down script belongs to which up.
 */
package dev.roundtrip.verifier.migration;
