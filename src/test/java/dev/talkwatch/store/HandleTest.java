package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.catalog.TalkwatchException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's own JDBC layer, on a real catalog file: transactions, batches, keys and the shapes of results. */
class HandleTest {

    @TempDir
    Path temp;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.openSqlite(temp.resolve("t.db"));
        database.useHandle(handle -> handle.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)"));
    }

    private List<String> names() {
        return database.withHandle(handle -> handle.createQuery("SELECT name FROM t ORDER BY id").mapTo(String.class).list());
    }

    @Test
    void aTransactionThatThrowsLeavesNothingAndPassesItsExceptionOn() {
        assertThatThrownBy(() -> database.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO t (name) VALUES (:name)").bind("name", "kept?").execute();
            throw new TalkwatchException("changed my mind");
        })).isInstanceOf(TalkwatchException.class).hasMessage("changed my mind");
        assertThat(names()).isEmpty();

        database.useTransaction(handle -> handle.createUpdate("INSERT INTO t (name) VALUES (:name)").bind("name", "kept").execute());
        assertThat(names()).containsExactly("kept");
    }

    @Test
    void aBatchRunsEveryRowAddedWithItsOwnValues() {
        database.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO t (name, n) VALUES (:name, :n)");
            for (int i = 1; i <= 3; i++) {
                batch.bind("name", "row " + i).bind("n", i % 2 == 0 ? null : i).add();
            }
            batch.execute();
            handle.prepareBatch("INSERT INTO t (name) VALUES (:name)").execute(); // no rows: nothing runs
        });
        assertThat(names()).containsExactly("row 1", "row 2", "row 3");
        List<Integer> numbers = database.withHandle(handle ->
                handle.createQuery("SELECT n FROM t ORDER BY id").mapTo(Integer.class).list());
        assertThat(numbers).containsExactly(1, null, 3);
    }

    @Test
    void anInsertGivesTheKeyTheDatabaseChose() {
        long first = database.withHandle(handle ->
                handle.createUpdate("INSERT INTO t (name) VALUES ('a')").executeReturningKey());
        long second = database.withHandle(handle ->
                handle.createUpdate("INSERT INTO t (name) VALUES ('b')").executeReturningKey());
        assertThat(second).isEqualTo(first + 1);
        String name = database.withHandle(handle -> handle.createQuery("SELECT name FROM t WHERE id = :id")
                .bind("id", second).mapTo(String.class).one());
        assertThat(name).isEqualTo("b");
    }

    @Test
    void findOneIsEmptyForNoRowAndForANullValueAndRefusesTwoRows() {
        database.useHandle(handle -> handle.execute("INSERT INTO t (name, n) VALUES (NULL, 1), ('x', 2), ('y', 2)"));
        Optional<String> none = database.withHandle(handle ->
                handle.createQuery("SELECT name FROM t WHERE n = 9").mapTo(String.class).findOne());
        Optional<String> nullName = database.withHandle(handle ->
                handle.createQuery("SELECT name FROM t WHERE n = 1").mapTo(String.class).findOne());
        assertThat(none).isEmpty();
        assertThat(nullName).isEmpty();
        assertThatThrownBy(() -> database.withHandle(handle ->
                handle.createQuery("SELECT name FROM t WHERE n = 2").mapTo(String.class).findOne()))
                .isInstanceOf(IllegalStateException.class);
        Optional<String> first = database.withHandle(handle -> handle.createQuery(
                "SELECT name FROM t WHERE n = 2 ORDER BY name").mapTo(String.class).findFirst());
        assertThat(first).contains("x");
    }

    @Test
    void aParameterLeftUnboundAndABadStatementAreErrorsThatNameTheStatement() {
        assertThatThrownBy(() -> database.withHandle(handle ->
                handle.createQuery("SELECT name FROM t WHERE n = :n").mapTo(String.class).list()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":n");
        assertThatThrownBy(() -> database.withHandle(handle ->
                handle.createQuery("SELECT name FROM nowhere").mapTo(String.class).list()))
                .isInstanceOf(UncheckedSqlException.class).hasMessageContaining("SELECT name FROM nowhere")
                .hasMessageContaining("no such table");
    }

    @Test
    void aListBindsOneParameterPerValue() {
        database.useHandle(handle -> handle.execute("INSERT INTO t (name, n) VALUES ('a', 1), ('b', 2), ('c', 3), ('d', 4)"));
        List<String> picked = database.withHandle(handle -> handle.createQuery(
                "SELECT name FROM t WHERE n IN (<ns>) AND name <> :not ORDER BY n")
                .bindList("ns", List.of(1, 3, 4)).bind("not", "d").mapTo(String.class).list());
        assertThat(picked).containsExactly("a", "c");
        assertThatThrownBy(() -> database.withHandle(handle -> handle.createQuery("SELECT 1 WHERE 1 IN (<ns>)")
                .bindList("ns", List.of()).mapTo(Integer.class).list())).isInstanceOf(IllegalArgumentException.class);
    }
}
