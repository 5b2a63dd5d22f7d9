package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** talkwatch's SQL as the store runs it: named, positional and list parameters, through a real catalog. */
@ParameterizedClass
@EnumSource(Engine.class)
class SqlTextTest {

    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    private Database database() {
        return engine.open(temp);
    }

    @Test
    void namedParametersListsAndComparisonsBind() {
        List<String> rows = database().withHandle(handle -> handle.createQuery("""
                SELECT x FROM (SELECT 'a' AS x, 1 AS n UNION ALL SELECT 'b', 2 UNION ALL SELECT 'c', 3)
                WHERE x IN (<ids>) AND n <= :most AND n >= :least -- a comment with :notAParameter and <notAnAttribute>
                ORDER BY x /* :neither <here> */
                """).bindList("ids", List.of("a", "b", "c")).bind("most", 2).bind("least", 2).mapTo(String.class).list());
        assertThat(rows).containsExactly("b");
    }

    @Test
    void positionalParametersBindInOrder() {
        int sum = database().withHandle(handle -> handle.createQuery("SELECT ? + ? * 10")
                .bind(0, 1).bind(1, 2).mapTo(Integer.class).one());
        assertThat(sum).isEqualTo(21);
    }

    @Test
    void quotedTextIsLeftAsItIs() {
        String text = database().withHandle(handle -> handle.createQuery(
                "SELECT 'at 10:30 <b>bold</b> it''s :x' || :y").bind("y", "!").mapTo(String.class).one());
        assertThat(text).isEqualTo("at 10:30 <b>bold</b> it's :x!");
    }

    @Test
    void anUndefinedAttributeIsAnError() {
        Database database = database();
        assertThatThrownBy(() -> database.withHandle(handle ->
                handle.createQuery("SELECT 1 WHERE 1 IN (<missing>)").mapTo(Integer.class).list()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<missing>");
    }
}
