package dev.roundtrip.verifier.data;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Booleans, uuid, json and jsonb, network addresses, geometric types, xml, full text search types
 * and enums.
 */
final class GenMisc {
  private static final String JSON_DOCUMENT =
      "{\"nested\": {\"list\": [1, 2.5, -3.75e10, true, false, null],"
          + " \"text\": \"it's \\\"quoted\\\" back\\\\slash\"},"
          + " \"empty\": {}, \"price\": 1234.5678}";
  private static final String JSON_UNICODE = "{\"name\": \"é ß 日本 😀\", \"tags\": [\"a\", \"b\"]}";

  private GenMisc() {}

  static boolean handles(String base) {
    return switch (base) {
      case "boolean",
          "uuid",
          "json",
          "jsonb",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8",
          "point",
          "line",
          "lseg",
          "box",
          "path",
          "polygon",
          "circle",
          "xml",
          "tsvector",
          "tsquery" ->
          true;
      default -> false;
    };
  }

  static List<String> specials(GenColumn column) {
    return switch (column.type().base()) {
      case "boolean" -> List.of("true", "false");
      case "uuid" ->
          List.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff");
      case "json", "jsonb" ->
          column.unicode()
              ? List.of(
                  JSON_DOCUMENT,
                  "{}",
                  JSON_UNICODE,
                  "[]",
                  "null",
                  "\"just a string\"",
                  "-0.000123",
                  "[{\"a\": 1}, {\"a\": []}]")
              : List.of(JSON_DOCUMENT, "{}", "[]", "null", "\"just a string\"", "-0.000123");
      case "inet" ->
          List.of(
              "0.0.0.0",
              "255.255.255.255",
              "192.168.1.0/24",
              "::1",
              "2001:db8::ff00:42:8329",
              "::ffff:10.0.0.1");
      case "cidr" ->
          List.of(
              "0.0.0.0/0",
              "10.0.0.0/8",
              "192.168.100.0/24",
              "255.255.255.255/32",
              "::/0",
              "2001:db8::/32");
      case "macaddr" -> List.of("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff");
      case "macaddr8" -> List.of("00:00:00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff:ff:ff");
      case "point" -> List.of("(0,0)", "(-1.5,2.25)", "(1e+300,-1e+300)");
      case "line" -> List.of("{1,-1,0}", "{0,1,-2.5}");
      case "lseg" -> List.of("[(0,0),(1,1)]", "[(-1.5,2),(3,-4.25)]");
      case "box" -> List.of("(1,1),(0,0)", "(0,0),(0,0)");
      case "path" -> List.of("[(0,0),(1,1),(2,0)]", "((0,0),(1,1),(2,0))");
      case "polygon" -> List.of("((0,0),(0,1),(1,1),(1,0))", "((0,0))");
      case "circle" -> List.of("<(0,0),1>", "<(-1.5,2.5),0>");
      case "xml" ->
          column.unicode()
              ? List.of("<doc a=\"1\">é 日本 &amp; more</doc>", "<empty/>", "plain text")
              : List.of("<doc a=\"1\">it's &amp; more</doc>", "<empty/>", "plain text");
      case "tsvector" -> List.of("", "a fat cat sat", "'quoted term' rat:3A");
      case "tsquery" -> List.of("fat & rat", "cat | !dog", "'quoted term'");
      default -> column.type().labels();
    };
  }

  static String regular(GenColumn column, long ordinal) {
    long n = ordinal + column.pick(1 << 16);
    return switch (column.type().base()) {
      case "boolean" -> Math.floorMod(n, 2) == 0 ? "false" : "true";
      case "uuid" -> new UUID(column.salt() * 0x5DEECE66DL + 11, ordinal).toString();
      case "json", "jsonb" ->
          String.format(
              Locale.ROOT,
              "{\"id\": %d, \"name\": \"item %d\", \"price\": %d.%02d, \"tags\": [\"t%d\"]}",
              ordinal,
              ordinal,
              n % 1000,
              n % 97 + 1,
              n % 5);
      case "inet" -> "10." + ipv4Tail(n);
      case "cidr" -> "10." + ipv4Tail(n) + "/32";
      case "macaddr" -> "08:00:2b:" + hexGroups(n, 3);
      case "macaddr8" -> "08:00:2b:01:02:" + hexGroups(n, 3);
      case "point" -> "(" + n + ".5," + -ordinal + ".25)";
      case "line" -> "{1," + (n + 1) + ",-" + ordinal + "}";
      case "lseg" -> "[(0," + n + "),(" + ordinal + ".5,1)]";
      case "box" -> "(" + (n + 1) + "," + (ordinal + 1) + "),(0,0)";
      case "path" -> "[(0,0),(" + n + ",1),(2," + ordinal + ")]";
      case "polygon" -> "((0,0),(0," + (n + 1) + "),(" + (ordinal + 1) + ",0))";
      case "circle" -> "<(" + n + ",0)," + (ordinal + 1) + ">";
      case "xml" -> "<item id=\"" + ordinal + "\">value " + n + "</item>";
      case "tsvector" -> "word" + ordinal + " other" + n;
      case "tsquery" -> "word" + ordinal + " & other" + n;
      default -> {
        List<String> labels = column.type().labels();
        yield labels.get(Math.floorMod(n, labels.size()));
      }
    };
  }

  private static String ipv4Tail(long n) {
    long v = Math.floorMod(n, 1L << 24);
    return (v >> 16) + "." + (v >> 8 & 0xff) + "." + (v & 0xff);
  }

  private static String hexGroups(long n, int groups) {
    StringBuilder text = new StringBuilder();
    for (int i = groups - 1; i >= 0; i--) {
      text.append(String.format(Locale.ROOT, "%02x", n >> (8 * i) & 0xff));
      if (i > 0) {
        text.append(':');
      }
    }
    return text.toString();
  }
}
