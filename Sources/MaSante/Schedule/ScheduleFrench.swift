public import Foundation

/// How schedule messages write durations, days and moments in French.
///
/// ```swift
/// ScheduleFrench.duration(41_400)   // "11 h 30"
/// ```
public enum ScheduleFrench {
    /// `11 h 30`, `10 h`, `10 h 01`, `45 min`, `0 h`: to the minute, rounded down unless another
    /// `rounding` is asked (the week grids round to the nearest minute).
    public static func duration(_ seconds: TimeInterval, rounding: FloatingPointRoundingRule = .down) -> String {
        let minutes = Int((seconds / 60).rounded(rounding))
        let sign = minutes < 0 ? "-" : ""
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        if hours == 0 { return rest == 0 ? "0 h" : "\(sign)\(rest) min" }
        return rest == 0 ? "\(sign)\(hours) h" : "\(sign)\(hours) h \(Digits.padded(rest, width: 2))"
    }

    /// `mardi 8 décembre 2026`, `mardi 1er décembre 2026`.
    public static func date(_ day: CalendarDate) -> String {
        "\(day.weekday.label) \(FrenchDate.long(day))"
    }

    /// `08:30` in Paris.
    public static func time(_ instant: Date) -> String { ParisClock.time(of: instant).description }

    /// `mardi 8 décembre 2026 à 08:30`.
    public static func moment(_ instant: Date) -> String { "\(date(ParisClock.day(of: instant))) à \(time(instant))" }

    /// `le mardi 8 décembre 2026 de 08:00 à 12:00`, or across days
    /// `du samedi 24 octobre 2026 à 22:00 au dimanche 25 octobre 2026 à 06:00`.
    public static func period(_ interval: DateInterval) -> String {
        let first = ParisClock.day(of: interval.start)
        if interval.end == .distantFuture { return "à partir du \(moment(interval.start))" }
        let last = ParisClock.day(of: interval.end)
        let endsAtMidnight = last == first.adding(days: 1) && ParisClock.time(of: interval.end).minutes == 0
        if last == first || endsAtMidnight {
            return "le \(date(first)) de \(time(interval.start)) à \(endsAtMidnight ? "24:00" : time(interval.end))"
        }
        return "du \(moment(interval.start)) au \(moment(interval.end))"
    }

    /// `Marie DURAND : … (L3121-18)`: a subject, the sentence, the rule's legal reference if any.
    static func sentence(_ subject: String, _ text: String, _ rule: RuleID) -> String {
        "\(subject) : \(text)" + (rule.reference.map { " (\($0))" } ?? "")
    }
}
