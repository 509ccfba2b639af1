// The network of ReportBench: N times the demo network, generated in SQL with generate_series
// (Benchmarks/report-network.sql, which the observatory's exactness test runs too).
//
// Scale N (the demo is N = 1):
//   centres     26·N open (opened in November 2016, one a day for 20 days) and 3·N still in the
//               pipeline (candidature, retenue, convention signée), over the 13 départements of
//               Occitanie; no sites, partners, opening hours or lifecycle events (the report does
//               not read them);
//   people      133·N health professionals (per 133: 119 GPs, 10 midwives, 3 nurses, 1 specialist),
//               46·N secretaries and 5·N candidates never hired: 184 people at 1×, 18,400 at 100×;
//               every RPPS is valid (199, a seven-digit serial, the Luhn check digit);
//   hires       spread over ten years (2016-11-21 → 2026-10-31), each with 'embauche' then
//               'en_poste' on the day of the hire and one contract at one open centre; one in ten
//               half-time, one in ten at 28 h; one in twenty a year's CDD followed by a CDI (or
//               still running), one in twenty six months' CDD then gone ('parti'), one in twenty
//               leaving a CDI; one in fifty full-time people shares its week with a second centre;
//   activity    ten years of monthly activity for every open centre (120 rows per centre:
//               3,120 rows at 1×, 312,000 at 100×).
// Weekly schedules ("a year of shifts" in issue 6) do not exist in the schema yet: nothing is
// generated for them, and the report has no part that would read them.
//
// bench_centres and bench_people keep what the generator decided, so that the expected report
// figures are computed from them, not from the report's own queries.

import Foundation
import MaSante
import PQ

/// The period every scale covers, and the report's date: its last day.
enum Period {
    static let firstMonth = "2016-11-01"
    static let asOf = CalendarDate(year: 2026, month: 10, day: 31)!
    static let months = 120
}

/// Writes the network of scale `n` into an empty, migrated database, then vacuums and analyses it
/// as autovacuum keeps a live database: visibility map set (index-only scans read no table
/// page), statistics gathered, and no autovacuum pass left to start during the measurement.
func generateNetwork(_ conn: Connection, scale n: Int) throws {
    try conn.runScript(try networkScript(scale: n))
    try conn.execute("VACUUM (ANALYZE)")
}

/// The SQL of the network (Benchmarks/report-network.sql, which the observatory's exactness test
/// runs too), its placeholders filled for scale `n`.
func networkScript(scale n: Int) throws -> String {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("report-network.sql")
    return try String(contentsOf: file, encoding: .utf8)
        .replacingOccurrences(of: "{scale}", with: String(n))
        .replacingOccurrences(of: "{start}", with: Period.firstMonth)
        .replacingOccurrences(of: "{as_of}", with: Period.asOf.description)
        .replacingOccurrences(of: "{last_month}", with: String(Period.months - 1))
}

/// Row counts of what was generated.
struct NetworkSize {
    var centres = 0
    var people = 0
    var healthProfessionals = 0
    var activityRows = 0
}

func networkSize(_ conn: Connection) throws -> NetworkSize {
    let (centres, people, professionals, activity) = try conn.query("""
        SELECT (SELECT count(*) FROM centres), (SELECT count(*) FROM people),
               (SELECT count(*) FROM bench_people WHERE role = 'hp'), (SELECT count(*) FROM monthly_activity)
        """)[0].decode((Int, Int, Int, Int).self)
    return NetworkSize(centres: centres, people: people, healthProfessionals: professionals, activityRows: activity)
}

