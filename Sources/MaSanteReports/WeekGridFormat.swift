import Foundation
public import MaSante

/// What the renderings of a centre's week share: which days get a column, how a shift, an
/// activity and an amount of hours are written in French, and the title.
///
/// `planning semaine` picks a renderer by format:
///
/// ```swift
/// let output = try WeekGrid.render(view, as: .html)   // or .texte, .csv, .json
/// ```
public enum WeekGrid {
    /// The whole week in one of the four formats of `planning semaine`.
    public static func render(_ view: WeekView, as format: OutputFormat) throws -> String {
        switch format {
        case .texte: WeekGridText(view: view).render()
        case .html: WeekGridHTML(view: view).render()
        case .csv: WeekGridData(view: view).csv
        case .json: try WeekGridData(view: view).json()
        }
    }

    /// Monday to Saturday, and Sunday when someone has a shift then or the centre opens then.
    static func shownDays(_ view: WeekView) -> [CalendarDate] {
        let days = view.week.days
        let sunday = days[6]
        let sundayUsed =
            view.rows.contains { !$0.shifts(on: sunday).isEmpty } || !view.openingHours.ranges(on: .dimanche).isEmpty
        return sundayUsed ? days : Array(days.prefix(6))
    }

    /// `Centre de santé de Millas` stays as is; `Millas` becomes `Centre de santé Millas`.
    static func centreTitle(_ name: String) -> String {
        FrenchText.key(name).hasPrefix("centre_de_sante") ? name : "Centre de santé \(name)"
    }

    /// `du lundi 30 novembre au dimanche 6 décembre 2026` (the first year only when it differs).
    static func dateRange(_ week: ISOWeek) -> String {
        let first = week.days[0], last = week.days[6]
        let firstText =
            "\(first.weekday.label) \(FrenchDate.dayAndMonth(first))"
            + (first.year == last.year ? "" : " \(first.year)")
        return "du \(firstText) au \(last.weekday.label) \(FrenchDate.dayAndMonth(last)) \(last.year)"
    }

    /// `lun. 30/11`.
    static func dayHeading(_ day: CalendarDate) -> String {
        String(format: "%@ %02d/%02d", shortWeekday(day.weekday), day.day, day.month)
    }

    static func shortWeekday(_ weekday: Weekday) -> String {
        switch weekday {
        case .lundi: "lun."
        case .mardi: "mar."
        case .mercredi: "mer."
        case .jeudi: "jeu."
        case .vendredi: "ven."
        case .samedi: "sam."
        case .dimanche: "dim."
        }
    }

    /// `Planning — Centre de santé de Millas — semaine 2026-W49 (du lundi 30 novembre au dimanche
    /// 6 décembre 2026) — brouillon, version 3`.
    static func title(_ view: WeekView) -> String {
        "Planning — \(centreTitle(view.centreName)) — semaine \(view.week) (\(dateRange(view.week))) — \(view.status.label.lowercased()), version \(view.version)"
    }

    /// How a grid cell names an activity: `Consult.`, `SNP`, `EHPAD Les Tilleuls`, `Visite dom. (Thuir)`.
    static func abbreviation(_ activity: Activity) -> String {
        switch activity {
        case .consultation: "Consult."
        case .soinsNonProgrammes: "SNP"
        case .visiteDomicile: "Visite dom."
        case .visiteEHPAD: "EHPAD"
        case .secretariat: "Secrét."
        case .administratif: "Admin."
        case .formation: "Form."
        case .conge: "Congé"
        case .maladie: "Maladie"
        }
    }

    /// The activity with its place: `EHPAD Les Tilleuls`, `Visite dom. (Thuir)`, `Consult.`.
    static func activityText(_ shift: Shift) -> String {
        let short = abbreviation(shift.activity)
        guard let place = shift.place else { return short }
        return shift.activity == .visiteEHPAD ? "\(short) \(place)" : "\(short) (\(place))"
    }

