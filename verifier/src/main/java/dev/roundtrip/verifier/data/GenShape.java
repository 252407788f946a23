package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the regular values of a string column look like, read from the column's name: an {@code
 * email} gets addresses, a {@code first_name} first names, a {@code key_handle} or {@code token}
 * hex keys, a {@code name} or {@code title} a label, and so on. Every shape gives a different value
 * for every ordinal, so columns that are unique in real data (keys, handles, emails, user names)
 * are unique here too; the caller falls back to plain tagged words where the value does not fit.
 */
enum GenShape {
  EMAIL,
  URL,
  PHONE,
  IP,
  TOKEN,
  USERNAME,
  FIRST_NAME,
  LAST_NAME,
  PERSON,
  SLUG,
  CODE,
  LABEL,
  PROSE,
  NONE;

  private static final List<String> FIRST =
      List.of(
          "Ada",
          "Grace",
          "Alan",
          "Edsger",
          "Barbara",
          "Donald",
          "Frances",
          "Ken",
          "Margaret",
          "Dennis",
          "Radia",
          "Linus",
          "Hedy",
          "Tim",
          "Karen",
          "Niklaus",
          "Sophie",
          "John",
          "Mary",
          "Leslie",
          "Shafi",
          "Yukihiro",
          "Anita",
          "Bjarne",
          "Carol",
          "Guido",
          "Joan",
          "James",
          "Lynn",
          "Tony",
          "Evelyn",
          "Peter");
  private static final List<String> LAST =
      List.of(
          "Lovelace",
          "Hopper",
          "Turing",
          "Dijkstra",
          "Liskov",
          "Knuth",
          "Allen",
          "Thompson",
          "Hamilton",
          "Ritchie",
          "Perlman",
          "Torvalds",
          "Lamarr",
          "Berners-Lee",
          "Jones",
          "Wirth",
          "Wilson",
          "Backus",
          "Keller",
          "Lamport",
          "Goldwasser",
          "Matsumoto",
          "Borg",
          "Stroustrup",
          "Shaw",
          "Rossum",
          "Clarke",
          "Gosling",
          "Conway",
          "Hoare",
          "Boyd",
          "Naur");
  private static final List<String> WORDS =
      List.of(
          "amber", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo",
          "juniper", "kelp", "lumen", "meadow", "nectar", "onyx", "pebble", "quartz", "river",
          "saffron", "tundra", "umber", "violet", "willow", "xenon", "yarrow", "zephyr");
  private static final int PEOPLE = FIRST.size() * LAST.size();
  private static final int PAIRS = WORDS.size() * WORDS.size();

  /** The shape of a column with this name; {@link #NONE} when the name says nothing. */
  static GenShape of(String column) {
    List<String> t = tokens(column);
    Set<String> s = new HashSet<>(t);
    String joined = String.join("", t);
    if (s.contains("email") || s.contains("mail") || joined.endsWith("email")) {
      return EMAIL;
    }
    if (any(s, "url", "uri", "link", "website", "homepage", "href", "endpoint", "callback")) {
      return URL;
    }
    if (any(s, "phone", "mobile", "tel", "telephone", "fax", "msisdn")) {
      return PHONE;
    }
    if (s.contains("ip") || joined.endsWith("ipaddress") || joined.equals("remoteaddr")) {
      return IP;
    }
    if (any(s, "key", "token", "secret", "hash", "digest", "nonce", "signature", "fingerprint")
        || any(s, "checksum", "salt", "otp", "hmac", "jti", "id", "uid", "uuid", "guid", "sid")
        || any(s, "identifier", "ref", "reference", "sha", "sha1", "sha256", "md5")) {
      return TOKEN;
    }
    if (any(s, "username", "login", "handle", "nick", "nickname", "screenname")
        || s.contains("user") && s.contains("name")
        || s.contains("screen") && s.contains("name")) {
      return USERNAME;
    }
    boolean name = s.contains("name") || joined.endsWith("name");
    if (any(s, "firstname", "givenname", "forename") || name && any(s, "first", "given", "fore")) {
      return FIRST_NAME;
    }
    if (any(s, "lastname", "surname", "familyname") || name && any(s, "last", "family", "sur")) {
      return LAST_NAME;
    }
    if (any(s, "fullname", "displayname", "author", "owner", "customer", "person")
        || name && any(s, "full", "display", "contact", "real", "legal")) {
      return PERSON;
    }
    if (any(s, "slug", "permalink")) {
      return SLUG;
    }
    if (any(s, "code", "sku", "ticker", "abbr", "abbreviation", "symbol", "coupon", "promo")) {
      return CODE;
    }
    if (name || any(s, "title", "label", "subject", "headline", "caption")) {
      return LABEL;
    }
    if (any(s, "description", "desc", "body", "comment", "comments", "note", "notes", "message")
        || any(s, "text", "content", "summary", "bio", "about", "details", "remark", "reason")) {
      return PROSE;
    }
    return NONE;
  }

