import Foundation
import PQ
import Synchronization
import Testing

// Shared helpers. Every test opens its own connection and works in TEMP tables, or in
// tables with a unique name when a second connection must see them, so tests can run
// in parallel against the one server named by the PG* environment (`scripts/db env`).

/// Opens a connection to the test server named by the PG* environment.
func connect() throws -> Connection {
    try Connection()
}

/// The test environment's variables (PGHOST, PGDATABASE…).
let environment = ProcessInfo.processInfo.environment

/// Echoes each value through `SELECT $1::sqlType`, stores it in a temp column of that
/// type, reads the column back, and does the same with `nil`.
func expectRoundTrip<T: PostgresEncodable & PostgresDecodable & Equatable>(
    _ values: [T], as sqlType: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let conn = try connect()
    try conn.execute("CREATE TEMP TABLE v (i int4, x \(unsafeRaw: sqlType))")
    for (index, value) in values.enumerated() {
        #expect(
            try conn.scalar("SELECT \(value)::\(unsafeRaw: sqlType)", as: T.self) == value,
            sourceLocation: sourceLocation)
        #expect(
            try conn.scalar("SELECT \(Optional(value))::\(unsafeRaw: sqlType)", as: T?.self) == value,
            sourceLocation: sourceLocation)
        try conn.execute("INSERT INTO v VALUES (\(Int32(index)), \(value))")
    }
    try conn.execute("INSERT INTO v VALUES (-1, \(T?.none))")

    let stored = try conn.query("SELECT x FROM v WHERE i >= 0 ORDER BY i").map { try $0.decode(T.self, column: 0) }
    #expect(stored == values, sourceLocation: sourceLocation)
    #expect(try conn.scalar("SELECT x IS NULL FROM v WHERE i = -1", as: Bool.self), sourceLocation: sourceLocation)
    #expect(try conn.scalar("SELECT x FROM v WHERE i = -1", as: T?.self) == nil, sourceLocation: sourceLocation)
    #expect(
        try conn.scalar("SELECT \(T?.none)::\(unsafeRaw: sqlType)", as: T?.self) == nil,
        sourceLocation: sourceLocation)
}

/// A name used by no other test or run, for an object several connections share.
func uniqueName(_ prefix: String) -> String {
    prefix + "_" + UUID().uuidString.lowercased().split(separator: "-").joined()
}

/// Creates a regular (non-temporary) table that other connections can see, runs `body`,
/// then drops it.
func withSharedTable<T>(
    _ prefix: String, columns: String, on conn: Connection, _ body: (String) throws -> T
) throws -> T {
    let name = uniqueName(prefix)
    try conn.execute("CREATE TABLE \(identifier: name) (\(unsafeRaw: columns))")
    defer { _ = try? conn.execute("DROP TABLE IF EXISTS \(identifier: name)") }
    return try body(name)
}

extension Connection {
    /// The only value of a one-row, one-column query.
    func scalar<Value: PostgresDecodable>(_ query: Query, as type: Value.Type = Value.self) throws -> Value {
        try self.query(query).single(Value.self)
    }

    /// Terminates the backend `pid` and waits until the server has really let it go.
    func terminateBackend(_ pid: Int) throws {
        let terminated = try scalar("SELECT pg_terminate_backend(\(Int32(pid)))", as: Bool.self)
        #expect(terminated)
        try waitUntil("backend \(pid) is gone") {
            try scalar("SELECT count(*) FROM pg_stat_activity WHERE pid = \(Int32(pid))", as: Int.self) == 0
        }
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var description: String
}

/// Polls `condition` every 2 ms until it holds; throws after `seconds`.
func waitUntil(_ what: String, seconds: Double = 5, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while try !condition() {
        guard Date() < deadline else { throw TimedOut(description: "timed out waiting until \(what)") }
        usleep(2_000)
    }
}

/// A value shared with a background thread.
final class Shared<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>
    init(_ value: Value) { storage = Mutex(value) }
    var value: Value { storage.withLock { $0 } }
    func update(_ change: (inout Value) -> Void) { storage.withLock { change(&$0) } }
}

/// An error thrown on purpose by a test body.
struct Deliberate: Error, Equatable {}

/// A calendar in the time zone with this identifier.
func calendar(_ identifier: String) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: identifier)!
    return calendar
}

/// The instant with these wall-clock numbers in `calendar`'s time zone.
func instant(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0,
    in calendar: Calendar
) -> Date {
    calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

/// The error `body` throws, when it is an `E`; records an issue otherwise.
///
/// Used instead of `#expect(throws:)` when `body` itself contains closures: Swift 6.3 can give
/// a closure written inside a macro's argument the same symbol as a sibling closure outside
/// it, and then silently run the wrong one (seen here: a later `conn.transaction { … }` ran
/// the body of the one inside `#expect(throws:)`).
@discardableResult
func thrownError<E: Error, R>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, by body: () throws -> R
) -> E? {
    do {
        _ = try body()
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected \(E.self), got \(error)", sourceLocation: sourceLocation)
        return nil
    }
    Issue.record("expected \(E.self) to be thrown", sourceLocation: sourceLocation)
    return nil
}
