package dev.roundtrip.verifier.schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which actual object stands for each expected one. Objects whose names the database made up are
 * paired by what they are (kind, owner, compared definition), preferring one of the same name, so
 * that {@code orders_customer_id_fkey1} stands for {@code orders_customer_id_fkey} when it is the
 * same foreign key. Every other object, and a generated-name object left without a partner, is
 * paired by kind and name with an actual object not paired yet.
 */
final class Pairing {
  private final Map<ObjectKey, SchemaObject> partners = new HashMap<>();
  private final Set<ObjectKey> paired = new HashSet<>();

  private Pairing() {}

  static Pairing of(SchemaSnapshot expected, SchemaSnapshot actual) {
    Pairing pairing = new Pairing();
    Map<SchemaObject.Identity, Deque<SchemaObject>> generated = new HashMap<>();
    for (SchemaObject is : actual.objects()) {
      if (is.generatedName()) {
        generated.computeIfAbsent(is.identity(), i -> new ArrayDeque<>()).add(is);
      }
    }
    List<SchemaObject> wanted =
        expected.objects().stream().filter(SchemaObject::generatedName).toList();
    for (SchemaObject was : wanted) {
      actual
          .find(was.key())
          .filter(is -> is.generatedName() && is.identity().equals(was.identity()))
          .ifPresent(is -> pairing.pair(was, is));
    }
    for (SchemaObject was : wanted) {
      Deque<SchemaObject> candidates = generated.getOrDefault(was.identity(), new ArrayDeque<>());
      while (!pairing.partners.containsKey(was.key()) && !candidates.isEmpty()) {
        SchemaObject is = candidates.poll();
        if (!pairing.paired.contains(is.key())) {
          pairing.pair(was, is);
        }
      }
    }
    for (SchemaObject was : expected.objects()) {
      if (!pairing.partners.containsKey(was.key())) {
        actual
            .find(was.key())
            .filter(is -> !pairing.paired.contains(is.key()))
            .ifPresent(is -> pairing.pair(was, is));
      }
    }
    return pairing;
  }

  private void pair(SchemaObject was, SchemaObject is) {
    partners.put(was.key(), is);
    paired.add(is.key());
  }

  /** The actual object that stands for an expected one, or null when it is missing. */
  SchemaObject partner(SchemaObject expected) {
    return partners.get(expected.key());
  }

  /** Whether an actual object stands for an expected one. */
  boolean isPaired(SchemaObject actual) {
    return paired.contains(actual.key());
  }
}