    /// The end as the planning CSV writes it: `12:30`, `06:00` the next morning, `24:00` at midnight.
    static func endText(_ shift: Shift) -> String {
        shift.endsOnLaterDay && shift.endTime.minutes == 0 ? "24:00" : shift.endTime.description
    }

    /// `08:30–12:30`, `22:00–06:00+1` for a night, `20:00–24:00` for a shift ending at midnight.
    static func timeSpan(_ shift: Shift) -> String {
        let end = endText(shift)
        let later = shift.endsOnLaterDay && end != "24:00"
        return "\(shift.startTime)–\(end)\(later ? "+1" : "")"
    }

    /// `08:30–12:30 Consult.`.
    static func shiftText(_ shift: Shift) -> String { "\(timeSpan(shift)) \(activityText(shift))" }

    /// `31 h 30`, `35 h`, `45 min`, `0 h`, to the nearest minute.
    static func hours(_ seconds: TimeInterval) -> String {
        ScheduleFrench.duration(seconds, rounding: .toNearestOrAwayFromZero)
    }

    /// `37 h 30 / 35 h`, or `12 h / sans contrat`: the hours counted toward the contract (work in
    /// every centre, leave and sick leave) against the contract's hours for the week.
    static func totalText(_ row: WeekViewRow) -> String {
        "\(hours(row.hours.counted)) / " + (row.hours.contract.map { hours($0) } ?? "sans contrat")
    }

    /// `dont 4 h ailleurs`, nil when nothing is planned in other centres.
    static func elsewhereText(_ row: WeekViewRow) -> String? {
        row.hoursElsewhere > 0 ? "dont \(hours(row.hoursElsewhere)) ailleurs" : nil
    }

    /// `dont 5 h 30 d'absence` (leave and sick leave), nil without any that week.
    static func absenceText(_ row: WeekViewRow) -> String? {
        row.hours.absence > 0 ? "dont \(hours(row.hours.absence)) d'absence" : nil
    }

    /// What the hours column counts, under the grid.
    static let hoursNote =
        "Heures : travail dans tous les centres + absences (congés, maladie) / heures du contrat pour la semaine ; "
        + "les absences comptent pour le contrat, pas pour les maxima légaux (10 h par jour, 48 h par semaine)."

    /// One day's opening hours: `08:30–12:30 13:30–19:00`, or `fermé`.
    static func openingText(_ hours: OpeningHours, _ day: CalendarDate) -> [String] {
        let ranges = hours.ranges(on: day.weekday)
        return ranges.isEmpty ? ["fermé"] : ranges.map { "\($0.start)–\($0.end)" }
    }

    /// Blocking findings first, then warnings, each in the checker's order.
    static func orderedFindings(_ findings: [Finding]) -> [Finding] {
        findings.filter { $0.severity == .bloquant } + findings.filter { $0.severity != .bloquant }
    }

    /// Findings as lines, blocking ones first, then `Total : 1 bloquant, 2 avertissements.`;
    /// or « Aucune anomalie. » (`planning verifier`, `planning publier`).
    public static func findingsText(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "Aucune anomalie." }
        let lines = orderedFindings(findings).map { "  \($0.severity.rawValue) : \($0.message)" }
        return (lines + ["Total : \(findingsSummary(findings))."]).joined(separator: "\n")
    }

    /// `1 bloquant, 2 avertissements`.
    static func findingsSummary(_ findings: [Finding]) -> String {
        let blocking = findings.filter { $0.severity == .bloquant }.count, warnings = findings.count - blocking
        var parts: [String] = []
        if blocking > 0 { parts.append("\(blocking) bloquant\(blocking > 1 ? "s" : "")") }
        if warnings > 0 { parts.append("\(warnings) avertissement\(warnings > 1 ? "s" : "")") }
        return parts.joined(separator: ", ")
    }
}
