import Foundation
import PQ
import Testing

/// `copyIn` bulk-loads rows in binary COPY format, all or nothing.
@Suite struct CopyTests {
    @Test func copiesOneHundredThousandRowsWithMatchingChecksum() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE mesures (n int8, pris_le timestamptz, libelle text, note text)")
        let start = instant(2026, 3, 29, 0, in: calendar("Europe/Paris"))
        var expectedSum = 0, expectedNulls = 0
        let copied = try conn.copyIn(table: "mesures", columns: ["n", "pris_le", "libelle", "note"]) { writer in
            for i in 0..<100_000 {
                let note: String? = i % 7 == 0 ? nil : "note \(i) é"
                if note == nil { expectedNulls += 1 }
                expectedSum += i * 3 - 50_000
                try writer.writeRow(i * 3 - 50_000, start.addingTimeInterval(Double(i) * 60), "ligne \(i) 🩺", note)
            }
            #expect(writer.rowCount == 100_000)
        }
        #expect(copied == 100_000)
        let (count, sum, nulls, first, last, label) = try conn.query(
            """
            SELECT count(*), sum(n)::int8, count(*) - count(note), min(pris_le), max(pris_le),
                   (SELECT libelle FROM mesures WHERE n = 99999 * 3 - 50000)
            FROM mesures
            """)[0].decode((Int, Int, Int, Date, Date, String).self)
        #expect(count == 100_000)
        #expect(sum == expectedSum)
        #expect(nulls == expectedNulls)
        #expect(first == start)
        #expect(last == start.addingTimeInterval(99_999 * 60))
        #expect(label == "ligne 99999 🩺")
    }

    @Test func stringsOfEveryLengthUpToSeventyBytesArriveWhole() throws {
        // Up to 64 bytes a string field is copied inline, by overlapping chunks of 1, 4, 8 and
        // 16 bytes; each boundary, and the empty string, once in a COPY and once as a parameter.
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE textes (n int8, court text, long text, absent text)")
        let pattern = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-é+🩺".utf8)
        func text(_ length: Int, _ shift: Int) -> String {
            String(decoding: (0..<length).map { pattern[($0 + shift) % 26] }, as: UTF8.self)
        }
        let copied = try conn.copyIn(table: "textes", columns: ["n", "court", "long", "absent"]) { writer in
            for length in 0...70 {
                let absent: String? = length % 2 == 0 ? nil : text(length, 3)
                try writer.writeRow(length, text(length, 0), text(length, 1) + "é" + text(length, 2), absent)
            }
        }
        #expect(copied == 71)
        for length in 0...70 {
            let (short, long, absent) = try conn.query("SELECT court, long, absent FROM textes WHERE n = \(length)")[0]
                .decode((String, String, String?).self)
            #expect(short == text(length, 0), "\(length)")
            #expect(long == text(length, 1) + "é" + text(length, 2), "\(length)")
            #expect(absent == (length % 2 == 0 ? nil : text(length, 3)), "\(length)")
            #expect(try conn.scalar("SELECT \(text(length, 0)) = court FROM textes WHERE n = \(length)", as: Bool.self))
        }
    }

    @Test func copyWhoseBodyThrowsLoadsNothingAndLeavesTheConnectionUsable() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        // More than one flush of data has reached the server before the body fails.
        let error = thrownError(Deliberate.self) {
            try conn.copyIn(table: "t", columns: ["n"]) { writer in
                for i in 0..<50_000 { try writer.writeRow(i) }
                throw Deliberate()
            }
        }
        #expect(error != nil)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
        let copied = try conn.copyIn(table: "t", columns: ["n"]) { try $0.writeRow(1) }
        #expect(copied == 1)
    }

    @Test func copyViolatingAConstraintThrowsTheServerErrorAndLoadsNothing() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8 CONSTRAINT t_n_unique UNIQUE)")
        let error = thrownError(PQError.self) {
            try conn.copyIn(table: "t", columns: ["n"]) { writer in
                for i in 0..<1_000 { try writer.writeRow(i) }
                try writer.writeRow(500)
            }
        }
        #expect(error?.sqlState == .uniqueViolation)
        #expect(error?.kind == .server)
        #expect(error?.constraintName == "t_n_unique")
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
    }

    @Test func rowWithTheWrongNumberOfValuesThrowsAndLoadsNothing() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (a int8, b text)")
        let error = thrownError(PQError.self) {
            try conn.copyIn(table: "t", columns: ["a", "b"]) { writer in
                try writer.writeRow(1, "un")
                try writer.writeRow(2)
            }
        }
        #expect(error?.kind == .client)
        #expect(error?.message.contains("1 values for 2 columns") == true)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
    }

    @Test func aRowThatCannotBeEncodedLeavesNothingBehindForTheRowsAfterIt() throws {
        struct Liar: PostgresEncodable {
            static var postgresType: PostgresType { .text }
            var postgresEncodedSize: Int? { 8 }
            func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendUTF8("court") }
        }
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (a int8, b text)")
        var rejected = 0
        let copied = try conn.copyIn(table: "t", columns: ["a", "b"]) { writer in
            for i in 1...3 {
                do { try writer.writeRow(i, Liar()) } catch { rejected += 1 }
                try writer.writeRow(i, "ligne \(i)")
            }
            #expect(writer.rowCount == 3)
        }
        #expect(rejected == 3)
        #expect(copied == 3)
        #expect(
            try conn.scalar("SELECT string_agg(b, ',' ORDER BY a) FROM t", as: String.self) == "ligne 1,ligne 2,ligne 3"
        )
    }

    @Test func copyOfAValueOfTheWrongTypeIsRejectedByTheServer() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (a int4)")
        let error = thrownError(PQError.self) {
            try conn.copyIn(table: "t", columns: ["a"]) { try $0.writeRow(Int(7)) } // int8 bytes for an int4
        }
        #expect(error?.kind == .server)
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
        let copied = try conn.copyIn(table: "t", columns: ["a"]) { try $0.writeRow(Int32(7)) }
        #expect(copied == 1)
    }

    @Test func copyIntoAQuotedSchemaAndColumnNames() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE \"Relevés\" (\"Valeur\" int8, \"jour de\" date)")
        let day = PostgresDate(year: 2024, month: 2, day: 29)!
        let copied = try conn.copyIn(table: "Relevés", schema: "pg_temp", columns: ["Valeur", "jour de"]) {
            try $0.writeRow(5, day)
            try $0.writeRow(6, PostgresDate?.none)
        }
        #expect(copied == 2)
        #expect(
            try conn.scalar("SELECT \"jour de\" FROM \"Relevés\" WHERE \"Valeur\" = 5", as: PostgresDate.self) == day)
    }

    @Test func copyInsideATransactionIsUndoneByItsRollback() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        thrownError(Deliberate.self) {
            try conn.transaction {
                try conn.copyIn(table: "t", columns: ["n"]) { try $0.writeRow(1) }
                #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
                throw Deliberate()
            }
        }
        #expect(try conn.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }
}