/// Checks the report against what the generator wrote (bench_people, bench_centres): the
/// benchmark must not time a report that found nothing. Returns the problems found.
func problems(in report: ProgressReport, _ conn: Connection, scale n: Int) throws -> [String] {
    var problems: [String] = []
    func expect<T: Equatable>(_ what: String, _ actual: T, _ expected: T) {
        if actual != expected { problems.append("\(what): \(actual), attendu \(expected)") }
    }
    let asOf = Period.asOf
    let (hired, inPost, fte) = try conn.query("""
        SELECT count(*) FILTER (WHERE hired_on <= \(asOf)),
               count(*) FILTER (WHERE hired_on <= \(asOf) AND (ends_on IS NULL OR ends_on >= \(asOf) OR follow_on <= \(asOf))),
               coalesce(sum(round(hours / 35, 4)) FILTER (WHERE hired_on <= \(asOf)
                            AND (ends_on IS NULL OR ends_on >= \(asOf) OR follow_on <= \(asOf))), 0)::float8
        FROM bench_people WHERE role = 'hp'
        """)[0].decode((Int, Int, Double).self)
    expect("recrutés", report.hired, hired)
    expect("recrutés (133·N)", report.hired, 133 * n)
    expect("en poste", report.inPost, inPost)
    if abs(report.fte - fte) > 1e-6 { problems.append("ETP: \(report.fte), attendu \(fte)") }
    var byProfession: [String: Int] = [:]
    for row in try conn.query("""
        SELECT profession::text, count(*) FROM bench_people WHERE role = 'hp' AND hired_on <= \(asOf) GROUP BY 1
        """) {
        let (profession, count) = try row.decode((String, Int).self)
        byProfession[profession] = count
    }
    expect("par profession", report.hiredByProfession, byProfession)
    expect("par profession (119·N généralistes)", report.hiredByProfession["medecin_generaliste"], 119 * n)
    expect("hors objectif", report.hiredOutsideGoal, ["secretaire_medical": 46 * n])
    expect("total par département", report.hiredByDepartement.values.reduce(0, +), hired)
    expect("départements", report.hiredByDepartement.count, 13)
    expect("centres ouverts", report.centresOpen, 26 * n)
    expect("ouvertures par an", report.openingsByYear, ["2016": 26 * n])
    expect("lignes par centre", report.byCentre.count, 26 * n)
    expect("total des recrutés par centre", report.byCentre.reduce(0) { $0 + $1.hired }, hired)
    var perCentre: [String: Int] = [:]
    for row in try conn.query("""
        SELECT c.name, count(p.k) FROM bench_centres c LEFT JOIN bench_people p
            ON p.centre_idx = c.i AND p.role = 'hp' AND p.hired_on <= \(asOf)
        WHERE c.open GROUP BY c.name
        """) {
        let (name, count) = try row.decode((String, Int).self)
        perCentre[name] = count
    }
    expect("recrutés par centre", Dictionary(uniqueKeysWithValues: report.byCentre.map { ($0.name, $0.hired) }), perCentre)
    // A withheld centre (secret statistique) counts fewer than the minimum cell.
    let published = report.byCentre.compactMap(\.inPost).reduce(0, +)
    let withheld = report.byCentre.filter(\.isWithheld).count
    expect("total des en poste par centre (deux centres comptent double)",
           published + withheld * (CentreFigures.minimumCell - 1) >= inPost, true)
    expect("mois", report.byMonth.count, Period.months)
    expect("premier mois", report.byMonth.first?.month, "2016-11")
    expect("cumul du dernier mois", report.byMonth.last?.cumulative, hired)
    let (scheduled, unscheduled, home, ehpad, patients) = try conn.query("""
        SELECT sum(scheduled_consultations)::int8, sum(unscheduled_consultations)::int8, sum(home_visits)::int8,
               sum(ehpad_visits)::int8, sum(new_referring_patients)::int8 FROM monthly_activity
        """)[0].decode((Int, Int, Int, Int, Int).self)
    expect("activité", report.activity, ActivityTotals(
        scheduledConsultations: scheduled, unscheduledConsultations: unscheduled, homeVisits: home, ehpadVisits: ehpad,
        newReferringPatients: patients))
    if report.activity.scheduledConsultations == 0 { problems.append("aucune consultation") }
    return problems
}
