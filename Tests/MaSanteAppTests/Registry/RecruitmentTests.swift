import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Following a candidate from first contact to departure")
struct RecruitmentTests {
    static func candidate(
        specialty: Specialty? = nil, profession: Profession = .medecinGeneraliste,
        rpps: RPPS? = nil
    ) throws -> RegisterCandidate.Request {
        try RegisterCandidate.Request(
            lastName: " MARTIN ", firstName: "Léa", profession: profession, specialty: specialty,
            rpps: rpps, date: CalendarDate(year: 2026, month: 3, day: 2)!, note: "salon")
    }

    @Test("a candidate is registered at the stage « candidat », name trimmed")
    func registersACandidate() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }

        let person = try RegisterCandidate(db.session).run(Self.candidate())

        #expect(person.lastName == "MARTIN")
        #expect(
            try db.count(
                "SELECT count(*) FROM recruitment_events WHERE person_id = \(person.id) AND stage = 'candidat'") == 1)
    }

    @Test("a specialist without a specialty is refused, naming the field")
    func specialistNeedsASpecialty() {
        #expect(
            throws: RegistryError.fieldRefused(field: "specialite", message: "obligatoire pour un médecin spécialiste")
        ) {
            try Self.candidate(profession: .medecinSpecialiste)
        }
    }

    @Test("an RPPS already given is refused and no candidate is written")
    func duplicateRPPSWritesNothing() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let rpps = try RPPS.parse("10000000017")
        _ = try RegisterCandidate(db.session).run(Self.candidate(rpps: rpps))
        let before = try db.count("SELECT count(*) FROM people")

        #expect(throws: StoreError.self) { try RegisterCandidate(db.session).run(Self.candidate(rpps: rpps)) }
        #expect(try db.count("SELECT count(*) FROM people") == before)
    }

    @Test("a stage moves forward; a step back is refused and nothing is written")
    func movesForwardOnly() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let person = try RegisterCandidate(db.session).run(Self.candidate())
        let day = CalendarDate(year: 2026, month: 4, day: 1)!

        _ = try MoveRecruitmentStage(db.session).run(
            .init(person: "n°\(person.id)", stage: .promesse, date: day, note: nil))
        #expect(throws: StoreError.self) {
            try MoveRecruitmentStage(db.session).run(
                .init(person: "MARTIN Léa", stage: .entretien, date: day, note: nil))
        }
        #expect(try db.count("SELECT count(*) FROM recruitment_events WHERE person_id = \(person.id)") == 2)
    }

    @Test("a departure ends the contract and the assignments; a second one is refused and writes nothing")
    func recordsADepartureOnce() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let day = CalendarDate(year: 2026, month: 6, day: 30)!

        _ = try MoveRecruitmentStage(db.session).run(
            .init(person: "FABRE Lucie", stage: .enPoste, date: day, note: nil))
        let person = try RecordDeparture(db.session).run(.init(person: "FABRE Lucie", date: day, reason: "mutation"))
        let events = try db.count("SELECT count(*) FROM recruitment_events")
        #expect(throws: StoreError.self) {
            try RecordDeparture(db.session).run(.init(person: "FABRE Lucie", date: day.adding(days: 1), reason: nil))
        }

        #expect(person.lastName == "FABRE")
        #expect(
            try db.count("SELECT count(*) FROM contracts WHERE person_id = \(person.id) AND ends_on = '2026-06-30'")
                == 1)
        #expect(
            try db.count("SELECT count(*) FROM assignments WHERE person_id = \(person.id) AND ends_on = '2026-06-30'")
                == 1)
        #expect(try db.count("SELECT count(*) FROM recruitment_events") == events)
    }
}
