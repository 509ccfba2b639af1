import Foundation
import PQ
import Testing

/// Prepared statements: typed parameters, arity checked on the client, deallocation.
@Suite struct PreparedStatementTests {
    @Test func parameterTypesFixTheServerTypes() throws {
        let conn = try connect()
        let statement = try conn.prepare(
            "SELECT pg_typeof($1)::text, pg_typeof($2)::text, pg_typeof($3)::text, $1",
            parameterTypes: [Int16.self, Date.self, Decimal.self])
        let (first, second, third, echoed) = try conn.query(statement, Int16(7), Date(), Decimal(string: "1.5")!)[0]
            .decode((String, String, String, Int16).self)
        #expect(first == "smallint")
        #expect(second == "timestamp with time zone")
        #expect(third == "numeric")
        #expect(echoed == 7)
    }

    @Test func preparedStatementRunsManyTimes() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8, s text)")
        let insert = try conn.prepare("INSERT INTO t VALUES ($1, $2)", parameterTypes: [Int.self, String?.self])
        for i in 0..<20 { #expect(try conn.execute(insert, i, i.isMultiple(of: 2) ? "pair" : nil) == 1) }
        #expect(try conn.scalar("SELECT count(s) FROM t", as: Int.self) == 10)
    }

    @Test func wrongArityThrowsAClientErrorBeforeReachingTheServer() throws {
        let conn = try connect()
        let statement = try conn.prepare("SELECT $1::int8 + $2::int8", parameterTypes: [Int.self, Int.self])
        try conn.execute("BEGIN")
        let tooFew = try #require(throws: PQError.self) { try conn.query(statement, 1) }
        #expect(tooFew.kind == .client)
        #expect(tooFew.sqlState == nil)
        let tooMany = try #require(throws: PQError.self) { try conn.query(statement, 1, 2, 3) }
        #expect(tooMany.kind == .client)
        let wrongType = try #require(throws: PQError.self) { try conn.query(statement, 1, Int32(2)) }
        #expect(wrongType.kind == .client)
        // Had they reached the server, the transaction would now be aborted (25P02).
        #expect(try conn.query(statement, 40, 2).single(Int.self) == 42)
        try conn.execute("COMMIT")
    }

    @Test func deallocatedStatementCannotRunAndItsNameCanBeReused() throws {
        let conn = try connect()
        let statement = try conn.prepare("SELECT 1", name: "le \"mien\"")
        #expect(statement.name == "le \"mien\"")
        #expect(try conn.query(statement).single(Int32.self) == 1)
        try conn.deallocate(statement)
        let error = try #require(throws: PQError.self) { try conn.query(statement) }
        #expect(error.sqlState?.code == "26000")
        let again = try conn.prepare("SELECT 2", name: "le \"mien\"")
        #expect(try conn.query(again).single(Int32.self) == 2)
    }

    @Test func preparingInvalidSQLThrowsTheServerError() throws {
        let conn = try connect()
        let error = try #require(throws: PQError.self) { try conn.prepare("SELEC $1") }
        #expect(error.sqlState == .syntaxError)
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
    }

    @Test func statementsGetDistinctGeneratedNames() throws {
        let conn = try connect()
        let a = try conn.prepare("SELECT 1"), b = try conn.prepare("SELECT 2")
        #expect(a.name != b.name)
        #expect(try conn.query(b).single(Int32.self) == 2)
        #expect(try conn.query(a).single(Int32.self) == 1)
    }
}
