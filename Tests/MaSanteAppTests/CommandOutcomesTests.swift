import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import Testing

@Suite("Use cases that the CLI runs whole")
struct CommandOutcomesTests {
    @Test("the goal and the report's targets are each said once saved, in the request's order")
    func goalAndTargetsAreSaidInOrder() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let request = try SetRecruitmentGoal.Request(
            target: 210, deadline: nil, openingsPerYear: 12, yearTarget: (2027, .sageFemme, 3))
        var said: [String] = []

        try db.as(.region) { try SetRecruitmentGoal(db.session).run(request) { said.append($0) } }

        #expect(said.count == 3)
        #expect(said.first?.hasPrefix("Objectif : 210 professionnels de santé recrutés au ") == true)
        #expect(try SetRecruitmentGoal(db.session).run(.init()).target == 210)
    }

    @Test(
        "a slot rule keeps the value not given, goes back to the standard on reset, and is only read without a change")
    func slotRuleChangesOnlyWhatIsGiven() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let centre = try PlanningQueries(db.session).centre(named: "Millas")
        let rules = ChangeSlotRules(db.session)
        let standard = try rules.change(nil, length: nil, endMargin: nil, reset: false, centre: centre)

        let longer = try rules.change(.consultation, length: 30, endMargin: nil, reset: false, centre: centre)
        let margin = try rules.change(.consultation, length: nil, endMargin: 10, reset: false, centre: centre)
        let reset = try rules.change(.consultation, length: nil, endMargin: nil, reset: true, centre: centre)

        #expect(longer[.consultation].length == 30)
        #expect(longer[.consultation].endMargin == standard[.consultation].endMargin)
        #expect(margin[.consultation].length == 30 && margin[.consultation].endMargin == 10)
        #expect(reset[.consultation] == standard[.consultation])
        let read = try rules.change(.consultation, length: nil, endMargin: nil, reset: false, centre: centre)
        #expect(read[.consultation] == standard[.consultation])
    }

    @Test("a previewed proposal is said, then the notice, and nothing is written")
    func previewSaysTheProposalAndWritesNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            var said: [String] = []
            let request = ProposeWeek.Request(centre: network.millas, week: PlanningNetwork.week, seconds: 1)

            try ProposeWeek(network.session).propose(request, preview: true) { said.append($0) }

            #expect(said.count == 2)
            #expect(said.first?.contains("Centre de santé de Millas") == true)
            #expect(said.last == ProposeWeek.previewNotice)
            #expect(try network.state() == before)
        }
    }

    @Test("one person's recruitment is their name, then each dated stage; an unknown person is refused")
    func recruitmentHistoryNamesThePersonThenTheStages() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let person = try RegisterCandidate(db.session).run(RecruitmentTests.candidate())
        let day = try CalendarDate.parse("2026-04-01")
        _ = try MoveRecruitmentStage(db.session).run(
            .init(person: "n°\(person.id)", stage: .entretien, date: day, note: "visio"))

        let lines = try ReadRecruitment(db.session).history(of: "n°\(person.id)")

        #expect(lines.first == "\(person.display), \(person.profession.label)")
        #expect(lines.last == "  \(day.french)  \(RecruitmentStage.entretien.label) — visio")
        #expect(throws: (any Error).self) { try ReadRecruitment(db.session).history(of: "PERSONNE Inconnue") }
        #expect(try ReadRecruitment(db.session).pipeline(stage: nil, format: .texte).hasSuffix(" personne(s)\n"))
    }
}
