import Foundation

extension CentreCheck {
    /// `withinOpeningHours`: consultations and unscheduled care lie inside the centre's opening
    /// ranges (of the day they start on, and of the next day for a shift crossing midnight).
    func openingHours() -> [Finding] {
        var findings: [Finding] = []
        for shift in shifts where shift.activity.needsOpenCentre {
            let lastIndex = context.grid.index(of: shift.end.addingTimeInterval(-1)) ?? shift.day
            // The usual case, a shift inside one opening range of its day, needs no set arithmetic.
            if lastIndex == shift.day,
                open(onDay: shift.day).contains(where: { $0.start <= shift.start && shift.end <= $0.end })
            {
                continue
            }
            let open = Intervals.merged(Set([shift.day, lastIndex]).flatMap { self.open(onDay: $0) })
            let outside = Intervals.subtracting(open, from: shift.interval)
            guard !outside.isEmpty else { continue }
            let spans =
                open.isEmpty
                ? "centre fermé ce jour-là"
                : "hors ouverture : "
                    + outside.map { "\(ScheduleFrench.time($0.start))–\(ScheduleFrench.time($0.end))" }.joined(
                        separator: ", ")
            let text =
                "\(shift.activity.noun) \(ScheduleFrench.period(shift.interval)) en dehors des heures d'ouverture de \(centre.name) (\(spans))"
            findings += [
                report(
                    .withinOpeningHours, shift.interval, text, subject: context.personName(shift.personID),
                    personIDs: [shift.personID])
            ].compactMap { $0 }
        }
        return findings
    }

    /// `openingAmplitude`: the weekly opening hours against the target (08:00–20:00 Monday to
    /// Friday, Saturday 08:00–12:00 by default). A day meets it when it opens at or before the
    /// target's start and closes at or after its end; a midday closure does not shorten the
    /// amplitude. One finding for the week lists the days short of it.
    func amplitude() -> [Finding] {
        // Written once per centre by the index (unless given another centre under the same id).
        let cached = context.centres[centre.centreID] == centre
        guard let text = cached ? context.index.amplitudeTexts[centre.centreID] : Self.amplitudeText(centre) else {
            return []
        }
        return [report(.openingAmplitude, context.weekInterval, text)].compactMap { $0 }
    }

    /// The `openingAmplitude` sentence about a centre's opening hours, nil when they meet the target.
    static func amplitudeText(_ centre: CentreContext) -> String? {
        let target = centre.settings.limits.openingTarget
        var short: [String] = []
        for weekday in target.keys.sorted() {
            guard let wanted = target[weekday] else { continue }
            let ranges = centre.openingHours.ranges(on: weekday)
            guard let first = ranges.first, let last = ranges.last else {
                short.append("\(weekday.label) fermé")
                continue
            }
            if first.start > wanted.start || last.end < wanted.end {
                short.append("\(weekday.label) \(first.start)–\(last.end)")
            }
        }
        guard !short.isEmpty else { return nil }
        return "amplitude d'ouverture en deçà de l'objectif (\(describe(target))) : \(short.joined(separator: ", "))"
    }

    /// `du lundi au vendredi 08:00–20:00, samedi 08:00–12:00`: runs of consecutive days with the same range.
    static func describe(_ target: [Weekday: TimeRange]) -> String {
        target == RuleLimits.assuranceMaladieTarget ? defaultTargetText : describeRuns(target)
    }

    /// The default target's description, written once: every week of every centre short of it reports it.
    private static let defaultTargetText = describeRuns(RuleLimits.assuranceMaladieTarget)

    private static func describeRuns(_ target: [Weekday: TimeRange]) -> String {
        var runs: [(first: Weekday, last: Weekday, range: TimeRange)] = []
        for weekday in target.keys.sorted() {
            guard let range = target[weekday] else { continue }
            if let run = runs.last, run.range == range, run.last.rawValue + 1 == weekday.rawValue {
                runs[runs.count - 1].last = weekday
            } else {
                runs.append((weekday, weekday, range))
            }
        }
        return runs.map { run in
            let days =
                run.first == run.last
                ? run.first.label
                : run.last.rawValue == run.first.rawValue + 1
                    ? "\(run.first.label) et \(run.last.label)"
                    : "du \(run.first.label) au \(run.last.label)"
            return "\(days) \(run.range.start)–\(run.range.end)"
        }.joined(separator: ", ")
    }
}
