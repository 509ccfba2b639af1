// The schedule-checker benchmark of issue 5: one year of a 200-person, 30-centre network (about
// 105,000 shifts, see Network.swift), generated in SQL in a fresh, migrated database. In the same
// process, after a warm-up, best of 3:
//   read     reading the year's shifts (2026-W01 … 2026-W53) and decoding them into Shift values,
//            with the people (contracts, assignments) and centres (opening hours, public holidays,
//            closures, rule settings) the checker needs, as PersonContext and CentreContext;
//   check    the calls to ScheduleChecker.check(week:shifts:history:people:centres:), one per week
//            of the year, the whole network at once: the week's shifts, and as history the 11
//            weeks before it and the week after (what the 12-week average and the rests across
//            Sunday night read), on the already-decoded values;
//   prepare  what the calls need beforehand and the checker does not do: sorting the decoded
//            shifts into weeks, copying each week's history into one array (not in check).
// Prints
//   case=planning_data centres=… people=… shifts=… planning_weeks=… generate_seconds=G
//   case=planning_check shifts=… people=… centres=… weeks=53 read_seconds=R check_seconds=C findings=F ratio_check_to_read=C/R target<1 ok|FAIL
//   case=planning_prepare seconds=P
//   case=planning_slowest_week week=2026-Wnn seconds=… shifts=… history=… findings=…
//   case=planning_findings <rule>=<count>…
// (target: checking the year costs less than reading it). The findings are checked first: the
// breaches written on purpose must be found, and every run must find the same (a fatalError
// otherwise).
//
//   PlanningBench [--keep]
//     --keep   keeps the database (masante_planning_bench_PID) for inspection.

import Foundation
import MaSante
import MaSanteStore
import PQ

let keep = CommandLine.arguments.dropFirst().contains("--keep")
let runs = 3

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