  /**
   * The value of this shape for the ordinal, different for every ordinal; {@code offset} (from the
   * column's salt) varies where a column starts, so two columns of one shape do not repeat each
   * other. Null for {@link #NONE}, or when the ordinal is past what the shape can tell apart.
   */
  String value(long ordinal, int offset) {
    long i = ordinal + offset;
    return switch (this) {
      case EMAIL -> lower(person(i, ".")) + "@example.com";
      case URL -> "https://example.com/" + slug(i);
      case PHONE ->
          i >= 10_000_000
              ? null
              : String.format(Locale.ROOT, "+1 555 %03d %04d", i / 10_000, i % 10_000);
      case IP ->
          i >= 1L << 24
              ? null
              : "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
      case TOKEN -> token(i);
      case USERNAME -> lower(person(i, "_"));
      case FIRST_NAME -> single(FIRST, i);
      case LAST_NAME -> single(LAST, i);
      case PERSON -> person(i, " ");
      case SLUG -> slug(i);
      case CODE ->
          WORDS.get((int) (i % WORDS.size())).toUpperCase(Locale.ROOT)
              + "-"
              + Long.toString(i / WORDS.size() + 1, 36).toUpperCase(Locale.ROOT);
      case LABEL -> title(pair(i, " "));
      case PROSE ->
          capital(word(i))
              + " by the "
              + word(i * 7 + 12)
              + " "
              + word(i * 3 + 7)
              + ", note "
              + (i + 1)
              + ".";
      case NONE -> null;
    };
  }

  /** First and last name, then a number once every pair is taken: "Ada Lovelace 2". */
  private static String person(long i, String separator) {
    String name =
        FIRST.get((int) (i % FIRST.size()))
            + separator
            + LAST.get((int) (i / FIRST.size() % LAST.size()));
    long round = i / PEOPLE;
    return round == 0 ? name : name + (" ".equals(separator) ? " " : "") + (round + 1);
  }

  /** One name of the list, then double-barrelled ("Ada-Grace"), then numbered. */
  private static String single(List<String> names, long i) {
    int n = names.size();
    if (i < n) {
      return names.get((int) i);
    }
    long j = i - n;
    String name = names.get((int) (j % n)) + "-" + names.get((int) (j / n % n));
    long round = j / ((long) n * n);
    return round == 0 ? name : name + " " + (round + 1);
  }

  /** Two words, then a number once every pair is taken: "amber harbor 2". */
  private static String pair(long i, String separator) {
    String words =
        WORDS.get((int) (i % WORDS.size())) + separator + WORDS.get((int) (i / WORDS.size() % 26));
    long round = i / PAIRS;
    return round == 0 ? words : words + separator + (round + 1);
  }

  private static String word(long i) {
    return WORDS.get((int) Math.floorMod(i, (long) WORDS.size()));
  }

  private static String slug(long i) {
    return pair(i, "-");
  }

  /** 32 hex digits; the first 16 alone already differ for every ordinal. */
  private static String token(long i) {
    long a = i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    long b = Long.rotateLeft(a, 29) * 0xBF58476D1CE4E5B9L;
    return String.format(Locale.ROOT, "%016x%016x", a, b);
  }

  /** The length of a token's prefix that is still different for every ordinal. */
  static final int TOKEN_DISTINCT = 16;

  private static String capital(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String title(String words) {
    StringBuilder titled = new StringBuilder();
    for (String word : words.split(" ")) {
      titled.append(titled.length() == 0 ? "" : " ").append(capital(word));
    }
    return titled.toString();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  private static boolean any(Set<String> tokens, String... names) {
    for (String name : names) {
      if (tokens.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The words of a column name: snake_case, camelCase, kebab-case, lower-cased. */
  static List<String> tokens(String column) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String name = column.endsWith("[]") ? column.substring(0, column.length() - 2) : column;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      boolean boundary =
          Character.isUpperCase(c) && k > 0 && Character.isLowerCase(name.charAt(k - 1));
      if (!Character.isLetterOrDigit(c) || boundary) {
        if (word.length() > 0) {
          tokens.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }
}
