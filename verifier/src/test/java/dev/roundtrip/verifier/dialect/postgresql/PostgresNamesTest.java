package dev.roundtrip.verifier.dialect.postgresql;

import static dev.roundtrip.verifier.dialect.postgresql.PostgresNames.generated;
import static dev.roundtrip.verifier.dialect.postgresql.PostgresNames.makeObjectName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.ObjectKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names PostgreSQL would have made up, without a database. */
class PostgresNamesTest {

  @Test
  void constraintNamesOverTheirColumnsWithAnOptionalNumber() {
    List<String> a = List.of("customer_id");
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_id_fkey", "orders", a)).isTrue();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_id_fkey1", "orders", a)).isTrue();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_id_fkey12", "orders", a))
        .isTrue();
    assertThat(
            generated(ObjectKind.UNIQUE_CONSTRAINT, "orders_a_b_key", "orders", List.of("a", "b")))
        .isTrue();
    assertThat(generated(ObjectKind.PRIMARY_KEY, "orders_pkey1", "orders", List.of("id"))).isTrue();
    assertThat(generated(ObjectKind.SEQUENCE, "orders_id_seq1", "orders", List.of("id"))).isTrue();
    assertThat(generated(ObjectKind.INDEX, "orders_a_b_idx", "orders", List.of("a", "b"))).isTrue();
  }

  @Test
  void namesThatDoNotFollowThePatternWereChosen() {
    List<String> a = List.of("customer_id");
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_fk", "orders", a)).isFalse();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_fkey", "orders", a)).isFalse();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_id_fkey01", "orders", a))
        .isFalse();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "orders_customer_id_fkeyx", "orders", a))
        .isFalse();
    assertThat(generated(ObjectKind.FOREIGN_KEY, "items_customer_id_fkey", "orders", a)).isFalse();
    assertThat(generated(ObjectKind.UNIQUE_CONSTRAINT, "orders_customer_id_fkey", "orders", a))
        .isFalse();
    assertThat(generated(ObjectKind.PRIMARY_KEY, "orders_id_pkey", "orders", List.of("id")))
        .isFalse();
    assertThat(generated(ObjectKind.TRIGGER, "orders_touch", "orders", List.of())).isFalse();
  }

  @Test
  void checkConstraintsAreNamedAfterOneColumnOrNone() {
    List<String> columns = List.of("low", "high");
    assertThat(generated(ObjectKind.CHECK_CONSTRAINT, "t_check1", "t", columns)).isTrue();
    assertThat(generated(ObjectKind.CHECK_CONSTRAINT, "t_low_check", "t", columns)).isTrue();
    assertThat(generated(ObjectKind.CHECK_CONSTRAINT, "t_price_check", "t", columns)).isFalse();
  }

  @Test
  void expressionsInAnIndexAreNamedByPostgresql() {
    List<String> expression = Arrays.asList((String) null);
    assertThat(generated(ObjectKind.INDEX, "t_lower_idx1", "t", expression)).isTrue();
    assertThat(generated(ObjectKind.INDEX, "t_idx", "t", expression)).isFalse();
    assertThat(generated(ObjectKind.INDEX, "other_lower_idx", "t", expression)).isFalse();
  }

  @Test
  void longNamesAreCutAsPostgresqlCutsThem() {
    String table = "order_lines_of_the_northern_warehouse_kept_for_auditing";
    assertThat(makeObjectName(table, "product_reference_code", "fkey1"))
        .isEqualTo("order_lines_of_the_northern_wareho_product_reference_code_fkey1");
    assertThat(makeObjectName(table, "product_reference_code_quantity_in_stock_units", "key1"))
        .isEqualTo("order_lines_of_the_northern_w_product_reference_code_quant_key1");
    assertThat(makeObjectName(table, null, "pkey1"))
        .isEqualTo("order_lines_of_the_northern_warehouse_kept_for_auditing_pkey1");
    assertThat(
            generated(
                ObjectKind.CHECK_CONSTRAINT,
                "order_lines_of_the_northern_ware_quantity_in_stock_units_check1",
                table,
                List.of("quantity_in_stock_units")))
        .isTrue();
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    String table = "ü".repeat(40);
    String name = makeObjectName(table, "id", "seq");

    assertThat(name).isEqualTo("ü".repeat(28) + "_id_seq");
    assertThat(generated(ObjectKind.SEQUENCE, name, table, List.of("id"))).isTrue();
  }
}