func format(_ value: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", value) }

/// What the checker reads, decoded.
struct Network {
    var shifts: [Shift] = []
    var people: [PersonContext] = []
    var centres: [CentreContext] = []
}

/// Reads the year's shifts, and the people and centres, from the database.
func readNetwork(_ conn: Connection) throws -> Network {
    var network = Network()
    let rows = try conn.query("""
        SELECT id, person_id, centre_id, starts_at, ends_at, activity, place FROM shifts
        WHERE starts_at >= \(Period.start) AND starts_at < \(Period.end)
        """)
    network.shifts.reserveCapacity(rows.count)
    for row in rows {
        let (id, person, centre, start, end, activity, place) = try row.decode((UUID, Int, Int, Date, Date, Activity, String?).self)
        network.shifts.append(try Shift(id: id, personID: person, centreID: centre, start: start, end: end, activity: activity, place: place))
    }

    var people: [Int: PersonContext] = [:]
    for row in try conn.query("SELECT id, last_name, first_name, profession FROM people") {
        let (id, last, first, profession) = try row.decode((Int, String, String, Profession).self)
        people[id] = PersonContext(personID: id, name: "\(first) \(last)", profession: profession, contracts: [], assignments: [])
    }
    for row in try conn.query("SELECT person_id, kind, starts_on, ends_on, weekly_hours::float8 FROM contracts ORDER BY starts_on") {
        let (person, kind, start, end, hours) = try row.decode((Int, ContractType, CalendarDate, CalendarDate?, Double).self)
        people[person]?.contracts.append(try Contract(type: kind, start: start, end: end, weeklyHours: hours))
    }
    for row in try conn.query("SELECT person_id, centre_id, starts_on, ends_on FROM assignments ORDER BY starts_on") {
        let (person, centre, start, end) = try row.decode((Int, Int, CalendarDate, CalendarDate?).self)
        people[person]?.assignments.append(CentreAssignment(centreID: centre, start: start, end: end))
    }
    network.people = people.keys.sorted().compactMap { people[$0] }

    let first = Period.days[0], last = Period.days[Period.days.count - 1]
    let holidays = PublicHolidays.among(Period.days)
    var centres: [Int: CentreContext] = [:]
    for row in try conn.query("SELECT id, name FROM centres") {
        let (id, name) = try row.decode((Int, String).self)
        centres[id] = CentreContext(centreID: id, name: name, openingHours: OpeningHours(), closures: holidays)
    }
    var ranges: [Int: [Weekday: [TimeRange]]] = [:]
    for row in try conn.query("SELECT centre_id, weekday, opens_at, closes_at FROM opening_hours ORDER BY opens_at") {
        let (centre, weekday, opens, closes) = try row.decode((Int, Int16, TimeOfDay, TimeOfDay).self)
        guard let day = Weekday(rawValue: Int(weekday)), let range = TimeRange(start: opens, end: closes) else { continue }
        ranges[centre, default: [:]][day, default: []].append(range)
    }
    for (centre, week) in ranges { centres[centre]?.openingHours = try OpeningHours(ranges: week) }
    for row in try conn.query("SELECT centre_id, day FROM centre_closures WHERE day BETWEEN \(first) AND \(last)") {
        let (centre, day) = try row.decode((Int, CalendarDate).self)
        centres[centre]?.closures.insert(day)
    }
    for row in try conn.query("SELECT centre_id, rule, enabled, severity FROM centre_rule_settings") {
        let (centre, code, enabled, severity) = try row.decode((Int, String, Bool, Severity).self)
        guard let rule = RuleID(rawValue: code) else { continue }
        centres[centre]?.settings[rule] = RuleSetting(isEnabled: enabled, severity: severity)
    }
    for row in try conn.query("SELECT centre_id, name, value::float8 FROM centre_rule_limits") {
        let (centre, code, value) = try row.decode((Int, String, Double).self)
        guard let name = RuleLimitName(rawValue: code), var limits = centres[centre]?.settings.limits else { continue }
        try name.set(value, in: &limits)
        centres[centre]?.settings.limits = limits
    }
    network.centres = centres.keys.sorted().compactMap { centres[$0] }
    return network
}

/// One check of the whole year: the time in the checker and in preparing its input, the findings
/// per rule and each week's time.
struct YearCheck {
    var seconds = 0.0
    var prepareSeconds = 0.0
    var findings = 0
    var byRule: [RuleID: Int] = [:]
    var weeks: [(seconds: Double, shifts: Int, history: Int, findings: Int)] = []
}

/// Checks every week of the year, the whole network at once. Only the calls to the checker are
/// timed as checking; sorting the shifts into weeks and copying each week's history for the
/// call is timed apart.
func checkYear(_ network: Network) -> YearCheck {
    var result = YearCheck()
    let weeks = Period.weeks
    var byWeek = [[Shift]](repeating: [], count: weeks.count)
    result.prepareSeconds += seconds {
        let bounds = weeks.map(\.start) + [Period.end]
        for shift in network.shifts {
            guard shift.start >= bounds[0], shift.start < bounds[weeks.count] else { continue }
            var low = 0, high = weeks.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if bounds[middle] <= shift.start { low = middle } else { high = middle }
            }
            byWeek[low].append(shift)
        }
    }
    for (index, week) in weeks.enumerated() {
        var history: [Shift] = []
        result.prepareSeconds += seconds {
            for earlier in max(0, index - 11)..<index { history += byWeek[earlier] }
            if index + 1 < weeks.count { history += byWeek[index + 1] }
        }
        var findings: [Finding] = []
        let time = seconds {
            findings = ScheduleChecker.check(week: week, shifts: byWeek[index], history: history,
                                             people: network.people, centres: network.centres)
        }
        result.seconds += time
        result.weeks.append((time, byWeek[index].count, history.count, findings.count))
        result.findings += findings.count
        for finding in findings { result.byRule[finding.rule, default: 0] += 1 }
    }
    return result
}

let admin = try Connection()
let database = "masante_planning_bench_\(ProcessInfo.processInfo.processIdentifier)"
try admin.execute("DROP DATABASE IF EXISTS \(identifier: database)")
try admin.execute("CREATE DATABASE \(identifier: database)")
@MainActor func dropDatabase() {
    if keep {
        log("base conservée : \(database)")
    } else {
        _ = try? admin.execute("DROP DATABASE IF EXISTS \(identifier: database) WITH (FORCE)")
    }
}
@MainActor func fail(_ message: String) -> Never {
    dropDatabase()
    fatalError(message)
}

