import Foundation

/// The rules about one centre's week, under the centre's own settings. Each rule lives in its own
/// file as an extension; this holds what they share.
struct CentreCheck {
    let context: CheckContext
    let centre: CentreContext
    /// The centre's shifts starting in the checked week, sorted by start.
    let shifts: ArraySlice<PlacedShift>
    /// For each day of the week (grid index), the opening ranges as instants; closed days left out.
    let openDays: [(index: Int, open: [DateInterval])]

    init(context: CheckContext, centre: CentreContext) {
        self.context = context
        self.centre = centre
        shifts = context.weekShifts(ofCentre: centre.centreID)
        openDays = context.weekDays.map { ($0, context.openIntervals(of: centre, onDay: $0)) }.filter {
            !$0.open.isEmpty
        }
    }

    func findings() -> [Finding] {
        openingHours() + presence() + unscheduledCare() + homeVisits() + amplitude()
    }

    /// A finding about this centre when `rule` is on in its settings.
    func report(
        _ rule: RuleID, _ interval: DateInterval, _ text: String, subject: String? = nil, personIDs: [Int] = []
    ) -> Finding? {
        let setting = centre.settings[rule]
        guard setting.isEnabled else { return nil }
        return Finding(
            rule: rule, severity: setting.severity, personIDs: personIDs, centreID: centre.centreID,
            interval: interval, message: ScheduleFrench.sentence(subject ?? centre.name, text, rule))
    }

    /// The opening ranges of a day of the grid (empty when closed).
    func open(onDay index: Int) -> [DateInterval] {
        openDays.first { $0.index == index }?.open
            ?? (context.weekDays.contains(index) ? [] : context.openIntervals(of: centre, onDay: index))
    }
}
