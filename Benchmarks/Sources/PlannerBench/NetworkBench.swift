import Foundation
import MaSante
import MaSanteApp
import MaSanteStore

// scripts/bench-planner --reseau [--semaine W] [--secondes N] [--graine N]: every open centre of
// the database (PG* variables, the demo network) proposed at once, against the same centres
// proposed one by one in the same order, each seeing what the earlier ones gave its people — what
// a manager gets with `planning proposer` for each centre in turn, accepting each before the next
// (`ProposeNetwork.centreByCentre`, the reference the network keeps) — and, for information,
// against each centre proposed alone from the same state (its shared people counted whole in each
// of their centres: an optimistic reference no roster of the network can reach everywhere at once).
// Centres whose week is published are left out (as `--reseau` does). Nothing is written. One line:
//   reseau=W centres=N people=N seconds=S first_feasible_s=S feasible=true|false shifts=N
//   below_minimum=N missing_to_target=N centre_by_centre_below_minimum=N
//   centre_by_centre_missing_to_target=N centre_by_centre_seconds=S needs_worse=N
//   isolated_missing_to_target=N needs_worse_than_isolated=N
// needs_worse: needs with fewer people than centre by centre (each listed on stderr).

/// How many people each need still lacks, up to its target, and whether it is under its minimum.
func shortfalls(
    _ parts: [(centre: Int, unfilled: [(need: CoverNeed, planned: Int)])]
) -> [String: (missing: Int, belowMinimum: Bool)] {
    var result: [String: (missing: Int, belowMinimum: Bool)] = [:]
    for part in parts {
        for gap in part.unfilled {
            result["\(part.centre) \(gap.need.french)", default: (0, false)].missing += gap.need.target - gap.planned
            if gap.planned < gap.need.minimum { result["\(part.centre) \(gap.need.french)"]?.belowMinimum = true }
        }
    }
    return result
}

func benchNetwork(week: ISOWeek?, seconds: Double, seed: UInt64, iterations: Int?) {
    do {
        let environment = ProcessInfo.processInfo.environment
        let session = try Session.open(conninfo: environment["MASANTE_BASE"] ?? "", environment: environment)
        let centres = try PlanningQueries(session).openCentres()
        let week = week ?? ISOWeek(containing: CalendarDate.today()).adding(weeks: 1)
        let network = try ProposeNetwork(session).run(
            ProposeNetwork.Request(centres: centres, week: week, seconds: seconds, seed: seed, skipPublished: true, iterations: iterations))
        let clock = ContinuousClock.now
        let reference = try ProposeNetwork(session).centreByCentre(
            ProposeNetwork.Request(centres: centres, week: week, seconds: seconds, seed: seed, skipPublished: true))
        let elapsed = ContinuousClock.now - clock
        let byCentreSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var isolated: [(centre: Int, unfilled: [(need: CoverNeed, planned: Int)])] = []
        for centre in network.parts.map(\.centre) {
            let alone = try ProposeWeek(session).run(
                ProposeWeek.Request(centre: centre, week: week, seconds: 60, seed: seed))
            isolated.append((centre.id, alone.result.unfilled.map { ($0.need, $0.planned) }))
        }
        let together = shortfalls(
            network.parts.map { ($0.centre.id, $0.result.unfilled.map { ($0.need, $0.planned) }) })
        let alone = shortfalls(reference.map { ($0.centre.id, $0.result.unfilled.map { ($0.need, $0.planned) }) })
        let apart = shortfalls(isolated)
        let worse = together.filter { key, value in value.missing > (alone[key]?.missing ?? 0) }
        let worseThanIsolated = together.filter { key, value in value.missing > (apart[key]?.missing ?? 0) }
        for (key, value) in worse.sorted(by: { $0.key < $1.key }) {
            FileHandle.standardError.write(
                Data(
                    "  moins bien couvert qu'en centre par centre : \(key) (\(value.missing) manquant(s) contre \(alone[key]?.missing ?? 0))\n"
                        .utf8))
        }
        for (key, value) in together.sorted(by: { $0.key < $1.key }) where value.belowMinimum {
            FileHandle.standardError.write(Data("  sous le minimum (réseau) : \(key)\n".utf8))
        }
        for (key, value) in alone.sorted(by: { $0.key < $1.key }) where value.belowMinimum {
            FileHandle.standardError.write(Data("  sous le minimum (centre par centre) : \(key)\n".utf8))
        }
        let first = network.parts.first?.result.firstFeasibleSeconds
        let people = Set(network.parts.flatMap { $0.result.shifts.map(\.personID) }).count
        let line =
            "reseau=\(week) centres=\(network.parts.count) people=\(people) seconds=\(String(format: "%.1f", network.seconds)) "
            + "first_feasible_s=\(first.map { String(format: "%.2f", $0) } ?? "-") "
            + "feasible=\(network.parts.allSatisfy(\.result.feasible)) shifts=\(network.edit.additions.count) "
            + "below_minimum=\(together.values.filter(\.belowMinimum).count) missing_to_target=\(together.values.map(\.missing).reduce(0, +)) "
            + "centre_by_centre_below_minimum=\(alone.values.filter(\.belowMinimum).count) "
            + "centre_by_centre_missing_to_target=\(alone.values.map(\.missing).reduce(0, +)) "
            + "centre_by_centre_seconds=\(String(format: "%.1f", byCentreSeconds)) needs_worse=\(worse.count) "
            + "isolated_missing_to_target=\(apart.values.map(\.missing).reduce(0, +)) needs_worse_than_isolated=\(worseThanIsolated.count)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        for part in network.parts where !part.result.feasible {
            for finding in part.result.findings where finding.severity == .bloquant {
                FileHandle.standardError.write(Data("  \(part.centre.name) : \(finding.message)\n".utf8))
            }
        }
    } catch {
        fail("réseau : \(error)")
    }
}
