import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Computes the Region's progress report in SQL aggregates, as the registry stood on a date.
///
/// Only what happened on or before that date counts: hires dated later, contracts starting
/// later, centres opened later and months of activity not yet finished are left out.
///
/// It reads the report functions of `sql/` (`report_hire_counts`, `report_presence`, `report_centres`,
/// `report_welcome`…), which return aggregates only and withhold a centre's staff and FTE below
/// the minimum cell, so that the Region's role
/// (`masante_region`), which may read nothing about people, prints the same report as HR.
public struct ProgressQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The goal and deadline stored in `settings`.
    public func goal() throws -> (target: Int, deadline: CalendarDate) {
        let row = try connection.query(
            """
            SELECT (value->>'cible')::int8, (value->>'echeance')::date FROM settings WHERE key = 'objectif_recrutement'
            """
        ).first
        guard let row else { return (200, CalendarDate(year: 2028, month: 3, day: 31)!) }
        return try row.decode((Int, CalendarDate).self)
    }

    /// Changes the goal and its deadline.
    public func setGoal(target: Int, deadline: CalendarDate) throws {
        try connection.execute(
            """
            INSERT INTO settings (key, value) VALUES ('objectif_recrutement', jsonb_build_object('cible', \(target), 'echeance', \(deadline)::text))
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = current_user
            """)
    }

    /// Changes the openings-per-year target (setting `objectif_ouvertures`).
    public func setOpeningsTarget(_ perYear: Int) throws {
        try connection.execute(
            """
            INSERT INTO settings (key, value) VALUES ('objectif_ouvertures', jsonb_build_object('par_an', \(perYear)::int))
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = current_user
            """)
    }

    /// Sets the sub-target of a year for a profession (setting `objectifs_annuels`); 0 removes it.
    public func setYearTarget(year: Int, profession: Profession, target: Int) throws {
        try connection.execute(
            """
            INSERT INTO settings (key, value)
            VALUES ('objectifs_annuels', jsonb_build_object(\(String(year))::text, jsonb_build_object(\(profession.rawValue)::text, \(target)::int)))
            ON CONFLICT (key) DO UPDATE SET
                value = CASE WHEN \(target)::int = 0
                             THEN jsonb_strip_nulls(settings.value #- ARRAY[\(String(year))::text, \(profession.rawValue)::text])
                             ELSE jsonb_set(settings.value, ARRAY[\(String(year))::text],
                                            coalesce(settings.value -> \(String(year))::text, '{}') || jsonb_build_object(\(profession.rawValue)::text, \(target)::int))
                        END,
                updated_at = now(), updated_by = current_user
            """)
    }

    /// The report as of `date`.
    ///
    /// Its cost grows linearly with the registry, each function reading each table once, and the
    /// hires counted in one pass (issue 6).
    public func report(asOf date: CalendarDate) throws -> ProgressReport {
        try connection.transaction(isolation: .repeatableRead) {
            // Each statement reads a table once in tens of milliseconds: compiling it to machine
            // code (JIT, above PostgreSQL's cost threshold on large networks) took 200 to 300 ms
            // more than it saved (scripts/bench-report at 100x the demo).
            try connection.execute("SET LOCAL jit = off")
            let (target, deadline) = try goal()
            let hireCounts = try hireCounts(asOf: date)
            var hired = 0, lastYear = 0
            var hiredByProfession: [String: Int] = [:], hiredOutsideGoal: [String: Int] = [:]
            for line in hireCounts {
                guard let profession = line.profession, let counts = line.countsTowardGoal else { continue }
                if counts {
                    hired += line.hires
                    lastYear += line.hiresLast12Months ?? 0
                    hiredByProfession[profession] = line.hires
                } else {
                    hiredOutsideGoal[profession] = line.hires
                }
            }
            var hiredByMonth: [Int: Int] = [:]
            for line in hireCounts {
                if let month = line.month { hiredByMonth[Self.monthNumber(month)] = line.hires }
            }
            let (inPost, fte, absent, absentFTE) = try connection.query(
                "SELECT in_post, fte, absent, absent_fte FROM report_presence(\(date))"
            )[0].decode((Int, Double, Int, Double).self)
            let byCentre = try centres(asOf: date)
            // Each hire counts in the département of its first centre ("inconnu" without any
            // assignment): the sums of the centres' lines, which list every centre with a hire.
            var hiredByDepartement: [String: Int] = [:]
            for centre in byCentre where centre.hired > 0 {
                hiredByDepartement[centre.departement, default: 0] += centre.hired
            }
            let withoutCentre = hired - byCentre.reduce(0) { $0 + $1.hired }
            if withoutCentre > 0 { hiredByDepartement["inconnu"] = withoutCentre }
            let declared = try activity(asOf: date)
            let openings = try connection.fetch(Openings.self, "SELECT * FROM report_openings(\(date))")
            var report = ProgressReport(
                asOf: date, goal: target, deadline: deadline, hired: hired, inPost: inPost, fte: fte,
                present: inPost - absent, presentFTE: fte - absentFTE,
                rehired: try connection.query("SELECT report_rehires(\(date))").single(Int.self),
                welcome: try welcome(asOf: date),
                hiredByProfession: hiredByProfession,
                hiredOutsideGoal: hiredOutsideGoal,
                hiredByDepartement: hiredByDepartement,
                byCentre: byCentre,
                byMonth: Self.months(hiredByMonth, asOf: date),
                centresOpen: openings.reduce(0) { $0 + $1.stillOpen },
                openingsByYear: Dictionary(uniqueKeysWithValues: openings.map { ($0.year, $0.opened) }),
                openingsTargetPerYear: try openingsTarget(),
                activity: declared.totals,
                provisionalActivity: declared.provisional,
                projection: Projection.compute(
                    hired: hired, hiredInLast12Months: lastYear, goal: target, asOf: date, deadline: deadline))
            report.territories = try territories(asOf: date)
            report.yearTargets = try yearTargets(asOf: date, hires: hireCounts)
            let pipeline = try counts("SELECT status, centres FROM report_pipeline(\(date))")
            report.pipeline = pipeline.isEmpty ? nil : PipelineFigures(byStatus: pipeline)
            return report
        }
    }

    /// About ten openings a year: the setting `objectif_ouvertures` (10 without it).
    private func openingsTarget() throws -> Int {
        try connection.query(
            "SELECT round((value->>'par_an')::numeric)::int8 FROM settings WHERE key = 'objectif_ouvertures'"
        ).first.map { try $0.decode(Int.self) } ?? 10
    }

    /// Nil before the communes are loaded (nothing to say of the territories).
    private func territories(asOf date: CalendarDate) throws -> TerritoryFigures? {
        guard try connection.query("SELECT EXISTS (SELECT 1 FROM communes)").single(Bool.self) else { return nil }
        var recruits: [String: Int] = [:], centres: [String: Int] = [:]
        for row in try connection.query("SELECT territory, recruits, centres FROM report_territories(\(date))") {
            let (name, hired, open) = try row.decode((String, Int, Int).self)
            (recruits[name], centres[name]) = (hired, open)
        }
        return TerritoryFigures(recruits: recruits, openCentres: centres)
    }

    /// The sub-targets of the years begun by `date` (setting `objectifs_annuels`), each with the
    /// hires of its year and profession counted toward the goal; nil without any.
    private func yearTargets(asOf date: CalendarDate, hires: [HireCount]) throws -> [YearTarget]? {
        let targets = try connection.query(
            """
            SELECT y.key, p.key, round((p.value #>> '{}')::numeric)::int8
            FROM settings s, jsonb_each(s.value) y, jsonb_each(y.value) p
            WHERE s.key = 'objectifs_annuels' AND y.key <= extract(year FROM \(date)::date)::int::text
            ORDER BY y.key, p.key
            """
        ).map { try $0.decode((String, String, Int).self) }
        guard !targets.isEmpty else { return nil }
        var hired: [String: Int] = [:]
        for line in hires {
            if let year = line.year, let profession = line.profession { hired["\(year) \(profession)"] = line.hires }
        }
        return targets.map { YearTarget(year: $0, profession: $1, target: $2, hired: hired["\($0) \($1)"] ?? 0) }
    }

    /// The hires by `date` per profession, per month and per year and profession
    /// (`report_hire_counts`, one pass over the hires).
    private func hireCounts(asOf date: CalendarDate) throws -> [HireCount] {
        try connection.fetch(HireCount.self, "SELECT * FROM report_hire_counts(\(date))")
    }

    /// A line of `report_hire_counts`, read by column name: by profession (`countsTowardGoal` set,
    /// with the hires of the last 12 months), by month (`month` set) or by year and profession
    /// (`year` set), the last two counting the hires toward the goal only.
    private struct HireCount: RowDecodable {
        let profession: String?
        let countsTowardGoal: Bool?
        let month: CalendarDate?
        let year: String?
        let hires: Int
        let hiresLast12Months: Int?

        init(row: Row) throws {
            profession = try row.decode(named: "profession")
            countsTowardGoal = try row.decode(named: "counts_toward_goal")
            month = try row.decode(named: "month")
            year = try row.decode(named: "year")
            hires = try row.decode(named: "hires")
            hiresLast12Months = try row.decode(named: "hires_last_12_months")
        }
    }

    /// A line of `report_openings`: the centres opened in a year by the report's day, and those of
    /// them still open on it.
    private struct Openings: RowDecodable {
        let year: String
        let opened: Int
        let stillOpen: Int

        init(row: Row) throws {
            year = try row.decode(named: "year")
            opened = try row.decode(named: "opened")
            stillOpen = try row.decode(named: "still_open")
        }
    }

    private func counts(_ query: Query) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in try connection.query(query) {
            let (key, count) = try row.decode((String, Int).self)
            result[key] = count
        }
        return result
    }

    /// One line per centre open by `date` or with hires: the hires counted where each person
    /// was first assigned, who works there on `date` and their FTE (nil below the minimum cell).
    private func centres(asOf date: CalendarDate) throws -> [CentreFigures] {
        try connection.fetch(CentreLine.self, "SELECT * FROM report_centres(\(date))").map(\.figures)
    }

    /// A line of `report_centres`, read by column name.
    private struct CentreLine: RowDecodable {
        let figures: CentreFigures

        init(row: Row) throws {
            figures = CentreFigures(
                name: try row.decode(named: "name"), departement: try row.decode(named: "departement"),
                openedOn: try row.decode(named: "opened_on"), hired: try row.decode(named: "hired"),
                inPost: try row.decode(named: "in_post"), fte: try row.decode(named: "fte"))
        }
    }

    /// The welcome of the recruits of the 12 months up to `date` (`report_welcome`, which
    /// withholds the small counts).
    private func welcome(asOf date: CalendarDate) throws -> WelcomeFigures {
        let (recruits, finished, inProgress, late, without) = try connection.query(
            "SELECT recruits, finished, in_progress, late, without_checklist FROM report_welcome(\(date))"
        )[0].decode((Int, Int?, Int?, Int?, Int?).self)
        return WelcomeFigures(
            recruits: recruits, finished: finished, inProgress: inProgress, late: late, withoutChecklist: without)
    }

    /// Months counted from year 0, so that they follow each other as integers.
    private static func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }

    /// Every month from the first hire's to the report's, with its hires and the running total.
    private static func months(_ hires: [Int: Int], asOf date: CalendarDate) -> [MonthFigures] {
        guard let first = hires.keys.min() else { return [] }
        var cumulative = 0
        return (first...max(first, monthNumber(date))).map { month in
            let hired = hires[month] ?? 0
            cumulative += hired
            return MonthFigures(
                month: String(format: "%04d-%02d", month / 12, month % 12 + 1), hired: hired, cumulative: cumulative)
        }
    }

    /// The activity of the months finished by `date` (a month counts once its last day is on or
    /// before it) and the finished months some centre open then has not declared
    /// (``ProvisionalMonth``), found by the database in one pass (`report_activity`).
    private func activity(asOf date: CalendarDate) throws -> (totals: ActivityTotals, provisional: [ProvisionalMonth]) {
        let line = try connection.fetch(ActivityLine.self, "SELECT * FROM report_activity(\(date))")[0]
        return (
            line.totals, ProvisionalMonth.grouping(zip(line.undeclaredMonths, line.undeclaredCentres).map { ($0, $1) })
        )
    }

    /// The one row of `report_activity`, read by column name.
    private struct ActivityLine: RowDecodable {
        let totals: ActivityTotals
        let undeclaredMonths: [String]
        let undeclaredCentres: [String]

        init(row: Row) throws {
            totals = ActivityTotals(
                scheduledConsultations: try row.decode(named: "scheduled"),
                unscheduledConsultations: try row.decode(named: "unscheduled"),
                homeVisits: try row.decode(named: "home"), ehpadVisits: try row.decode(named: "ehpad"),
                newReferringPatients: try row.decode(named: "patients"))
            undeclaredMonths = try row.decode(named: "undeclared_months")
            undeclaredCentres = try row.decode(named: "undeclared_centres")
        }
    }
}
