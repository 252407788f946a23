package dev.roundtrip.verifier.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The differences between an expected and an actual {@link SchemaSnapshot}, each explained in
 * words. An object that disappeared (or appeared) together with its owner is not listed on its own:
 * a missing table is one difference, not one per column, index and constraint. Objects are compared
 * by kind and name, except those whose names the database made up, which are compared by what they
 * are (see {@link Pairing}); a difference names the object by its name all the same.
 */
public final class SchemaDiff {
  private final List<SchemaDifference> differences;

  private SchemaDiff(List<SchemaDifference> differences) {
    this.differences = List.copyOf(differences);
  }

  /**
   * Compares two snapshots.
   *
   * @param expected the schema there should be (e.g. before an up and its down)
   * @param actual the schema there is
   */
  public static SchemaDiff between(SchemaSnapshot expected, SchemaSnapshot actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Descriptions words = new Descriptions(expected, actual);
    Pairing pairing = Pairing.of(expected, actual);
    List<Entry> entries = new ArrayList<>();
    for (SchemaObject was : expected.objects()) {
      SchemaObject is = pairing.partner(was);
      if (is == null) {
        if (!ownerAlso(was, expected, actual)) {
          entries.add(new Entry(was, words.missing(was)));
        }
      } else if (!was.compared().equals(is.compared())) {
        entries.add(new Entry(was, words.changed(was, is)));
      }
    }
    for (SchemaObject is : actual.objects()) {
      if (!pairing.isPaired(is) && !ownerAlso(is, actual, expected)) {
        entries.add(new Entry(is, words.unexpected(is)));
      }
    }
    entries.sort(Comparator.comparing(Entry::object, SchemaObject.LISTING_ORDER));
    return new SchemaDiff(entries.stream().map(Entry::difference).toList());
  }

  /**
   * Whether an object found only in {@code in} belongs, directly or further up, to an owner that is
   * also found only there, so that the owner's difference already covers it.
   */
  private static boolean ownerAlso(SchemaObject object, SchemaSnapshot in, SchemaSnapshot notIn) {
    Set<ObjectKey> seen = new HashSet<>();
    ObjectKey owner = object.owner();
    while (owner != null && seen.add(owner)) {
      if (!notIn.contains(owner) && in.contains(owner)) {
        return true;
      }
      owner = in.find(owner).map(SchemaObject::owner).orElse(null);
    }
    return false;
  }

  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /** The differences, listed by table (or other top-level object), then kind, then name. */
  public List<SchemaDifference> differences() {
    return differences;
  }

  @Override
  public String toString() {
    return isEmpty()
        ? "no differences"
        : differences.stream()
            .map(SchemaDifference::description)
            .collect(Collectors.joining("\n", differences.size() + " differences:\n", ""));
  }

  private record Entry(SchemaObject object, SchemaDifference difference) {}
}
