import Foundation
import PQ
import Testing

/// Reading results: `single`, columns by name, tuples, command tags.
@Suite struct ResultAccessTests {
    @Test func singleReturnsTheOnlyValue() throws {
        let conn = try connect()
        #expect(try conn.query("SELECT 'seul'::text").single(String.self) == "seul")
    }

    @Test func singleThrowsForZeroRowsTwoRowsOrTwoColumns() throws {
        let conn = try connect()
        for sql: Query in ["SELECT 1 WHERE false", "SELECT 1 UNION ALL SELECT 2", "SELECT 1, 2"] {
            let result = try conn.query(sql)
            let error = try #require(throws: PQError.self) { try result.single(Int32.self) }
            #expect(error.kind == .client)
        }
    }

    @Test func decodeByNameFindsCaseSensitiveAndQuotedNames() throws {
        let conn = try connect()
        let row = try conn.query("SELECT 1::int8 AS id, 'Anne'::text AS \"Prénom\", 3::int4 AS \"a\"\"b\"")[0]
        #expect(try row.decode(Int.self, named: "id") == 1)
        #expect(try row.decode(String.self, named: "Prénom") == "Anne")
        #expect(try row.decode(Int.self, named: "a\"b") == 3)
        #expect(row.result.columnNames == ["id", "Prénom", "a\"b"])
    }

    @Test func decodeByAMissingNameThrows() throws {
        let conn = try connect()
        let row = try conn.query("SELECT 1::int8 AS id, 2::int8 AS \"Nom\"")[0]
        let error = try #require(throws: PostgresDecodingError.self) { try row.decode(Int.self, named: "absent") }
        #expect(error.columnName == "absent")
        #expect(error.reason == "no such column")
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int.self, named: "nom") }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: 2) }
        #expect(throws: PostgresDecodingError.self) { try row.decode(Int.self, column: -1) }
    }

    @Test func decodeWithATupleOfTheWrongArityThrows() throws {
        let conn = try connect()
        let row = try conn.query("SELECT 1::int8, 'deux'::text, true")[0]
        #expect(throws: PostgresDecodingError.self) { try row.decode((Int, String).self) }
        #expect(throws: PostgresDecodingError.self) { try row.decode((Int, String, Bool, Int).self) }
        let (one, two, three) = try row.decode((Int, String, Bool).self)
        #expect(one == 1 && two == "deux" && three)
    }

    @Test func everyTupleSizeUpToEightDecodesInOrderAndChecksTheColumnCount() throws {
        let conn = try connect()
        let row = try conn.query("SELECT 1::int8, 2::int8, 3::int8, 4::int8, 5::int8, 6::int8, 7::int8, 'huit'")[0]
        let (a, b, c, d, e, f, g, h) = try row.decode((Int, Int, Int, Int, Int, Int, Int, String).self)
        #expect([a, b, c, d, e, f, g] == [1, 2, 3, 4, 5, 6, 7] && h == "huit")
        for decode in [
            { _ = try row.decode((Int, Int).self) }, { _ = try row.decode((Int, Int, Int, Int, Int, Int, Int).self) },
        ] {
            let error = try #require(throws: PostgresDecodingError.self, performing: decode)
            #expect(error.reason == "row has 8 columns")
        }
    }

    @Test func resultIsACollectionOfRows() throws {
        let conn = try connect()
        let result = try conn.query("SELECT g::int8, g * 2 FROM generate_series(1, 5) g")
        #expect(result.count == 5)
        #expect(result.columnCount == 2)
        let firsts = try result.map { try $0.decode(Int.self, column: 0) }
        #expect(firsts == [1, 2, 3, 4, 5])
        #expect(try result[4].decode(Int32.self, column: 1) == 10)
        #expect(result.columnIndex(named: "g") == 0)
        #expect(result.columnIndex(named: "nope") == nil)
    }

    @Test func commandTagAndAffectedRows() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        let insert = try conn.query("INSERT INTO t SELECT generate_series(1, 7)")
        #expect(insert.commandTag == "INSERT 0 7")
        #expect(insert.affectedRows == 7)
        #expect(try conn.execute("UPDATE t SET n = n + 1 WHERE n > 4") == 3)
        #expect(try conn.execute("DELETE FROM t") == 7)
        #expect(try conn.query("SELECT 1").affectedRows == 1)
    }

    @Test func runScriptRunsSeveralStatementsAndStopsAtTheFirstError() throws {
        let conn = try connect()
        try conn.runScript("CREATE TEMP TABLE t (n int8); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 2)
        let error = try #require(throws: PQError.self) {
            try conn.runScript("INSERT INTO t VALUES (3); SELECT 1/0; INSERT INTO t VALUES (4);")
        }
        #expect(error.sqlState?.code == "22012")
        // The script runs as one implicit transaction: nothing of it is kept.
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 2)
    }

    @Test func emptyQueryIsAClientError() throws {
        let conn = try connect()
        let error = try #require(throws: PQError.self) { try conn.query("") }
        #expect(error.kind == .client)
    }
}
