import Foundation
import PQ
import Testing

/// A String is sent untyped, so the server reads it as whatever type the statement expects
/// (an enum label, a date, an int…), parsing its text; it is never misread as binary.
@Suite struct UntypedStringTests {
    @Test func enumValueInsertedFromString() throws {
        let conn = try connect()
        try conn.execute("CREATE TYPE pg_temp.humeur AS ENUM ('calme', 'énervé', 'épuisé 😴')")
        try conn.execute("CREATE TEMP TABLE journal (id int4, h humeur)")
        for (index, label) in ["calme", "énervé", "épuisé 😴"].enumerated() {
            try conn.execute("INSERT INTO journal VALUES (\(Int32(index)), \(label))")
        }
        let labels = try conn.query("SELECT h FROM journal ORDER BY h").map { try $0.decode(String.self, column: 0) }
        #expect(labels == ["calme", "énervé", "épuisé 😴"])
        #expect(try conn.scalar("SELECT count(*) FROM journal WHERE h = \("énervé")", as: Int.self) == 1)

        let error = try #require(throws: PQError.self) {
            try conn.execute("INSERT INTO journal VALUES (9, \("joyeux"))")
        }
        #expect(error.sqlState == .invalidTextRepresentation)
    }

    @Test func stringInferredAsNumberIsParsedNotReadAsBytes() throws {
        let conn = try connect()
        // In binary, the four bytes of "1234" would read as the int4 825373492.
        #expect(try conn.scalar("SELECT \("1234")::int4", as: Int.self) == 1234)
        #expect(try conn.scalar("SELECT \("12345678")::int8", as: Int.self) == 12_345_678)
        #expect(try conn.scalar("SELECT \("-7")::int2", as: Int16.self) == -7)
        #expect(try conn.scalar("SELECT \("f")::bool", as: Bool.self) == false)
        #expect(try conn.scalar("SELECT \("2.5")::float8", as: Double.self) == 2.5)
    }

    @Test func stringInferredAsDateUUIDOrJSONBIsParsed() throws {
        let conn = try connect()
        #expect(try conn.scalar("SELECT \("2024-02-29")::date", as: PostgresDate.self).description == "2024-02-29")
        let uuid = UUID()
        #expect(try conn.scalar("SELECT \(uuid.uuidString)::uuid", as: UUID.self) == uuid)
        try conn.execute("CREATE TEMP TABLE docs (d jsonb)")
        try conn.execute("INSERT INTO docs VALUES (\("{\"nom\": \"Éloïse\"}"))")
        #expect(try conn.scalar("SELECT d ->> 'nom' FROM docs", as: String.self) == "Éloïse")
        #expect(try conn.scalar("SELECT d FROM docs", as: String.self) == "{\"nom\": \"Éloïse\"}")
    }

    @Test func malformedStringForATypedContextIsRejected() throws {
        let conn = try connect()
        let error = try #require(throws: PQError.self) { try conn.query("SELECT \("douze")::int4") }
        #expect(error.sqlState == .invalidTextRepresentation)
    }
}
