import Foundation
import PQ
import Testing

/// `forEachRow` hands rows over one at a time, and cancels cleanly when its body throws.
@Suite struct StreamingTests {
    @Test func streamsFiftyThousandRows() throws {
        let conn = try connect()
        var sum = 0, labels = 0
        let count = try conn.forEachRow("SELECT g, 'ligne ' || g FROM generate_series(1, \(50_000)) g") { row in
            let (n, label) = try row.decode((Int32, String).self)
            sum += Int(n)
            if label == "ligne \(n)" { labels += 1 }
        }
        #expect(count == 50_000)
        #expect(sum == 1_250_025_000)
        #expect(labels == 50_000)
    }

    @Test func throwingFromTheBodyCancelsAndLeavesTheConnectionUsable() throws {
        let conn = try connect()
        var seen = 0
        let started = Date()
        thrownError(Deliberate.self) {
            // In the select list, generate_series streams its rows instead of materializing them first.
            try conn.forEachRow("SELECT generate_series(1, 5000000)") { row in
                seen += 1
                if seen == 10 { throw Deliberate() }
            }
        }
        #expect(seen == 10)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!conn.isInTransaction)
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
        let count = try conn.forEachRow("SELECT 1 UNION ALL SELECT 2") { _ in }
        #expect(count == 2)
    }

    @Test func serverErrorMidStreamIsThrownAndTheConnectionStaysUsable() throws {
        let conn = try connect()
        var seen = 0
        let error = thrownError(PQError.self) {
            try conn.forEachRow("SELECT 10 / (5 - g) FROM generate_series(1, 10) g") { _ in seen += 1 }
        }
        #expect(error?.sqlState?.code == "22012")
        #expect(seen < 5)
        #expect(try conn.scalar("SELECT 42", as: Int32.self) == 42)
    }

    @Test func streamingAnEmptyResultCallsNothing() throws {
        let conn = try connect()
        var called = false
        let count = try conn.forEachRow("SELECT 1 WHERE false") { _ in called = true }
        #expect(count == 0)
        #expect(!called)
    }
}
