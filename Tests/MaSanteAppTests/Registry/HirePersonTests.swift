import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Hiring a person directly")
struct HirePersonTests {
    static func fields(centre: String = "Centre de santé de Millas", start: String = "2026-03-02") -> FieldRecord {
        FieldRecord(values: [
            ("nom", "NOUVEAU"), ("prenom", "Jean"), ("profession", "secretaire_medical"), ("specialite", nil),
            ("rpps", ""), ("centre", centre), ("date_embauche", start), ("heures_hebdo", "28"),
            ("type_contrat", nil), ("date_fin", nil),
        ])
    }

    @Test("the person, their contract and their centre are saved; saving again changes nothing")
    func hiresOnceAndRecognisesTheSamePerson() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }

        let first = try HirePerson(db.session).run(HirePerson.Request(Self.fields()))
        let again = try HirePerson(db.session).run(HirePerson.Request(Self.fields()))

        #expect(first.alreadyRecorded == false && again.alreadyRecorded)
        #expect(
            try db.count(
                """
                SELECT count(*) FROM people p JOIN contracts c ON c.person_id = p.id JOIN assignments a ON a.contract_id = c.id
                WHERE p.last_name = 'NOUVEAU' AND c.weekly_hours = 28
                """) == 1)
    }

    @Test("a field the import refuses is named, before anything is written")
    func refusedFieldIsNamed() {
        do {
            _ = try HirePerson.Request(Self.fields(start: "31/02/2026"))
            Issue.record("the request should have been refused")
        } catch {
            guard case .invalidFields(let issues) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(issues.map(\.column) == ["date_embauche"])
        }
    }

    @Test("an unknown centre refuses the hire and nothing is written")
    func unknownCentreWritesNothing() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let before = try db.count("SELECT count(*) FROM people")

        #expect(throws: RegistryError.self) {
            try HirePerson(db.session).run(HirePerson.Request(Self.fields(centre: "Centre de santé de Nulle-Part")))
        }
        #expect(try db.count("SELECT count(*) FROM people") == before)
    }
}