do {
    let conn = try Connection(conninfo: "dbname=\(database)")
    try Migrator(try Session.open(conninfo: "dbname=\(database)")).migrate()
    let generation = try seconds { try generateNetwork(conn) }
    let size = try networkSize(conn)
    log("réseau généré en \(format(generation, 1)) s : \(size.shifts) services")
    emit("case=planning_data centres=\(size.centres) people=\(size.people) shifts=\(size.shifts) "
          + "planning_weeks=\(size.planningWeeks) generate_seconds=\(format(generation, 2))")

    // Warm-up, and what the timed runs must find again.
    let warmNetwork = try readNetwork(conn)
    let warm = checkYear(warmNetwork)
    guard warmNetwork.shifts.count == size.shifts else {
        fail("\(warmNetwork.shifts.count) services lus, \(size.shifts) en base")
    }
    let expected: [RuleID] = [.dailyMaxHours, .dailySpan, .dailyRest, .contractHours, .openingAmplitude]
    let missing = expected.filter { (warm.byRule[$0] ?? 0) == 0 }
    guard missing.isEmpty else {
        fail("le contrôle ne trouve aucune anomalie \(missing.map(\.rawValue).joined(separator: ", ")) : les écarts générés exprès manquent")
    }

    var bestRead = Double.infinity, bestCheck = Double.infinity, bestPrepare = Double.infinity, bestYear = Double.infinity
    var bestWeeks = warm.weeks.map(\.seconds)
    for _ in 0..<runs {
        var network = Network()
        bestRead = min(bestRead, try seconds { network = try readNetwork(conn) })
        let check = checkYear(network)
        bestCheck = min(bestCheck, check.seconds)
        bestPrepare = min(bestPrepare, check.prepareSeconds)
        guard network.shifts.count == size.shifts, check.findings == warm.findings else {
            fail("deux lectures ou deux contrôles de la même année diffèrent")
        }
        for index in bestWeeks.indices { bestWeeks[index] = min(bestWeeks[index], check.weeks[index].seconds) }
        var year: [(week: ISOWeek, findings: [Finding])] = []
        bestYear = min(bestYear, seconds {
            year = ScheduleChecker.check(weeks: Period.weeks[0]...Period.weeks[Period.weeks.count - 1], shifts: network.shifts,
                                         people: network.people, centres: network.centres)
        })
        guard year.count == Period.weeks.count, year.reduce(0, { $0 + $1.findings.count }) == warm.findings else {
            fail("le contrôle de l'année d'un coup ne trouve pas ce que trouvent les contrôles semaine par semaine")
        }
    }
    conn.close()

    let ratio = bestCheck / bestRead
    emit("case=planning_check shifts=\(size.shifts) people=\(warmNetwork.people.count) centres=\(warmNetwork.centres.count) "
          + "weeks=\(Period.weeks.count) read_seconds=\(format(bestRead)) check_seconds=\(format(bestCheck)) "
          + "findings=\(warm.findings) ratio_check_to_read=\(format(ratio, 2)) target<1 \(ratio < 1 ? "ok" : "FAIL")")
    emit("case=planning_prepare seconds=\(format(bestPrepare))")
    let yearRatio = bestYear / bestRead
    emit("case=planning_check_year shifts=\(size.shifts) weeks=\(Period.weeks.count) read_seconds=\(format(bestRead)) "
          + "check_seconds=\(format(bestYear)) ratio_check_to_read=\(format(yearRatio, 2)) target<1 \(yearRatio < 1 ? "ok" : "FAIL")")
    if let slowest = bestWeeks.indices.max(by: { bestWeeks[$0] < bestWeeks[$1] }) {
        let week = warm.weeks[slowest]
        emit("case=planning_slowest_week week=\(Period.weeks[slowest]) seconds=\(format(bestWeeks[slowest])) "
              + "shifts=\(week.shifts) history=\(week.history) findings=\(week.findings)")
    }
    emit("case=planning_findings " + RuleID.allCases.compactMap { rule in
        warm.byRule[rule].map { "\(rule.rawValue)=\($0)" }
    }.joined(separator: " "))
} catch {
    dropDatabase()
    throw error
}
dropDatabase()
