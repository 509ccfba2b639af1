import PQ
import Testing

/// Records read from rows by column name (`RowDecodable`), whatever the order of the columns.
@Suite struct RowDecodableTests {
    struct Centre: RowDecodable, Equatable {
        var id: Int
        var name: String
        var closedOn: PostgresDate?

        init(id: Int, name: String, closedOn: PostgresDate? = nil) {
            self.id = id
            self.name = name
            self.closedOn = closedOn
        }

        init(row: Row) throws {
            id = try row.decode(named: "id")
            name = try row.decode(named: "name")
            closedOn = try row.decode(named: "closed_on")
        }
    }

    @Test func aRecordReadsItsColumnsByNameInAnyOrder() throws {
        let conn = try connect()
        let centres = try conn.fetch(
            Centre.self,
            """
            SELECT * FROM (VALUES ('Millas', NULL::date, 1::int8), ('Thuir', date '2026-01-31', 2::int8))
                AS t(name, closed_on, id) ORDER BY id
            """)
        #expect(
            centres == [
                Centre(id: 1, name: "Millas"),
                Centre(id: 2, name: "Thuir", closedOn: PostgresDate(year: 2026, month: 1, day: 31)!),
            ])
    }

    @Test func fetchOneGivesNilForNoRowAndRefusesTwo() throws {
        let conn = try connect()
        #expect(
            try conn.fetchOne(
                Centre.self, "SELECT 1::int8 AS id, 'x'::text AS name, NULL::date AS closed_on WHERE false") == nil)
        let two = "SELECT g::int8 AS id, 'x'::text AS name, NULL::date AS closed_on FROM generate_series(1, 2) g"
        #expect(throws: PQError.self) { try conn.fetchOne(Centre.self, Query(unsafeSQL: two)) }
    }

    @Test func aMissingColumnNamesItselfInTheError() throws {
        let conn = try connect()
        let error = try #require(throws: PostgresDecodingError.self) {
            try conn.fetch(Centre.self, "SELECT 1::int8 AS id, 'x'::text AS name")
        }
        #expect(error.columnName == "closed_on")
    }
}
