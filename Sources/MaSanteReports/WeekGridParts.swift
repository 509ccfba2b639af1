public import Foundation
public import MaSante

/// The pieces of the printed week grid (`planning semaine --format html`) that other front ends
/// reuse, so that the web page of a week reads like its printed sheet: which days get a column,
/// how a shift, its hours and the findings are written in French, and the activity colours.
///
/// ```swift
/// WeekGridParts.days(view)              // Monday to Saturday (Sunday when used)
/// WeekGridParts.timeSpan(shift)         // "08:30–12:30"
/// WeekGridParts.activityText(shift)     // "Consult."
/// ```
public enum WeekGridParts {
    /// Monday to Saturday, and Sunday when someone has a shift then or the centre opens then.
    public static func days(_ view: WeekView) -> [CalendarDate] { WeekGrid.shownDays(view) }

    /// `Centre de santé de Millas`, or `Centre de santé Millas` for a bare town name.
    public static func centreTitle(_ name: String) -> String { WeekGrid.centreTitle(name) }

    /// `du lundi 30 novembre au dimanche 6 décembre 2026`.
    public static func dateRange(_ week: ISOWeek) -> String { WeekGrid.dateRange(week) }

    /// A day's opening hours: `["08:30–12:30", "13:30–19:00"]`, or `["fermé"]`.
    public static func openingText(_ hours: OpeningHours, _ day: CalendarDate) -> [String] {
        WeekGrid.openingText(hours, day)
    }

    /// `08:30–12:30`, `22:00–06:00+1` for a night.
    public static func timeSpan(_ shift: Shift) -> String { WeekGrid.timeSpan(shift) }

    /// The end as a form or the planning CSV writes it: `12:30`, `24:00` at midnight.
    public static func endText(_ shift: Shift) -> String { WeekGrid.endText(shift) }

    /// `Consult.`, `EHPAD Les Tilleuls`, `Visite dom. (Thuir)`.
    public static func activityText(_ shift: Shift) -> String { WeekGrid.activityText(shift) }

    /// `Consult.`, `SNP`…: the short name of the legend.
    public static func abbreviation(_ activity: Activity) -> String { WeekGrid.abbreviation(activity) }

    /// `31 h 30`, to the nearest minute.
    public static func hours(_ seconds: TimeInterval) -> String { WeekGrid.hours(seconds) }

    /// `37 h 30 / 35 h`, or `12 h / sans contrat`.
    public static func totalText(_ row: WeekViewRow) -> String { WeekGrid.totalText(row) }

    /// `dont 4 h ailleurs` and `dont 5 h 30 d'absence`, those that apply.
    public static func totalDetails(_ row: WeekViewRow) -> [String] {
        [WeekGrid.elsewhereText(row), WeekGrid.absenceText(row)].compactMap { $0 }
    }

    /// What the hours column counts.
    public static var hoursNote: String { WeekGrid.hoursNote }

    /// Blocking findings first, then warnings.
    public static func orderedFindings(_ findings: [Finding]) -> [Finding] { WeekGrid.orderedFindings(findings) }

    /// `1 bloquant, 2 avertissements`.
    public static func findingsSummary(_ findings: [Finding]) -> String { WeekGrid.findingsSummary(findings) }

    /// The fill and edge colour of an activity's labels, as on the printed sheet.
    public static func colours(_ activity: Activity) -> (fill: String, edge: String) {
        WeekGridHTML.activityColours[activity] ?? ("#ffffff", "#1b1b1b")
    }

    /// `service ajouté`, `service déplacé`, `semaine publiée`…: what a change of the history did.
    public static func changeOperation(_ change: PlanningChange) -> String { ChangeHistory.operation(change) }

    /// `Arnaud REY, le lundi 30 novembre 2026 de 08:30 à 12:30, consultation`: a shift of the history.
    public static func changedShift(_ shift: ChangedShift) -> String { ChangeHistory.shift(shift) }
}
