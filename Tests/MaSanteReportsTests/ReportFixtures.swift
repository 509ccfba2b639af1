import Foundation
import MaSante

/// Sample progress reports for the report renderers' tests.
enum ReportFixtures {
    /// A report resembling the real network on 31 October 2026: 26 centres open in the 13
    /// départements of Occitanie, 133 health professionals hired (119 GPs, 10 midwives, 3 nurses,
    /// 1 specialist) plus 41 secretaries outside the goal, about half a million consultations.
    ///
    /// Early figures follow the regional press (19 hires by November 2022, 27 by January 2023,
    /// 45 by mid-2023); the last 12 months hold 50 hires, a pace of 4,2 a month, so the goal of
    /// 200 by 31 March 2028 is reached around March 2028. Totals are derived from the centres and
    /// months below, so that every table of the report adds up.
    static let network2026: ProgressReport = {
        let asOf = date(2026, 10, 31)
        let deadline = date(2028, 3, 31)
        let byCentre = centres.map { name, departement, opened, hired, inPost, fte in
            CentreFigures(
                name: name, departement: departement, openedOn: date(opened), hired: hired, inPost: inPost, fte: fte)
        }
        let byMonth = months(from: 2022, 7, hires: monthlyHires)
        let hired = byMonth.last?.cumulative ?? 0
        let lastYear = monthlyHires.suffix(12).reduce(0, +)
        var openingsByYear: [String: Int] = [:]
        for centre in byCentre {
            if let opened = centre.openedOn { openingsByYear[String(opened.year), default: 0] += 1 }
        }
        return ProgressReport(
            asOf: asOf, goal: 200, deadline: deadline, hired: hired,
            inPost: byCentre.compactMap(\.inPost).reduce(0, +), fte: byCentre.compactMap(\.fte).reduce(0, +),
            hiredByProfession: [
                "medecin_generaliste": 119, "sage_femme": 10, "infirmier": 3, "medecin_specialiste": 1,
            ],
            hiredOutsideGoal: ["secretaire_medical": 41],
            hiredByDepartement: Dictionary(byCentre.map { ($0.departement, $0.hired) }, uniquingKeysWith: +),
            byCentre: byCentre, byMonth: byMonth, centresOpen: byCentre.count, openingsByYear: openingsByYear,
            openingsTargetPerYear: 10,
            activity: ActivityTotals(
                scheduledConsultations: 431_208, unscheduledConsultations: 81_137,
                homeVisits: 9_874, ehpadVisits: 3_216, newReferringPatients: 38_412),
            provisionalActivity: [
                ProvisionalMonth(month: "2026-09", missingCentres: ["Lussan"]),
                ProvisionalMonth(month: "2026-10", missingCentres: ["Lussan", "Quillan"]),
            ],
            projection: Projection.compute(
                hired: hired, hiredInLast12Months: lastYear, goal: 200, asOf: asOf, deadline: deadline))
    }()

    /// Name, département, opening day, hired, in post, FTE; in order of opening, as the report lists them.
    static let centres: [(String, String, String, Int, Int, Double)] = [
        ("Sainte-Croix-Volvestre", "09", "2022-07-01", 8, 7, 6.6),
        ("Salviac", "46", "2022-07-18", 7, 6, 5.5),
        ("Millas", "66", "2022-09-05", 9, 8, 7.4),
        ("Mazamet", "81", "2022-11-07", 9, 8, 7.8),
        ("Saint-Martory", "31", "2022-11-21", 6, 5, 4.5),
        ("Lacaune", "81", "2022-12-12", 6, 6, 5.3),
        ("Saint-Gilles", "30", "2023-01-16", 9, 8, 7.7),
        ("Saint-Hilaire-de-Brethmas", "30", "2023-03-06", 7, 7, 6.4),
        ("Quillan", "11", "2023-04-03", 5, 5, 4.6),
        ("Decazeville", "12", "2023-05-15", 6, 5, 4.8),
        ("Lussan", "30", "2023-06-12", 4, 4, 3.2),
        ("Mirande", "32", "2023-09-04", 5, 5, 4.5),
        ("Langogne", "48", "2023-11-06", 4, 3, 2.8),
        ("Lodève", "34", "2024-01-08", 6, 6, 5.6),
        ("Lannemezan", "65", "2024-02-05", 5, 5, 4.4),
        ("Caussade", "82", "2024-04-02", 5, 4, 3.9),
        ("Bagnères-de-Luchon", "31", "2024-06-03", 4, 4, 3.5),
        ("Figeac", "46", "2024-09-02", 5, 5, 4.7),
        ("Prades", "66", "2024-11-04", 4, 4, 3.6),
        ("Cugnaux", "31", "2025-04-07", 6, 6, 5.8),
        ("Lézignan-Corbières", "11", "2025-05-05", 4, 4, 3.7),
        ("Saint-Affrique", "12", "2025-06-02", 3, 3, 2.5),
        ("Bédarieux", "34", "2025-09-01", 2, 2, 2.0),
        ("Lectoure", "32", "2025-10-06", 2, 2, 1.5),
        ("Florac-Trois-Rivières", "48", "2026-03-02", 1, 1, 1.0),
        ("Valence-d'Agen", "82", "2026-06-01", 1, 1, 0.8),
    ]

    /// Hires counted toward the goal, month by month from July 2022 to October 2026 (133 in all).
    static let monthlyHires = [
        6, 2, 5, 3, 3, 4, // 2022-07 … 2022-12
        4, 3, 4, 3, 4, 4, 1, 0, 2, 1, 1, 1, // 2023
        2, 2, 1, 2, 1, 2, 1, 0, 2, 1, 2, 1, // 2024
        1, 2, 1, 3, 2, 1, 1, 0, 2, 2, 4, 3, // 2025
        5, 4, 6, 4, 4, 5, 3, 2, 5, 5, // 2026-01 … 2026-10
    ]

    static func months(from year: Int, _ month: Int, hires: [Int]) -> [MonthFigures] {
        var cumulative = 0
        return hires.enumerated().map { offset, hired in
            let index = year * 12 + month - 1 + offset
            cumulative += hired
            return MonthFigures(
                month: String(format: "%04d-%02d", index / 12, index % 12 + 1), hired: hired, cumulative: cumulative)
        }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            fatalError("date invalide \(year)-\(month)-\(day)")
        }
        return date
    }

    static func date(_ text: String) -> CalendarDate {
        do { return try CalendarDate.parse(text) } catch { fatalError("date invalide \(text)") }
    }
}
