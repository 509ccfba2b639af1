// The report benchmark of issue 6: the Region's progress report (ProgressQueries.report) on a
// network N times the demo (see Network.swift), for N = 1, 10 and 100. For each scale: a fresh
// database, migrated, the network generated in SQL, VACUUM (ANALYZE), the report checked against what
// was generated (a fatalError otherwise), then timed: one warm-up, best of 5; then the same for
// the observatory of issue 18 (ten years month by month, by département). Prints
//   case=report scale=N centres=… people=… activity_rows=… seconds=S ratio_to_1x=R
//   case=observatory scale=N rows=… arrivals=… seconds=S ratio_to_1x=R
// and at the end
//   growth 100x/1x=R target<20 ok|FAIL
//   observatory growth 100x/1x=R target<20 ok|FAIL
// (the report's cost must grow at most linearly, and the 100× report take less than 20× the 1×
// one). With other scales, ratio_to_1x compares with the first scale when 1 is not measured, and
// the growth line compares the largest with the smallest, against 20 when they are 1 and 100,
// against their quotient (linear) otherwise.
//
//   ReportBench [SCALE…] [--explain|--plans] [--keep]
//     --explain   also prints each statement of the report with its time (best of 3, through
//                 auto_explain, without per-node instrumentation), at every scale;
//     --plans     the same, with the plan of each statement as EXPLAIN ANALYZE prints it (the
//                 per-node timing makes every statement slower);
//     --keep      keeps each scale's database (masante_report_bench_PID_N) for inspection.
//
// Weekly schedules ("a year of shifts" in issue 6) do not exist in the schema yet, so the
// network has none and the benchmark times none.

import Foundation
import MaSante
import MaSanteStore
import PQ

let arguments = CommandLine.arguments.dropFirst()
let scales = arguments.compactMap { Int($0) }.filter { $0 > 0 }
let runs = scales.isEmpty ? [1, 10, 100] : scales
let showPlans = arguments.contains("--plans")
let explain = showPlans || arguments.contains("--explain")
let keep = arguments.contains("--keep")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let elapsed = try ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// A result line on stdout, written at once (not held in a buffer if the run stops short).
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Each statement of one report, as auto_explain saw it: milliseconds, first line, the rest and the plan.
struct ExplainedStatement {
    var milliseconds: Double
    var text: String
    var plan: String
}

/// Runs the report `times` times with auto_explain sending each statement's plan as a NOTICE;
/// returns the statements of the fastest run of each, in order.
func explainReport(database: String, times: Int, timing: Bool) throws -> [ExplainedStatement] {
    // The store's own session, with auto_explain loaded from its start (the benchmark runs as superuser).
    let flag = timing ? "on" : "off"
    let conn = try Session.open(conninfo: "dbname=\(database)", environment: ["PGOPTIONS": """
        -c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 \
        -c auto_explain.log_analyze=\(flag) -c auto_explain.log_timing=\(flag) -c auto_explain.log_level=notice
        """])
    defer { conn.close() }
    var best: [ExplainedStatement] = []
    for _ in 0..<times {
        var notices: [String] = []
        conn.noticeHandler = { notices.append($0) }
        _ = try ProgressQueries(conn).report(asOf: Period.asOf)
        let statements = notices.compactMap { notice -> ExplainedStatement? in
            guard let match = notice.firstMatch(of: /duration: ([0-9.]+) ms/), let ms = Double(match.1) else { return nil }
            let lines = notice.split(separator: "\n", omittingEmptySubsequences: false)
            // The first line of the query names it; the rest of the query, then the plan, follow.
            let textLine = lines.firstIndex { $0.hasPrefix("Query Text:") } ?? 0
            let text = lines[textLine].replacingOccurrences(of: "Query Text:", with: "")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return ExplainedStatement(milliseconds: ms, text: text, plan: lines[(textLine + 1)...].joined(separator: "\n"))
        }
        if best.isEmpty {
            best = statements
        } else if best.count == statements.count {
            for index in best.indices where statements[index].milliseconds < best[index].milliseconds {
                best[index] = statements[index]
            }
        }
    }
    return best
}

let admin = try Connection()
let prefix = "masante_report_bench_\(ProcessInfo.processInfo.processIdentifier)_"
var created: [String] = []
@MainActor func dropDatabases() {
    for name in created { _ = try? admin.execute("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)") }
    created = []
}

