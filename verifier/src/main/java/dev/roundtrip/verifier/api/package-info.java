/**
 * What callers of the engine see: {@link dev.roundtrip.verifier.api.RoundtripConfig} in, {@link
 * dev.roundtrip.verifier.api.RoundtripResult} out, with its {@link
 * dev.roundtrip.verifier.api.Finding}s, their {@link dev.roundtrip.verifier.api.Rule}s and the
 * allowances that accept them. The Maven goal builds its configuration here and nothing else.
 */
package dev.roundtrip.verifier.api;
