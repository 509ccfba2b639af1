import Foundation
import MaSante
import MaSanteStore
import PQ
import TestSupport
import Testing

/// `masante planning suggerer` end to end on the planning fixture: Millas' doctors REY and DENIS
/// are the candidates for a home visit on Wednesday 2 December 2026 (week 2026-W49); its
/// secretaries may not do one, FABRE works in Thuir only.
@Suite struct PlanningSuggestTests {
    static let millas = "Centre de santé de Millas"

    static func add(
        _ person: String, _ day: String, _ from: String, _ to: String, _ activity: String = "consultation",
        centre: String = millas
    ) -> [String] {
        [
            "planning", "ajouter", "--centre", centre, "--personne", person, "--jour", day, "--debut", from, "--fin",
            to, "--activite", activity,
        ]
    }

    static func suggest(
        _ from: String = "14:00", _ to: String = "18:00", activity: String = "visite_domicile",
        format: String? = nil
    ) -> [String] {
        [
            "planning", "suggerer", "--centre", millas, "--jour", "2026-12-02", "--debut", from, "--fin", to,
            "--activite", activity,
        ]
            + (format.map { ["--format", $0] } ?? [])
    }

    /// REY: 38 h on Monday, Tuesday, Thursday and Friday; DENIS: Wednesday morning only.
    func planWeek(_ registry: Registry) throws {
        for day in ["2026-11-30", "2026-12-01", "2026-12-03", "2026-12-04"] {
            try registry.succeed(Self.add("REY Arnaud", day, "08:30", "12:30"))
            try registry.succeed(Self.add("REY Arnaud", day, "13:30", "19:00", "soins_non_programmes"))
        }
        try registry.succeed(Self.add("DENIS Karim", "2026-12-02", "08:30", "12:30"))
    }

    /// The table's lines that hold a candidate, in rank order.
    static func rows(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter {
            $0.range(of: #"^\s+\d+  "#, options: .regularExpression) != nil
        }
    }

    @Test func theDoctorShortOfTheirContractComesFirstAndSecretariesAreNotOffered() async throws {
        try await withPlanningFixture { registry in
            try planWeek(registry)
            let result = try registry.succeed(Self.suggest())
            #expect(
                result.stdout.hasPrefix(
                    "Centre de santé de Millas, mercredi 2 décembre 2026 de 14:00 à 18:00, visite à domicile (semaine 2026-W49, brouillon) :"
                ),
                "\(result.stdout)")
            let rows = Self.rows(result.stdout)
            #expect(rows.count == 2, "\(result.stdout)")
            #expect(
                rows.first?.contains("1  Karim DENIS  Médecin généraliste  4 h → 8 h / 35 h") == true,
                "\(result.stdout)")
            #expect(
                rows.last?.contains("2  Arnaud REY") == true && rows.last?.contains("38 h → 42 h / 35 h") == true,
                "\(result.stdout)")
            #expect(rows.first?.hasSuffix("  possible") == true, "\(result.stdout)")
            #expect(
                rows.last?.hasSuffix(
                    "possible avec avertissement : 42 h planifiées dans la semaine 2026-W49 pour un contrat de 35 h : 7 h de plus (heures supplémentaires)"
                ) == true,
                "\(result.stdout)")
            #expect(
                !result.stdout.contains("DELPECH") && !result.stdout.contains("MULLER")
                    && !result.stdout.contains("FABRE"))
            #expect(result.stdout.contains("2 personne(s) sur 2 peu(ven)t prendre ce créneau"), "\(result.stdout)")

            let json = try registry.succeed(Self.suggest(format: "json"))
            let objects = try #require(
                try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(objects.map { $0["personne"] as? String } == ["Karim DENIS", "Arnaud REY"])
            #expect(
                objects.first?["heures_apres"] as? Double == 8 && objects.first?["verdict"] as? String == "possible")
        }
    }

    @Test func someoneAlreadyPlannedIsImpossibleWithTheShiftTheSlotWouldOverlap() async throws {
        try await withPlanningFixture { registry in
            try planWeek(registry)
            try registry.succeed(Self.add("DENIS Karim", "2026-12-02", "13:30", "16:00"))
            let result = try registry.succeed(Self.suggest())
            let rows = Self.rows(result.stdout)
            #expect(
                rows.first?.contains("1  Arnaud REY") == true
                    && rows.first?.contains("possible avec avertissement") == true, "\(result.stdout)")
            #expect(rows.last?.contains("2  Karim DENIS") == true, "\(result.stdout)")
            #expect(
                rows.last?.hasSuffix(
                    "impossible : déjà planifié·e de 13:30 à 16:00 (consultation, Centre de santé de Millas)") == true,
                "\(result.stdout)")
        }
    }

    @Test func whenNobodyCanTakeTheSlotItSaysSoAndExitsWith1() async throws {
        try await withPlanningFixture { registry in
            try registry.succeed(Self.add("DENIS Karim", "2026-12-02", "13:30", "16:00"))
            try registry.succeed(
                Self.add("REY Arnaud", "2026-12-02", "14:00", "17:00", centre: "Centre de santé de Thuir"))
            let result = try registry.run(Self.suggest())
            #expect(result.status == 1, "\(result.stderr)")
            #expect(
                result.stdout.contains("déjà planifié·e de 14:00 à 17:00 (consultation, Centre de santé de Thuir)"),
                "\(result.stdout)")
            #expect(result.stdout.contains("Personne ne peut prendre ce créneau"), "\(result.stdout)")
        }
    }

    @Test func anUnknownActivityIsRefusedWithTheValidValuesAndExit65() async throws {
        try await withPlanningFixture { registry in
            let before = try registry.snapshot()
            let result = try registry.run(Self.suggest(activity: "garde"))
            try expectRefused(
                result,
                mentioning: [
                    "option --activite : activité invalide « garde » : valeurs possibles consultation, soins_non_programmes, visite_domicile, visite_ehpad, secretariat"
                ],
                unchanged: registry, since: before)
        }
    }

    @Test func suggestingWritesNothingToTheDatabase() async throws {
        try await withPlanningFixture { registry in
            try planWeek(registry)
            let before = try registry.snapshot()
            try registry.succeed(Self.suggest())
            try registry.succeed(Self.suggest("08:30", "12:30", activity: "secretariat", format: "csv"))
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
        }
    }
}