/// Times the observatory (issue 18) on the same network: ten years month by month, by
/// département; one warm-up, then best of 5, each run giving the same rows.
func timeObservatory(_ session: Session, scale: Int, reference: Double?) throws -> Double {
    let queries = ObservatoryQueries(session)
    let from = try CalendarDate.parse(Period.firstMonth)
    let rows = { try queries.rows(from: from, to: Period.asOf, step: .mois, grouping: .departement) }
    let warmUp = try rows()
    guard !warmUp.isEmpty, warmUp.contains(where: { $0.arrivals > 0 }) else {
        fatalError("scale=\(scale): l'observatoire ne trouve aucune arrivée dans le réseau généré")
    }
    var best = Double.infinity
    for _ in 0..<5 {
        var again: [ObservatoryRow] = []
        best = min(best, try seconds { again = try rows() })
        guard again == warmUp else { fatalError("scale=\(scale): deux observatoires du même jour diffèrent") }
    }
    emit("case=observatory scale=\(scale) rows=\(warmUp.count) arrivals=\(warmUp.reduce(0) { $0 + $1.arrivals }) "
          + "seconds=\(String(format: "%.4f", best)) ratio_to_1x=\(String(format: "%.2f", best / (reference ?? best)))")
    return best
}

/// Times the report, then the observatory, at one scale in a database of its own; returns the best times.
@MainActor func run(scale: Int, reference: (report: Double, observatory: Double)?) throws
    -> (report: Double, observatory: Double)
{
    let database = prefix + String(scale)
    try admin.execute("DROP DATABASE IF EXISTS \(identifier: database)")
    try admin.execute("CREATE DATABASE \(identifier: database)")
    created.append(database)
    defer {
        if keep {
            log("base conservée : \(database)")
        } else {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(identifier: database) WITH (FORCE)")
        }
        created.removeAll { $0 == database }
    }

    let conn = try Connection(conninfo: "dbname=\(database)")
    defer { conn.close() }
    let session = try Session.open(conninfo: "dbname=\(database)")
    defer { session.close() }
    try Migrator(session).migrate()
    let generation = try seconds { try generateNetwork(conn, scale: scale) }
    let size = try networkSize(conn)
    log("scale=\(scale): réseau généré en \(String(format: "%.1f", generation)) s")

    let queries = ProgressQueries(session)
    let warmUp = try queries.report(asOf: Period.asOf)
    let found = try problems(in: warmUp, conn, scale: scale)
    guard found.isEmpty else {
        conn.close()
        dropDatabases()
        fatalError("scale=\(scale): le rapport ne correspond pas au réseau généré :\n  " + found.joined(separator: "\n  "))
    }
    var best = Double.infinity
    for _ in 0..<5 {
        var report: ProgressReport?
        let time = try seconds { report = try queries.report(asOf: Period.asOf) }
        guard report == warmUp else {
            conn.close()
            dropDatabases()
            fatalError("scale=\(scale): deux rapports du même jour diffèrent")
        }
        best = min(best, time)
    }
    emit("case=report scale=\(scale) centres=\(size.centres) people=\(size.people) activity_rows=\(size.activityRows) "
          + "seconds=\(String(format: "%.4f", best)) ratio_to_1x=\(String(format: "%.2f", best / (reference?.report ?? best)))")
    let observatory = try timeObservatory(session, scale: scale, reference: reference?.observatory)

    if explain {
        for statement in try explainReport(database: database, times: 3, timing: showPlans) {
            emit("  explain scale=\(scale) ms=\(String(format: "%.2f", statement.milliseconds)) query=\(statement.text.prefix(110))")
            if showPlans { emit(statement.plan.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")) }
        }
    }
    return (best, observatory)
}

var timings: [(scale: Int, seconds: (report: Double, observatory: Double))] = []
do {
    for scale in runs {
        let reference = timings.first { $0.scale == 1 }?.seconds ?? timings.first?.seconds
        timings.append((scale, try run(scale: scale, reference: reference)))
    }
} catch {
    dropDatabases()
    throw error
}

if let smallest = timings.min(by: { $0.scale < $1.scale }), let largest = timings.max(by: { $0.scale < $1.scale }),
   largest.scale > smallest.scale {
    let target = smallest.scale == 1 && largest.scale == 100 ? 20 : Double(largest.scale) / Double(smallest.scale)
    let targetText = target == target.rounded() ? String(Int(target)) : String(format: "%.1f", target)
    for (name, seconds) in [("", \(report: Double, observatory: Double).report), ("observatory ", \.observatory)] {
        let growth = largest.seconds[keyPath: seconds] / smallest.seconds[keyPath: seconds]
        emit("\(name)growth \(largest.scale)x/\(smallest.scale)x=\(String(format: "%.2f", growth)) target<\(targetText) "
              + (growth < target ? "ok" : "FAIL"))
    }
}
