import Foundation

extension PersonCheck {
    /// `dailyRest`: between two consecutive working days (the later one in the checked week, so
    /// Sunday night into Monday is checked with the Monday's week), from the last end of the first
    /// to the first start of the second, at least 11 h. Overlapping days are left to `overlap`.
    func dailyRests() -> [Finding] {
        let days = workByDay.keys.sorted()
        var findings: [Finding] = []
        for (earlier, later) in zip(days, days.dropFirst()) where context.weekDays.contains(later) {
            let before = workByDay[earlier] ?? [], after = workByDay[later] ?? []
            let rest = DateInterval(start: Self.span(before).end, end: max(Self.span(before).end, Self.span(after).start))
            guard Self.span(after).start >= Self.span(before).end, rest.duration < limits.dailyRest else { continue }
            let text = "\(ScheduleFrench.duration(rest.duration)) de repos seulement \(ScheduleFrench.period(rest)), "
                + "moins de \(ScheduleFrench.duration(limits.dailyRest)) entre deux journées"
            findings += [report(.dailyRest, rest, text, shifts: before + after)].compactMap { $0 }
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
        let weekWork = context.weekDays.flatMap { workByDay[$0] ?? [] }
        guard !weekWork.isEmpty else { return [] }
        let periods = Intervals.merged(shifts.filter(\.isWork).map(\.interval))
        var rests = [DateInterval(start: .distantPast, end: periods.first?.start ?? .distantFuture)]
        rests += zip(periods, periods.dropFirst()).map { DateInterval(start: $0.end, end: $1.start) }
        rests.append(DateInterval(start: periods.last?.end ?? .distantPast, end: .distantFuture))
        let core = max(0, limits.weeklyRest - limits.dailyRest)
        let counts = rests.contains { rest in
            rest.duration >= limits.weeklyRest
                && ((rest.start >= week.start && rest.start < week.end) || Intervals.overlap(rest, week) >= core)
        }
        guard !counts else { return [] }
        var text = "aucun repos de \(ScheduleFrench.duration(limits.weeklyRest)) consécutives dans la semaine \(context.week)"
        let finite = rests.filter { $0.start != .distantPast && $0.end != .distantFuture && Intervals.overlap($0, week) > 0 }
        if let longest = finite.max(by: { $0.duration < $1.duration }) {
            text += " ; le plus long dure \(ScheduleFrench.duration(longest.duration)), \(ScheduleFrench.period(longest))"
        }
        return [report(.weeklyRest, week, text, shifts: weekWork)].compactMap { $0 }
    }
}
