import Foundation

extension PersonCheck {
    /// `weeklyMax`, `twelveWeekAverage` and `maxWorkingDays`: work in the week (shifts starting
    /// Monday to Sunday), average work over the 12 weeks ending with it (weeks with no known shift
    /// count as 0 h: pass every earlier shift as history), and the days with some work.
    func weeklyLimits() -> [Finding] {
        let week = context.week
        guard !weekWork.isEmpty else { return [] }
        var findings: [Finding] = []

        let worked = Self.worked(weekWork)
        if worked > limits.weeklyMaxWork {
            let text =
                "\(ScheduleFrench.duration(worked)) de travail dans la semaine \(week), au-delà de \(ScheduleFrench.duration(limits.weeklyMaxWork))"
            findings += [report(.weeklyMax, context.weekInterval, text, shifts: weekWork)].compactMap { $0 }
        }

        let weeks = max(1, limits.averageWeeks)
        let firstDay = max(0, context.weekDays.upperBound - 7 * weeks)
        let periodWork = CheckContext.slice(allShifts, days: firstDay..<context.weekDays.upperBound).lazy.filter(
            \.isWork)
        let average = Self.worked(periodWork) / Double(weeks)
        if average > limits.averageWeeklyMaxWork {
            let firstWeek = week.adding(weeks: -(weeks - 1))
            let interval = DateInterval(start: context.grid.starts[firstDay], end: context.weekInterval.end)
            let text =
                "\(ScheduleFrench.duration(average)) de travail en moyenne sur les \(weeks) semaines de \(firstWeek) à \(week), "
                + "au-delà de \(ScheduleFrench.duration(limits.averageWeeklyMaxWork))"
            findings += [report(.twelveWeekAverage, interval, text, shifts: weekWork)].compactMap { $0 }
        }

        let days = workDays.count { context.weekDays.contains($0[$0.startIndex].day) }
        if days > limits.maxWorkingDays {
            let text = "\(days) jours travaillés dans la semaine \(week), au-delà de \(limits.maxWorkingDays)"
            findings += [report(.maxWorkingDays, context.weekInterval, text, shifts: weekWork)].compactMap { $0 }
        }
        return findings
    }
}
