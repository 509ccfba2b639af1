import Foundation

extension PersonCheck {
    /// `dailyMaxHours` and `dailySpan`: per day of the week (shifts counted to the day they start),
    /// the time worked and the span from the first start to the last end.
    func dailyLimits() -> [Finding] {
        var findings: [Finding] = []
        for index in context.weekDays {
            guard let shifts = work(onDay: index) else { continue }
            var date: String { ScheduleFrench.date(context.grid.days[index]) }
            let span = Self.span(shifts), worked = Self.worked(shifts)
            if worked > limits.dailyMaxWork {
                let text =
                    "\(ScheduleFrench.duration(worked)) de travail le \(date), au-delà de \(ScheduleFrench.duration(limits.dailyMaxWork))"
                findings += [report(.dailyMaxHours, span, text, shifts: shifts)].compactMap { $0 }
            }
            if span.duration > limits.dailyMaxSpan {
                let text =
                    "journée de travail de \(ScheduleFrench.duration(span.duration)) \(ScheduleFrench.period(span)), "
                    + "au-delà de \(ScheduleFrench.duration(limits.dailyMaxSpan)) d'amplitude"
                findings += [report(.dailySpan, span, text, shifts: shifts)].compactMap { $0 }
            }
        }
        return findings
    }

    /// `breakAfterSixHours`: a stretch of work whose gaps are all shorter than the minimum break
    /// (20 min) may hold at most 6 h of work. Stretches may cross midnight; one is reported in the
    /// week it starts.
    func breaks() -> [Finding] {
        var findings: [Finding] = []
        var stretch = work.startIndex..<work.startIndex
        func close() {
            defer { stretch = stretch.upperBound..<stretch.upperBound }
            guard let first = work[stretch].first, context.isInWeek(first) else { return }
            let stretch = work[stretch]
            let worked = Self.worked(stretch)
            guard worked > limits.breakAfterWork else { return }
            let span = Self.span(stretch)
            let text =
                "\(ScheduleFrench.duration(worked)) de travail sans pause d'au moins \(ScheduleFrench.duration(limits.minimumBreak)) "
                + "\(ScheduleFrench.period(span)), une pause est due dès \(ScheduleFrench.duration(limits.breakAfterWork))"
            findings += [report(.breakAfterSixHours, span, text, shifts: stretch)].compactMap { $0 }
        }
        var stretchEnd = Date.distantPast
        for index in work.indices {
            let shift = work[index]
            if !stretch.isEmpty && shift.start.timeIntervalSince(stretchEnd) >= limits.minimumBreak { close() }
            stretchEnd = stretch.isEmpty ? shift.end : max(stretchEnd, shift.end)
            stretch = stretch.lowerBound..<(index + 1)
        }
        close()
        return findings
    }

    /// `partTimeInterruption`: on a day when the person's contract is part time, the gaps between
    /// periods of work longer than the minimum break (shorter ones are breaks) are interruptions:
    /// at most one a day, of at most 2 h.
    func partTimeInterruptions() -> [Finding] {
        guard let person else { return [] }
        var findings: [Finding] = []
        for index in context.weekDays {
            let date = context.grid.days[index]
            guard let shifts = work(onDay: index), person.isPartTime(on: date) else { continue }
            let periods = Intervals.merged(shifts.map(\.interval))
            let gaps = zip(periods, periods.dropFirst())
                .map { DateInterval(start: $0.end, end: $1.start) }
                .filter { $0.duration > limits.minimumBreak }
            guard
                gaps.count > limits.partTimeMaxInterruptions
                    || gaps.contains(where: { $0.duration > limits.partTimeMaxInterruption })
            else { continue }
            let listed = gaps.map {
                "\(ScheduleFrench.time($0.start))–\(ScheduleFrench.time($0.end)), \(ScheduleFrench.duration($0.duration))"
            }
            let allowed = limits.partTimeMaxInterruptions
            let text =
                "temps partiel interrompu \(gaps.count) fois le \(ScheduleFrench.date(date)) (\(listed.joined(separator: " ; "))) ; "
                + "au plus \(allowed) interruption\(allowed > 1 ? "s" : "") par jour, de \(ScheduleFrench.duration(limits.partTimeMaxInterruption)) au plus"
            findings += [report(.partTimeInterruption, Self.span(shifts), text, shifts: shifts)].compactMap { $0 }
        }
        return findings
    }
}
