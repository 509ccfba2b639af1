import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Adding and changing a centre")
struct CentreActionsTests {
    static func fields(name: String, commune: String? = "Ille-sur-Têt", insee: String? = "66088") -> FieldRecord {
        FieldRecord(values: [
            ("nom", name), ("commune", commune), ("code_insee", insee), ("departement", "66"),
            ("statut", "en_preparation"), ("date_ouverture", nil), ("partenaire", nil),
            ("lundi", "08:30-12:30"), ("mardi", nil), ("mercredi", nil), ("jeudi", nil),
            ("vendredi", nil), ("samedi", nil),
        ])
    }

    @Test("a new centre is added with its opening hours")
    func addsACentre() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }

        let saved = try AddCentre(db.session).run(Self.fields(name: "Centre de santé d'Ille-sur-Têt"))

        #expect(saved.unchanged == false)
        #expect(
            try db.count(
                "SELECT count(*) FROM centres c JOIN opening_hours o ON o.centre_id = c.id WHERE c.commune = 'Ille-sur-Têt'"
            ) == 1)
    }

    @Test("adding a name already taken is refused and the centre is left as it was")
    func existingNameIsRefused() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let hours = try db.count("SELECT count(*) FROM opening_hours")

        #expect(throws: RegistryError.centreExists("centre de santé de millas")) {
            try AddCentre(db.session).run(Self.fields(name: "centre de santé de millas"))
        }
        #expect(try db.count("SELECT count(*) FROM opening_hours") == hours)
        #expect(try db.count("SELECT count(*) FROM centres WHERE commune = 'Millas'") == 1)
    }

    @Test("a change touches only the fields given")
    func changesOnlyTheFieldsGiven() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let change = FieldRecord(values: [("nom", "Centre de santé de Thuir"), ("partenaire", nil), ("samedi", "")])

        _ = try ModifyCentre(db.session).run(centre: "Centre de santé de Thuir", change)

        #expect(
            try db.count(
                """
                SELECT count(*) FROM opening_hours o JOIN centres c ON c.id = o.centre_id WHERE c.name = 'Centre de santé de Thuir'
                """) == 10)
        #expect(try db.count("SELECT count(*) FROM centres WHERE commune = 'Thuir' AND insee_code = '66210'") == 1)
    }

    @Test("an unknown centre or a refused field changes nothing")
    func refusedChangeWritesNothing() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let hours = try db.count("SELECT count(*) FROM opening_hours")

        #expect(throws: RegistryError.self) {
            try ModifyCentre(db.session).run(centre: "Centre de Nulle-Part", Self.fields(name: "Centre de Nulle-Part"))
        }
        #expect(throws: RegistryError.self) {
            try ModifyCentre(db.session).run(
                centre: "Centre de santé de Millas",
                FieldRecord(values: [("nom", "Centre de santé de Millas"), ("lundi", "25:00-26:00")]))
        }
        #expect(try db.count("SELECT count(*) FROM opening_hours") == hours)
    }
}
