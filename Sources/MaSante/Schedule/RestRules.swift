import Foundation

extension PersonCheck {
    /// `dailyRest`: between two consecutive working days (the later one in the checked week, so
    /// Sunday night into Monday is checked with the Monday's week), from the last end of the first
    /// to the first start of the second, at least 11 h. Overlapping days are left to `overlap`.
    func dailyRests() -> [Finding] {
        var findings: [Finding] = []
        for (before, after) in zip(workDays, workDays.dropFirst())
        where context.weekDays.contains(after[after.startIndex].day) {
            let end = Self.span(before).end, start = Self.span(after).start
            guard start >= end, start.timeIntervalSince(end) < limits.dailyRest else { continue }
            let rest = DateInterval(start: end, end: start)
            let text =
                "\(ScheduleFrench.duration(rest.duration)) de repos seulement \(ScheduleFrench.period(rest)), "
                + "moins de \(ScheduleFrench.duration(limits.dailyRest)) entre deux journées"
            findings += [report(.dailyRest, rest, text, shifts: Array(before) + after)].compactMap { $0 }
        }
        return findings
    }

    /// `weeklyRest`: the week needs one rest of at least 35 consecutive hours (time with no work,
    /// before the first known shift and after the last one included) that either starts during
    /// the week, or has at least its 24 h core (35 h − the 11 h daily rest) inside the week.
    /// So a rest from Saturday evening to Monday morning counts for the week it starts in, and a
    /// week spent mostly off passes.
    func weeklyRest() -> [Finding] {
        let week = context.weekInterval
        guard !weekWork.isEmpty else { return [] }
        let core = max(0, limits.weeklyRest - limits.dailyRest)
        func counts(_ rest: DateInterval) -> Bool {
            rest.duration >= limits.weeklyRest
                && ((rest.start >= week.start && rest.start < week.end) || Intervals.overlap(rest, week) >= core)
        }
        // The gaps between periods of work (overlapping or touching shifts joined), found in one
        // pass over the sorted work: the message below needs them all only when none counts.
        var periodEnd: Date?
        for shift in work {
            if let end = periodEnd, shift.start <= end {
                periodEnd = max(end, shift.end)
                continue
            }
            let restStart = periodEnd ?? .distantPast
            if counts(DateInterval(start: restStart, end: max(restStart, shift.start))) { return [] }
            periodEnd = shift.end
        }
        if counts(DateInterval(start: periodEnd ?? .distantPast, end: .distantFuture)) { return [] }

        let periods = Intervals.merged(work.map(\.interval))
        let rests =
            [DateInterval(start: .distantPast, end: periods.first?.start ?? .distantFuture)]
            + zip(periods, periods.dropFirst()).map { DateInterval(start: $0.end, end: $1.start) }
            + [DateInterval(start: periods.last?.end ?? .distantPast, end: .distantFuture)]
        var text =
            "aucun repos de \(ScheduleFrench.duration(limits.weeklyRest)) consécutives dans la semaine \(context.week)"
        let finite = rests.filter {
            $0.start != .distantPast && $0.end != .distantFuture && Intervals.overlap($0, week) > 0
        }
        if let longest = finite.max(by: { $0.duration < $1.duration }) {
            text +=
                " ; le plus long dure \(ScheduleFrench.duration(longest.duration)), \(ScheduleFrench.period(longest))"
        }
        return [report(.weeklyRest, week, text, shifts: weekWork)].compactMap { $0 }
    }
}
