import Foundation
import PQ
import TestSupport
import Testing

/// `masante planning creneaux` end to end on the planning fixture: the FHIR Bundle validated by
/// Python's `fhir.resources`, the slots of a known week (and of a week across a clock change),
/// none while the doctor visits, is absent or the centre closed, and the refusals in French.
@Suite struct PlanningSlotsTests {
    static let millas = PlanningCommandTests.millas

    static func add(_ person: String, _ day: String, _ from: String, _ to: String, _ activity: String) -> [String] {
        PlanningCommandTests.add(person, day, from, to, activity)
    }

    static func export(_ week: String, _ extra: [String] = []) -> [String] {
        ["planning", "creneaux", "--centre", millas, "--semaine", week] + extra
    }

    /// What Python reads back from a Bundle validated by `fhir.resources` (R4B models).
    struct ReadBack: Decodable {
        struct Slot: Decodable, Hashable {
            var id: String
            var status: String
            /// UTC, `2026-11-30T07:30:00+00:00`.
            var start: String
            var end: String
            /// As written, with its offset.
            var startText: String
            var schedule: String
            var appointmentType: String
            var profiles: [String]
        }
        var type: String
        var total: Int
        var counts: [String: Int]
        var identifiers: [String]
        var slots: [Slot]
    }

    /// Validates `bundle` with `fhir.resources` and reads its slots back; records an issue and
    /// returns nil when no python3 has the module.
    static func validated(_ bundle: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ReadBack? {
        guard let python = Python.withFHIRResources() else {
            Issue.record(
                "Le module Python « fhir.resources » est introuvable : scripts/test l'installe dans .build/fhir-venv (pip install 'fhir.resources==8.3.0'), ou indiquez dans MASANTE_FHIR_PYTHON un python3 qui l'a.",
                sourceLocation: sourceLocation)
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "masante-fhir-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("creneaux.json"), script = folder.appendingPathComponent("lire.py")
        try Data(bundle.utf8).write(to: file)
        try Data(readerScript.utf8).write(to: script)
        let run = try Python.run(python, [script.path, file.path], in: folder)
        try #require(run.status == 0, "fhir.resources refuse le Bundle : \(run.errors)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(ReadBack.self, from: Data(run.output.utf8))
    }

    /// Parses the Bundle with the R4B models (structure, cardinalities, formats of instants and
    /// ids, no unknown element), checks what the models leave to bindings (status and type codes
    /// of R4), and prints what the test compares.
    static let readerScript = #"""
        import json, sys
        from datetime import timezone
        from fhir.resources.R4B.bundle import Bundle

        with open(sys.argv[1], encoding="utf-8") as f:
            raw = json.load(f)
        bundle = Bundle.model_validate(raw)
        assert bundle.type == "searchset", bundle.type
        counts, identifiers, slots = {}, [], []
        for entry, raw_entry in zip(bundle.entry, raw["entry"]):
            resource = entry.resource
            kind = resource.get_resource_type()
            counts[kind] = counts.get(kind, 0) + 1
            assert entry.fullUrl.endswith(kind + "/" + resource.id), entry.fullUrl
            if kind == "Practitioner":
                for identifier in resource.identifier or []:
                    identifiers.append(identifier.system + "|" + identifier.value)
            if kind == "Slot":
                assert entry.search.mode == "match"
                assert resource.status in ("free", "busy-unavailable"), resource.status
                codes = [c.code for c in resource.appointmentType.coding]
                assert codes in (["ROUTINE"], ["WALKIN"]), codes
                assert resource.start < resource.end
                slots.append({
                    "id": resource.id, "status": resource.status,
                    "start": resource.start.astimezone(timezone.utc).isoformat(),
                    "end": resource.end.astimezone(timezone.utc).isoformat(),
                    "startText": raw_entry["resource"]["start"],
                    "schedule": resource.schedule.reference, "appointmentType": codes[0],
                    "profiles": list(resource.meta.profile or []),
                })
            else:
                assert entry.search.mode == "include"
        print(json.dumps({"type": bundle.type, "total": bundle.total, "counts": counts,
                          "identifiers": identifiers, "slots": slots}))
        """#

    /// `2026-11-30T08:30` in Paris, as Python writes it in UTC.
    static func utc(_ day: String, _ time: String, offset: Int = 1) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: offset * 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        let instant = formatter.date(from: "\(day)T\(time)")!
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'+00:00'"
        return formatter.string(from: instant)
    }

    /// REY: Monday consultation, Tuesday consultation around a home visit then unscheduled care,
    /// Wednesday and Friday consultation; DENIS: Saturday unscheduled care. Published.
    static func publishKnownWeek(_ registry: Registry) throws {
        try PlanningCommandTests().switchOffCoverage(registry)
        try registry.succeed(add("REY Arnaud", "2026-11-30", "08:30", "12:30", "consultation"))
        try registry.succeed(add("REY Arnaud", "2026-12-01", "08:30", "10:30", "consultation"))
        try registry.succeed(add("REY Arnaud", "2026-12-01", "10:30", "11:30", "visite_domicile"))
        try registry.succeed(add("REY Arnaud", "2026-12-01", "11:30", "12:30", "consultation"))
        try registry.succeed(add("REY Arnaud", "2026-12-01", "13:30", "19:00", "soins_non_programmes"))
        try registry.succeed(add("REY Arnaud", "2026-12-02", "08:30", "12:30", "consultation"))
        try registry.succeed(add("REY Arnaud", "2026-12-04", "08:30", "12:30", "consultation"))
        try registry.succeed(add("DENIS Karim", "2026-12-05", "08:30", "12:00", "soins_non_programmes"))
        try registry.succeed(["planning", "publier", "--centre", millas, "--semaine", "2026-W49"])
    }

    @Test(.timeLimit(.minutes(3)))
    func aKnownWeekGivesAValidBundleAndASlotGoneSinceComesBackNoLongerFree() async throws {
        try await withPlanningFixture { registry in
            try Self.publishKnownWeek(registry)
            let first = try registry.succeed(Self.export("2026-W49"))
            guard let before = try Self.validated(first.stdout) else { return }
            // Mon 12 + Tue 6 + 3 consultations and 22 same-day + Wed 12 + Fri 12 + Sat 14.
            #expect(before.total == 81 && before.slots.count == 81)
            #expect(before.slots.allSatisfy { $0.status == "free" })
            #expect(before.counts == ["Slot": 81, "Practitioner": 2, "Location": 1, "Schedule": 2])
            #expect(before.slots.filter { $0.appointmentType == "WALKIN" }.count == 36)
            #expect(before.slots.allSatisfy { $0.startText.hasSuffix("+01:00") })
            #expect(
                before.slots.allSatisfy {
                    $0.profiles == [
                        "https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/sas-slot-aggregator"
                    ]
                })
            let tuesday = before.slots.filter { $0.start.hasPrefix("2026-12-01") && $0.appointmentType == "ROUTINE" }
            #expect(
                tuesday.map(\.start)
                    == ["08:30", "08:50", "09:10", "09:30", "09:50", "10:10", "11:30", "11:50", "12:10"].map {
                        Self.utc("2026-12-01", $0)
                    })
            let visit = (Self.utc("2026-12-01", "10:30"), Self.utc("2026-12-01", "11:30"))
            #expect(before.slots.allSatisfy { $0.end <= visit.0 || $0.start >= visit.1 })

            // The same export again: the same ids.
            let again = try registry.succeed(Self.export("2026-W49"))
            guard let repeated = try Self.validated(again.stdout) else { return }
            #expect(Set(repeated.slots.map(\.id)) == Set(before.slots.map(\.id)))

            // The centre closes on Wednesday, REY falls ill from Friday: those slots are withdrawn.
            let conn = try registry.database.connect()
            defer { conn.close() }
            try conn.execute(
                """
                INSERT INTO centre_closures (centre_id, day)
                SELECT id, date '2026-12-02' FROM centres WHERE name = \(Self.millas)
                """)
            try conn.execute(
                """
                INSERT INTO long_absences (person_id, kind, starts_on)
                SELECT id, 'maladie_longue', date '2026-12-04' FROM people WHERE last_name = 'REY'
                """)
            let changed = try registry.succeed(Self.export("2026-W49"))
            guard let after = try Self.validated(changed.stdout) else { return }
            let byStatus = Dictionary(grouping: after.slots, by: \.status)
            let free = byStatus["free"] ?? [], gone = byStatus["busy-unavailable"] ?? []
            #expect(
                free.count == 57 && gone.count == 24 && after.total == 81, "\(free.count) \(gone.count) \(after.total)")
            #expect(Set(free.map(\.id)).isSubset(of: Set(before.slots.map(\.id))))
            #expect(gone.allSatisfy { $0.profiles.isEmpty })
            #expect(Set(gone.map { String($0.start.prefix(10)) }) == ["2026-12-02", "2026-12-04"])
            #expect(free.allSatisfy { !$0.start.hasPrefix("2026-12-02") && !$0.start.hasPrefix("2026-12-04") })
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func slotsAcrossTheAutumnClockChangeCarryTheirOffsetAndLastFifteenMinutes() async throws {
        try await withPlanningFixture { registry in
            let conn = try registry.database.connect()
            defer { conn.close() }
            try conn.execute(
                """
                INSERT INTO opening_hours (centre_id, weekday, opens_at, closes_at)
                SELECT id, 7, time '00:00', time '12:00' FROM centres WHERE name = \(Self.millas)
                """)
            try registry.succeed(Self.add("DENIS Karim", "2026-10-25", "01:00", "04:00", "soins_non_programmes"))
            let refused = try registry.run(Self.export("2026-W43"))
            #expect(refused.status == 65 && refused.stderr.contains("--brouillons"), "\(refused.stderr)")
            let draft = try registry.succeed(Self.export("2026-W43", ["--brouillons"]))
            guard let read = try Self.validated(draft.stdout) else { return }
            // 01:00 to 04:00 on the wall clock is 4 hours: the hour from 02:00 to 03:00 happens twice.
            #expect(read.slots.count == 16)
            #expect(read.slots.prefix(8).allSatisfy { $0.startText.hasSuffix("+02:00") })
            #expect(read.slots.suffix(8).allSatisfy { $0.startText.hasSuffix("+01:00") })
            #expect(read.slots.first?.start == Self.utc("2026-10-25", "01:00", offset: 2))
            #expect(read.slots.last?.start == Self.utc("2026-10-25", "03:45", offset: 1))
            #expect(Set(read.slots.map(\.start)).count == 16)
            #expect(read.slots.allSatisfy { $0.appointmentType == "WALKIN" })
        }
    }

    @Test func badWeeksCentresAndRulesAreRefusedInFrenchWithNothingWritten() async throws {
        try await withPlanningFixture { registry in
            try Self.publishKnownWeek(registry)
            let before = try registry.snapshot()
            let cases: [([String], [String])] = [
                (Self.export("2026-W54"), ["n'existe pas", "2026-W54"]),
                (Self.export("2027-W20"), ["n'a pas de planning", "2027-W20"]),
                (["planning", "creneaux", "--centre", "Perpignan", "--semaine", "2026-W49"], ["centre inconnu"]),
                (
                    [
                        "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation",
                        "--duree", "5",
                    ],
                    ["option --duree", "de 10 à 60 min"]
                ),
                (
                    [
                        "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation",
                        "--duree", "240",
                    ],
                    ["option --duree", "de 10 à 60 min"]
                ),
                (
                    [
                        "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "visite_domicile",
                        "--duree", "20",
                    ],
                    ["option --activite", "consultation, soins_non_programmes"]
                ),
            ]
            for (arguments, fragments) in cases {
                try expectRefused(
                    try registry.run(arguments), mentioning: fragments, unchanged: registry, since: before,
                    context: arguments.joined(separator: " "))
            }
            let format = try registry.run(Self.export("2026-W49", ["--format", "pdf"]))
            #expect(format.status == 64 && format.stderr.contains("fhir, csv, ics"), "\(format.stderr)")
        }
    }

    @Test func theCentresRulesChangeTheCutAndTheCSVSaysIt() async throws {
        try await withPlanningFixture { registry in
            try Self.publishKnownWeek(registry)
            let rules = try registry.succeed([
                "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation", "--duree",
                "30",
                "--marge", "30",
            ])
            #expect(
                rules.stdout.contains("consultation          créneaux de 30 min, marge de fin de demi-journée 30 min\n")
            )
            #expect(
                rules.stdout.contains(
                    "soins_non_programmes  créneaux de 15 min, marge de fin de demi-journée 0 min (par défaut)"))
            let csv = try registry.succeed(Self.export("2026-W49", ["--format", "csv"])).stdout
            let monday = csv.split(separator: "\n").filter { $0.contains(";2026-11-30;") }
            // 08:30–12:30 less a 30-minute margin: 08:30, 09:00 … 11:30.
            #expect(monday.count == 7, "\(csv)")
            #expect(
                monday.first?.hasSuffix(";REY Arnaud;consultation;rendez_vous;2026-11-30;08:30;09:00;30;libre") == true)
            try registry.succeed([
                "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation", "--defaut",
            ])
            let standard = try registry.succeed(Self.export("2026-W49", ["--format", "csv"])).stdout
            #expect(
                standard.split(separator: "\n").filter { $0.contains(";2026-11-30;") && $0.hasSuffix("libre") }.count
                    == 12)
        }
    }
}
