package dev.roundtrip.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Names for generated tables, columns and schema objects, as an application's would read, none a
 * reserved word in either dialect. Relation, index and constraint names are unique across the
 * schema (PostgreSQL keeps them in one namespace per schema) and short enough for both dialects.
 */
final class Names {
  private static final List<String> TABLES =
      List.of(
          "customers",
          "orders",
          "products",
          "invoices",
          "payments",
          "shipments",
          "suppliers",
          "warehouses",
          "categories",
          "carts",
          "coupons",
          "reviews",
          "addresses",
          "employees",
          "departments",
          "projects",
          "tasks",
          "tickets",
          "comments",
          "attachments",
          "tags",
          "subscriptions",
          "plans",
          "accounts",
          "sessions",
          "devices",
          "notifications",
          "messages",
          "channels",
          "teams",
          "roles",
          "permissions",
          "audits",
          "reports",
          "dashboards",
          "widgets",
          "contracts",
          "vendors",
          "refunds",
          "returns",
          "discounts",
          "campaigns",
          "leads",
          "deals",
          "contacts",
          "companies",
          "events",
          "venues",
          "bookings",
          "rooms",
          "vehicles",
          "drivers",
          "routes",
          "stops",
          "parcels",
          "batches",
          "lots",
          "recipes",
          "ingredients",
          "menus");

  private static final List<String> QUALIFIERS =
      List.of("history", "notes", "settings", "archive", "events", "links", "stats", "drafts");

  /** Column names by kind, each with the type it starts with. */
  private static final Map<ColumnType.Kind, List<String>> COLUMNS =
      Map.of(
          ColumnType.Kind.VARCHAR,
              List.of(
                  "name",
                  "title",
                  "email",
                  "code",
                  "status",
                  "label",
                  "city",
                  "country",
                  "phone",
                  "website",
                  "reference",
                  "slug",
                  "username",
                  "display_name",
                  "region"),
          ColumnType.Kind.INT,
              List.of("quantity", "priority", "attempts", "score", "sort_order", "capacity"),
          ColumnType.Kind.BIGINT, List.of("size_bytes", "views_count", "external_number"),
          ColumnType.Kind.NUMERIC, List.of("amount", "price", "balance", "total", "discount"),
          ColumnType.Kind.TEXT, List.of("notes", "description", "body", "summary"),
          ColumnType.Kind.BOOLEAN, List.of("is_active", "is_archived", "verified", "published"),
          ColumnType.Kind.TIMESTAMP,
              List.of("created_at", "updated_at", "shipped_at", "expires_at", "last_seen_at"),
          ColumnType.Kind.DATE, List.of("due_on", "starts_on", "ends_on", "birth_date"));

  private static final Map<String, String> RENAMES =
      Map.ofEntries(
          Map.entry("name", "full_name"),
          Map.entry("title", "headline"),
          Map.entry("status", "state"),
          Map.entry("label", "caption"),
          Map.entry("code", "short_code"),
          Map.entry("city", "town"),
          Map.entry("notes", "remarks"),
          Map.entry("quantity", "qty"),
          Map.entry("amount", "amount_due"),
          Map.entry("price", "unit_price"),
          Map.entry("description", "details"),
          Map.entry("phone", "phone_number"),
          Map.entry("created_at", "inserted_at"),
          Map.entry("score", "rating"));

  private final Random random;
  private final List<String> tables = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();
  private int nextTable;

  Names(Random random) {
    this.random = random;
    for (String qualifier : QUALIFIERS) {
      for (String table : TABLES) {
        tables.add(singular(table) + "_" + qualifier);
      }
    }
    java.util.Collections.shuffle(tables, random);
    tables.addAll(0, TABLES);
  }

  /** The next table's name: the plain nouns first, then qualified ones. */
  String table() {
    String name = nextTable < tables.size() ? tables.get(nextTable) : "table_" + nextTable;
    nextTable++;
    return unique(name);
  }

  /** A name for a new column of a type of {@code kind}. */
  String column(ColumnType.Kind kind) {
    List<String> pool = COLUMNS.get(kind);
    return pool.get(random.nextInt(pool.size()));
  }

  /** What {@code column} is renamed to, before the table makes it unique. */
  static String renamed(String column) {
    return RENAMES.getOrDefault(column, "legacy_" + column);
  }

  /** {@code base} cut to fit an identifier, made unique across the schema. */
  String unique(String base) {
    String cut = base.length() > 50 ? base.substring(0, 50) : base;
    String name = cut;
    for (int i = 2; !taken.add(name); i++) {
      name = cut + "_" + i;
    }
    return name;
  }

  static String singular(String table) {
    if (table.endsWith("ies")) {
      return table.substring(0, table.length() - 3) + "y";
    }
    if (table.endsWith("sses") || table.endsWith("shes") || table.endsWith("ches")) {
      return table.substring(0, table.length() - 2);
    }
    return table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
  }
}
