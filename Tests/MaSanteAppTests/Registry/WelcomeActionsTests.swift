import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Welcome checklists: opened at the hire, ticked, counted in the report, guarded by the database")
struct WelcomeActionsTests {
    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    /// DENIS (GP, Millas) hired on 2026-09-01 through the pipeline, which opens his checklist.
    static func hireDenis(_ db: RegistryDatabase) throws {
        _ = try db.as(.rh) {
            try MoveRecruitmentStage(db.session).run(
                .init(person: "DENIS Karim", stage: .embauche, date: Self.day("2026-09-01"), note: nil))
        }
    }

    static func tick(
        _ item: String, _ status: WelcomeStatus = .fait, on day: String? = "2026-09-02", person: String = "DENIS Karim"
    ) throws -> RecruitWelcome.Tick {
        try RecruitWelcome.Tick(
            person: person, item: item, status: status, day: day.map(Self.day), note: nil,
            today: Self.day("2026-12-01"))
    }

    @Test("the hire opens the checklist from the profession's template; ticking closes items; the progress follows")
    func theHireOpensTheChecklist() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try Self.hireDenis(db)
        let checklist = try RecruitWelcome(db.session).checklist(person: "DENIS Karim")
        #expect(checklist.start == Self.day("2026-09-01"))
        #expect(checklist.items.count == 17)
        #expect(checklist.items.contains { $0.item.step.label == "Inscription au tableau de l'Ordre des médecins" })
        #expect(checklist.progress(on: Self.day("2026-09-01")) == .enCours)
        #expect(checklist.progress(on: Self.day("2026-09-02")) == .enRetard)

