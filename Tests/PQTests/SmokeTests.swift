import Foundation
import PQ
import Testing

@Suite struct SmokeTests {
    @Test func selectsBoundValuesBack() throws {
        let conn = try connect()
        let name = "Élodie 🩺"
        let row = try conn.query("SELECT \(42)::int8, \(name), \(Date(timeIntervalSince1970: 0)), \(PostgresDate(year: 2022, month: 7, day: 1)!)")[0]
        let (n, s, d, day) = try row.decode((Int, String, Date, PostgresDate).self)
        #expect(n == 42)
        #expect(s == name)
        #expect(d == Date(timeIntervalSince1970: 0))
        #expect(day.description == "2022-07-01")
    }

    @Test func copiesAndPipelines() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (a int8, b text)")
        let copied = try conn.copyIn(table: "t", columns: ["a", "b"]) { writer in
            for i in 0..<1000 { try writer.writeRow(i, "row \(i)") }
        }
        #expect(copied == 1000)
        let insert = try conn.prepare("INSERT INTO t VALUES ($1, $2)", parameterTypes: [Int.self, String.self])
        let summary = try conn.pipeline { batch in
            for i in 0..<500 { try batch.execute(insert, i, "p\(i)") }
        }
        #expect(summary.affectedRows == 500)
        var seen = 0
        try conn.forEachRow("SELECT a FROM t") { row in seen += try row.decode(Int.self, column: 0) >= 0 ? 1 : 0 }
        #expect(seen == 1500)
    }
}
