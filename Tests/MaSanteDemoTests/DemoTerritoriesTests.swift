import Foundation
import MaSante
import MaSanteDemo
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The demo's communes, zoning and posts: every centre and antenne in a known commune, the example
/// files of docs/exemples saying the same, most centres in ZIP, several in the mountains, a few
/// posts vacant.
@Suite struct DemoTerritoriesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/exemples")

    /// The records of an example file, as the territories importer reads them.
    static func records(_ name: String) throws -> [CommuneRecord] {
        let reader = try CSVReader(data: try Data(contentsOf: examples.appendingPathComponent(name)))
        let columns = try CSVColumns(
            header: try reader.readHeader(), required: CommuneRecord.requiredColumns,
            optional: CommuneRecord.optionalColumns)
        var records: [CommuneRecord] = []
        while let line = try reader.next() {
            let parsed = CommuneRecord.parse(line, columns: columns)
            try #require(parsed.issues.isEmpty, "\(name): \(parsed.issues)")
            records.append(try #require(parsed.record))
        }
        return records
    }

    @Test func theExampleFilesDescribeTheDemoCommunes() throws {
        let demo = try DemoNetwork.history().communes
        let communes = try Self.records("communes.csv")
        let zonings = try Self.records("zonage.csv")
        #expect(
            Set(communes.map { "\($0.insee.code) \($0.name ?? "") \($0.mountain ?? false)" })
                == Set(demo.map { "\($0.insee.code) \($0.name ?? "") \($0.mountain ?? false)" }))
        #expect(
            Set(zonings.map { "\($0.insee.code) \(String(describing: $0.zoning))" })
                == Set(demo.map { "\($0.insee.code) \(String(describing: $0.zoning))" }))
        let network = try DemoNetwork.history()
        let codes = Set(demo.map(\.insee))
        for centre in network.centres {
            #expect(codes.contains(centre.record.insee), "\(centre.record.name)")
            if let antenne = centre.antenne { #expect(codes.contains(try INSEECode.parse(antenne.insee))) }
        }
    }

    @Test func mostCentresAreInZIPSeveralInTheMountainsAndAFewPostsAreVacant() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            try Migrator(connection: conn).migrate()
            try DemoNetworkWriter(connection: conn).load(try DemoNetwork.history())
            let (open, zip, mountain) = try conn.query(
                """
                SELECT count(*), count(*) FILTER (WHERE commune_zoning_on(c.insee_code, '2026-10-31') = 'zip'),
                       count(*) FILTER (WHERE m.mountain)
                FROM centres c JOIN communes m USING (insee_code) WHERE c.opened_on <= '2026-10-31'
                """)[0].decode((Int, Int, Int).self)
            #expect(open == 26)
            #expect(zip * 2 > open, "\(zip) centres ouverts en ZIP sur \(open)")
            #expect((8...18).contains(mountain), "\(mountain) centres en montagne")
            let mountainDepartements = try conn.query(
                """
                SELECT string_agg(DISTINCT c.departement, ' ' ORDER BY c.departement) FROM centres c
                JOIN communes m USING (insee_code) WHERE m.mountain
                """
            ).single(String.self)
            for code in ["09", "12", "48", "65"] { #expect(mountainDepartements.contains(code)) }

            let day = try CalendarDate.parse("2026-10-31")
            let posts = try PostQueries(connection: conn).vacancies(on: day)
            #expect(Set(posts.map(\.centre)).count == 26, "every open centre has posts")
            let vacant = posts.filter { $0.vacant > 0 }
            #expect(!vacant.isEmpty && vacant.count * 2 < posts.count, "\(vacant.count) vacants sur \(posts.count)")
        }
    }
}
