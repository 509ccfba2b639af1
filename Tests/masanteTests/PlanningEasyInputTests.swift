import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Less typing for centre managers (issue 14): a centre by a part of its name, --centre left out
/// for a login that runs one centre, weeks by a date or a word, `planning deplacer`, and the
/// history in words.
@Suite struct PlanningEasyInputTests {
    static let millas = PlanningCommandTests.millas
    static func add(
        _ person: String, _ day: String, _ from: String, _ to: String, _ activity: String = "consultation",
        centre: String = "millas"
    ) -> [String] {
        PlanningCommandTests.add(person, day, from, to, activity, centre: centre)
    }

    // MARK: - --centre

    @Test func aCentreIsNamedByAPartOfItsNameWithoutAccentsOrCase() async throws {
        try await withPlanningFixture { registry in
            let result = try registry.succeed(["planning", "semaine", "--centre", "MILLAS", "--semaine", "2026-W49"])
            #expect(result.stdout.contains(Self.millas), "\(result.stdout)")
            try registry.succeed(Self.add("REY Arnaud", "2026-11-30", "08:30", "12:30", centre: "sante de millas"))
            #expect(
                try registry.run(["planning", "verifier", "--centre", "thuir", "--semaine", "2026-W49"]).stdout
                    .contains("Centre de santé de Thuir, semaine 2026-W49"))
        }
    }

    @Test func aPartSharedByTwoCentresIsRefusedWithBothNamesAndNothingWritten() async throws {
        try await withPlanningFixture { registry in
            let before = try registry.snapshot()
            let result = try registry.run(
                Self.add("REY Arnaud", "2026-11-30", "08:30", "12:30", centre: "centre de sante"))
            try expectRefused(
                result,
                mentioning: ["« centre de sante » désigne plusieurs centres", Self.millas, "Centre de santé de Thuir"],
                unchanged: registry, since: before)
            let unknown = try registry.run(["planning", "publier", "--centre", "Perpignan", "--semaine", "2026-W49"])
            try expectRefused(unknown, mentioning: ["centre inconnu « Perpignan »"], unchanged: registry, since: before)
        }
    }

    @Test func withoutCentreALoginThatRunsNoCentreIsToldToGiveOne() async throws {
        try await withPlanningFixture { registry in
            let before = try registry.snapshot()
            let result = try registry.run(["planning", "publier", "--semaine", "2026-W49"])
            try expectRefused(
                result, status: 64,
                mentioning: ["option --centre manquante", "votre compte ne dirige aucun centre", "--centre millas"],
                unchanged: registry, since: before)
        }
    }

    @Test func aManagerOfOneCentreMayLeaveCentreOut() async throws {
        try await SecurityFixture.with { fixture in
            let week = try fixture.run(["planning", "semaine", "--semaine", "2026-W49"], as: fixture.manager)
            #expect(week.status == 0, "\(week.stderr)")
            #expect(week.stdout.contains(SecurityFixture.millas), "\(week.stdout)")
            let added = try fixture.run(
                [
                    "planning", "ajouter", "--personne", "MULLER Quentin", "--jour", "2026-12-02",
                    "--debut", "08:30", "--fin", "12:30", "--activite", "secretariat",
                ], as: fixture.manager)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("(Centre de santé de Millas)"), "\(added.stdout)")
        }
    }

    // MARK: - --semaine

    @Test func aWeekIsNamedByAnyOfItsDays() async throws {
        try await withPlanningFixture { registry in
            for text in ["2026-W50", "07/12/2026", "2026-12-13"] {
                let result = try registry.run(["planning", "verifier", "--centre", "millas", "--semaine", text])
                #expect(result.stdout.contains("semaine 2026-W50"), "\(text): \(result.stdout)")
            }
            let current = try registry.run(["planning", "verifier", "--centre", "millas", "--semaine", "courante"])
            let next = try registry.run(["planning", "verifier", "--centre", "millas", "--semaine", "prochaine"])
            #expect(
                current.stdout.contains(", semaine 20") && next.stdout.contains(", semaine 20"), "\(current.stderr)")
            #expect(current.stdout != next.stdout)
            let before = try registry.snapshot()
            let wrong = try registry.run(["planning", "publier", "--centre", "millas", "--semaine", "demain"])
            try expectRefused(
                wrong, mentioning: ["option --semaine : semaine invalide « demain »", "« courante » ou « prochaine »"],
                unchanged: registry, since: before)
        }
    }

    // MARK: - deplacer

    @Test func aShiftMovesToAnotherDayHoursAndPersonInOneCommand() async throws {
        try await withPlanningFixture { registry in
            try registry.succeed(Self.add("REY Arnaud", "2026-11-30", "08:30", "12:30"))
            let moved = try registry.succeed([
                "planning", "deplacer", "--centre", "millas", "--personne", "REY Arnaud", "--jour", "2026-11-30",
                "--vers-jour", "02/12/2026", "--vers-debut", "14:00", "--vers-personne", "DENIS Karim",
            ])
            #expect(
                moved.stdout.contains(
                    "Service déplacé : Arnaud REY, le lundi 30 novembre 2026 de 08:30 à 12:30 → Karim DENIS, le mercredi 2 décembre 2026 de 14:00 à 18:00"
                ),
                "\(moved.stdout)")
            #expect(
                try PlanningCommandTests().wallClock(registry) == [
                    "DENIS 2026-12-02 14:00–2026-12-02 18:00 consultation"
                ])
        }
    }

    @Test func aMoveIntoAnOverlapIsRefusedAndNothingMoves() async throws {
        try await withPlanningFixture { registry in
            try registry.succeed(Self.add("REY Arnaud", "2026-11-30", "08:30", "12:30"))
            try registry.succeed(Self.add("DENIS Karim", "2026-12-01", "08:30", "12:30"))
            let before = try registry.snapshot()
            let result = try registry.run([
                "planning", "deplacer", "--personne", "REY Arnaud", "--jour", "2026-11-30", "--centre", "millas",
                "--vers-jour", "2026-12-01", "--vers-personne", "DENIS Karim",
            ])
            try expectRefused(
                result, mentioning: ["Karim DENIS est déjà planifié·e"], unchanged: registry, since: before)
            let nothing = try registry.run([
                "planning", "deplacer", "--personne", "REY Arnaud", "--jour", "2026-11-30", "--centre", "millas",
            ])
            try expectRefused(
                nothing, status: 64, mentioning: ["indiquez ce qui change"], unchanged: registry, since: before)
        }
    }

    @Test func aMoveInAPublishedWeekNeedsAReasonAndReadsInWordsInTheHistory() async throws {
        try await withPlanningFixture { registry in
            try registry.succeed([
                "planning", "regles", "--centre", "millas", "--desactiver", "doctorAndSecretaryPresent",
                "--desactiver", "unscheduledCareEachOpenDay",
            ])
            try registry.succeed(Self.add("REY Arnaud", "2026-11-30", "08:30", "12:30"))
            try registry.succeed(["planning", "publier", "--centre", "millas", "--semaine", "2026-W49"])
            let move = [
                "planning", "deplacer", "--centre", "millas", "--personne", "REY Arnaud", "--jour", "2026-11-30",
                "--vers-jour", "2026-12-03", "--vers-fin", "12:00",
            ]
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run(move), mentioning: ["est publiée, donc verrouillée", "--motif"], unchanged: registry,
                since: before)
            let done = try registry.succeed(move + ["--motif", "Formation lundi"])
            #expect(done.stdout.contains("(publiée, version"), "\(done.stdout)")

            let history = try registry.succeed([
                "planning", "historique", "--centre", "millas", "--semaine", "30/11/2026",
            ]).stdout
            #expect(history.contains("Historique de la semaine 2026-W49 — \(Self.millas)"), "\(history)")
            #expect(history.contains(": semaine publiée"), "\(history)")
            #expect(history.contains(": service déplacé — motif : Formation lundi"), "\(history)")
            #expect(
                history.contains("avant : Arnaud REY, le lundi 30 novembre 2026 de 08:30 à 12:30, consultation"),
                "\(history)")
            #expect(
                history.contains("après : Arnaud REY, le jeudi 3 décembre 2026 de 08:30 à 12:00, consultation"),
                "\(history)")
            #expect(!history.contains("{"), "no JSON in the text history: \(history)")

            let json = try registry.succeed([
                "planning", "historique", "--centre", "millas", "--semaine", "2026-W49", "--format", "json",
            ]).stdout
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let changes = try #require(document["changements"] as? [[String: Any]])
            #expect(changes.map { $0["operation"] as? String } == ["publication", "modification"])
            let after = try #require(changes.last?["apres"] as? [String: Any])
            #expect(after["personne"] as? String == "Arnaud REY")
            #expect(after["jour"] as? String == "2026-12-03")
            #expect(after["debut"] as? String == "08:30" && after["fin"] as? String == "12:00")
            #expect(changes.last?["motif"] as? String == "Formation lundi")
        }
    }
}
