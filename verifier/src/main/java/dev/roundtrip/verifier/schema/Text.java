package dev.roundtrip.verifier.schema;

import java.util.Arrays;
import java.util.List;

/** Turns definitions, which may span lines, into short text for one-sentence descriptions. */
final class Text {
  /** Definitions up to this length are quoted in full when they appear or disappear. */
  static final int SHORT = 64;

  /** A change is quoted in full when both definitions together are no longer than this. */
  private static final int SHORT_CHANGE = 120;

  private static final int ABBREVIATED = 120;
  private static final int CONTEXT_BEFORE = 2;
  private static final int CONTEXT_AFTER = 1;
  private static final int MAX_CHANGED_WORDS = 12;
  private static final String ELLIPSIS = "...";

  private Text() {}

  /** The text on one line, runs of white space collapsed to one space. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The text on one line, cut after about {@value #ABBREVIATED} characters. */
  static String abbreviate(String text) {
    String line = oneLine(text);
    if (line.length() <= ABBREVIATED) {
      return line;
    }
    int cut = line.lastIndexOf(' ', ABBREVIATED);
    return line.substring(0, cut > ABBREVIATED / 2 ? cut : ABBREVIATED) + " " + ELLIPSIS;
  }

  /**
   * {@code expected -> actual}, in full when that is short, otherwise only the words that differ
   * with a little context, e.g. {@code ... ON DELETE CASCADE -> ... ON DELETE RESTRICT}.
   */
  static String contrast(String expected, String actual) {
    String before = oneLine(expected);
    String after = oneLine(actual);
    if (before.equals(after)) {
      return "the definitions differ only in white space: "
          + abbreviate(before)
          + " -> "
          + abbreviate(after);
    }
    if (before.length() + after.length() <= SHORT_CHANGE) {
      return before + " -> " + after;
    }
    List<String> a = words(before);
    List<String> b = words(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int from = Math.max(0, prefix - CONTEXT_BEFORE);
    int tail = Math.max(0, suffix - CONTEXT_AFTER);
    return excerpt(a, from, a.size() - tail) + " -> " + excerpt(b, from, b.size() - tail);
  }

  private static String excerpt(List<String> words, int from, int to) {
    StringBuilder out = new StringBuilder();
    if (from > 0) {
      out.append(ELLIPSIS);
    }
    int shown = Math.min(to, from + MAX_CHANGED_WORDS);
    for (String word : words.subList(from, shown)) {
      out.append(out.length() == 0 ? "" : " ").append(word);
    }
    if (shown < words.size()) {
      out.append(out.length() == 0 ? "" : " ").append(ELLIPSIS);
    }
    return out.length() == 0 ? "(nothing)" : out.toString();
  }

  private static List<String> words(String line) {
    return line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
  }
}
