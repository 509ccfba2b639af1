public import MaSante

extension ProposeWeek.Absence {
    /// Why the days typed for an absence do not fit its week (``days(first:last:in:)``). The web
    /// says each problem beside its field; the CLI says ``optionMessage`` (exit 65).
    public struct DaysRefused: Error, Sendable, Equatable {
        public var week: ISOWeek
        /// The first day, when it is one of the week.
        public var firstDay: CalendarDate?
        /// The first day is missing, unreadable or not a day of the week.
        public var firstOutsideWeek = false
        /// The last day is unreadable or not a day of the week.
        public var lastOutsideWeek = false
        /// Both days are in the week, the last before the first.
        public var lastBeforeFirst = false

        /// `options --du/--au : l'absence doit tenir dans la semaine 2027-W09 (du lundi 1er mars 2027 au …)`.
        public var optionMessage: String {
            "options --du/--au : l'absence doit tenir dans la semaine \(week) (du \(week.days[0].french) au \(week.days[6].french))"
        }
    }

    /// The first and last days of an absence of `week`, typed as text (`last` empty: the first
    /// day only): both days of the week, the last not before the first, or every problem found.
    public static func days(
        first: String, last: String, in week: ISOWeek
    ) throws(DaysRefused) -> (first: CalendarDate, last: CalendarDate) {
        func inWeek(_ text: String) -> CalendarDate? {
            (try? CalendarDate.parse(text)).flatMap { week.days.contains($0) ? $0 : nil }
        }
        let firstDay = inWeek(first)
        let lastDay = last.isEmpty ? firstDay : inWeek(last)
        var refused = DaysRefused(week: week, firstDay: firstDay)
        refused.firstOutsideWeek = firstDay == nil
        refused.lastOutsideWeek = lastDay == nil && !last.isEmpty
        guard let firstDay, let lastDay else { throw refused }
        refused.lastBeforeFirst = lastDay < firstDay
        guard !refused.lastBeforeFirst else { throw refused }
        return (firstDay, lastDay)
    }
}