        let (_, item) = try db.as(.rh) { try RecruitWelcome(db.session).tick(Self.tick("clés")) }
        #expect(item.step.label == "Remise des clés et des badges" && item.closedOn == Self.day("2026-09-02"))
        _ = try db.as(.rh) { try RecruitWelcome(db.session).tick(Self.tick("3", .sansObjet)) }
        #expect(try db.count("SELECT count(*) FROM welcome_items WHERE status <> 'a_faire'") == 2)
        #expect {
            try db.as(.rh) { try RecruitWelcome(db.session).tick(Self.tick("du")) }
        } throws: { "\($0)".contains("désigne plusieurs éléments") }
        #expect {
            try db.as(.rh) { try RecruitWelcome(db.session).tick(Self.tick("vacances")) }
        } throws: { "\($0)".contains("aucun élément « vacances »") }
        #expect {
            try db.as(.rh) { try RecruitWelcome(db.session).open(person: "DENIS Karim", start: nil) }
        } throws: { "\($0)".contains("a déjà une liste d'accueil (depuis le 01/09/2026, 17 élément(s))") }
        #expect {
            try db.as(.rh) { try RecruitWelcome(db.session).open(person: "FABRE Lucie", start: nil) }
        } throws: { "\($0)".contains("n'est pas embauché·e") }
    }

    @Test("a day to come, a day to reopen, a bad note are refused before anything is written")
    func badTicksAreRefused() throws {
        #expect(
            throws: RegistryError.fieldRefused(
                field: "le", message: "le 02/12/2026 est à venir : un élément se coche une fois fait")
        ) {
            try Self.tick("clés", on: "2026-12-02")
        }
        #expect(throws: RegistryError.self) { try Self.tick("clés", .aFaire, on: "2026-11-02") }
        #expect(try Self.tick("clés", on: nil).day == Self.day("2026-12-01"))
        #expect(try Self.tick("clés", .aFaire, on: nil).day == nil)
    }

    @Test("HR edits a template: added to one profession, changed, removed; open checklists keep their items")
    func hrEditsTheTemplate() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try Self.hireDenis(db)
        let request = try EditWelcomeTemplate.Request(
            label: "Présentation à l'équipe du SAMU", group: .premierJour, owner: .responsable,
            offset: DueOffset(days: 7)!, professions: [.medecinGeneraliste])
        let outcome = try db.as(.rh) { try EditWelcomeTemplate(db.session).run(request) }
        #expect(outcome.added == 1 && outcome.changed == 0)
        let moved = try EditWelcomeTemplate.Request(
            label: "présentation à l'équipe du SAMU", group: .premierJour, owner: .rh, offset: DueOffset(days: 14)!,
            professions: [.medecinGeneraliste])
        #expect(try db.as(.rh) { try EditWelcomeTemplate(db.session).run(moved) }.changed == 1)
        let steps = try EditWelcomeTemplate(db.session).steps(of: .medecinGeneraliste)
        #expect(steps.contains { $0.step.label == "Présentation à l'équipe du SAMU" && $0.step.offset.days == 14 })
        #expect(try EditWelcomeTemplate(db.session).steps(of: .infirmier).count == 17)
        #expect(
            try db.as(.rh) { try EditWelcomeTemplate(db.session).remove(label: "Logement trouvé", professions: []) }
                == 5)
        #expect(throws: StoreError.self) {
            try db.as(.rh) { try EditWelcomeTemplate(db.session).remove(label: "Logement trouvé", professions: []) }
        }
        #expect(throws: RegistryError.self) {
            try EditWelcomeTemplate.Request(
                label: " ", group: .administratif, owner: .rh, offset: .zero, professions: [])
        }
        #expect(try RecruitWelcome(db.session).checklist(person: "DENIS Karim").items.count == 17)
    }

    @Test(
        "the database refuses an unknown checklist, a status or offset outside the rules, a non-recruit, a day to come")
    func theDatabaseGuardsTheChecklists() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try Self.hireDenis(db)
        let denis = try db.count("SELECT id FROM people WHERE last_name = 'DENIS'")
        let fabre = try db.count("SELECT id FROM people WHERE last_name = 'FABRE'")
        let checklist = try db.count("SELECT id FROM welcome_checklists")
        let refusals: [(String, String)] = [
            (
                "INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset) VALUES (\(checklist + 99), \(denis), 'X', 'administratif', 'rh', 0)",
                "welcome_items_checklist_fkey"
            ),
            (
                "INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset) VALUES (\(checklist), \(fabre), 'X', 'administratif', 'rh', 0)",
                "welcome_items_checklist_fkey"
            ),
            (
                "INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset) VALUES (\(checklist), \(denis), 'X', 'administratif', 'rh', 400)",
                "welcome_items_due_offset_check"
            ),
            (
                "UPDATE welcome_items SET status = 'fait' WHERE checklist_id = \(checklist)",
                "welcome_items_closed_has_date"
            ),
            (
                "UPDATE welcome_items SET status = 'fait', done_on = current_date + 2 WHERE checklist_id = \(checklist)",
                "welcome_items_done_not_future"
            ),
            (
                "INSERT INTO welcome_checklists (person_id, starts_on) VALUES (\(fabre), '2026-09-01')",
                "welcome_checklists_for_recruits"
            ),
            (
                "INSERT INTO welcome_template_items (profession, label, item_group, owner, due_offset) VALUES ('infirmier', 'logement TROUVÉ', 'installation', 'commune', 0)",
                "welcome_template_items_label_key"
            ),
        ]
        for (statement, constraint) in refusals {
            #expect {
                try db.session.transaction { try db.session.connection.execute(Query(unsafeSQL: statement)) }
            } throws: { error in
                (error as? PQError)?.constraintName == constraint
            }
        }
        #expect {
            try db.session.transaction {
                try db.session.connection.execute(
                    "UPDATE welcome_items SET status = 'termine'::welcome_status WHERE checklist_id = \(checklist)")
            }
        } throws: { ($0 as? PQError)?.sqlState == .invalidTextRepresentation }
        #expect(try db.count("SELECT count(*) FROM welcome_items WHERE status <> 'a_faire'") == 0)
        #expect(try db.count("SELECT count(*) FROM welcome_checklists") == 1)
        #expect(try db.count("SELECT count(*) FROM audit_log WHERE table_name = 'welcome_items'") == 17)
    }

    @Test("a manager reads their staff's checklist and ticks their own items, not HR's, and sees no other centre's")
    func managersTickTheirOwnItems() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try Self.hireDenis(db)
        try db.session.connection.execute(
            "INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-09-01' FROM people WHERE last_name = 'FABRE'"
        )
        _ = try RecruitWelcome(db.session).open(person: "FABRE Lucie", start: nil)
        try db.asMillasManager { () throws -> Void in
            #expect(try db.count("SELECT count(DISTINCT person_id) FROM welcome_items") == 1)
            let (_, item) = try RecruitWelcome(db.session).tick(Self.tick("logiciel"))
            #expect(item.step.owner == .responsable)
            #expect {
                try RecruitWelcome(db.session).tick(Self.tick("Carte CPS"))
            } throws: { ($0 as? UserFailure)?.kind == .permissionDenied }
            #expect {
                try RecruitWelcome(db.session).tick(Self.tick("clés", person: "FABRE Lucie"))
            } throws: { $0 is StoreError }
            #expect {
                try db.session.transaction {
                    try db.session.connection.execute(
                        "INSERT INTO welcome_checklists (person_id, starts_on) SELECT id, '2026-10-01' FROM people WHERE last_name = 'DENIS'"
                    )
                }
            } throws: { isPermissionDenied($0) }
            #expect {
                try db.session.transaction {
                    try db.session.connection.execute("UPDATE welcome_items SET owner = 'responsable'")
                }
            } throws: { isPermissionDenied($0) }
        }
        #expect(try db.count("SELECT count(*) FROM welcome_items WHERE status = 'fait'") == 1)
    }

    @Test("the Region reads the report's counts, small ones withheld, and no checklist")
    func theRegionReadsCountsOnly() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try db.session.connection.runScript(
            """
            UPDATE people SET profession = 'infirmier' WHERE last_name IN ('DELPECH', 'MULLER');
            INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-09-01' FROM people;
            """)
        for person in ["REY Arnaud", "DENIS Karim", "DELPECH Clara", "MULLER Quentin"] {
            _ = try RecruitWelcome(db.session).open(person: person, start: nil)
        }
        try db.session.connection.execute(
            "UPDATE welcome_items SET status = 'fait', done_on = '2026-09-02' WHERE person_id IN (SELECT id FROM people WHERE last_name IN ('REY', 'DENIS', 'DELPECH'))"
        )
        let report = try db.as(.region) { try ProgressQueries(db.session).report(asOf: Self.day("2026-10-31")) }
        // 5 recruits: 3 finished, 1 late (MULLER), 1 without a checklist (FABRE): both small
        // counts are withheld, and nothing else needs to be.
        #expect(
            report.welcome == WelcomeFigures(recruits: 5, finished: 3, inProgress: 0, late: nil, withoutChecklist: nil))
        let before = try db.as(.region) { try ProgressQueries(db.session).report(asOf: Self.day("2026-09-01")) }
        // The day of the hire: 4 in progress, 1 without; the small one withheld, and the smallest
        // other one lest the total give it away.
        #expect(
            before.welcome == WelcomeFigures(recruits: 5, finished: 0, inProgress: nil, late: 0, withoutChecklist: nil))
        try db.as(.region) { () throws -> Void in
            #expect(throws: (any Error).self) { try db.count("SELECT count(*) FROM welcome_items") }
        }
    }
}
