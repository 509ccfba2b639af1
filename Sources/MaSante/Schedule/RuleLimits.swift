public import Foundation

/// The tunable figures of the rules, durations in seconds. Defaults per `domain.md`.
///
/// ```swift
/// var limits = RuleLimits()
/// limits.dailyMaxWork / 3600   // 10
/// ```
public struct RuleLimits: Hashable, Sendable {
    /// `dailyMaxHours`: work per day (L3121-18).
    public var dailyMaxWork: TimeInterval = 10 * 3600
    /// `dailySpan`: first start to last end of a day (public law).
    public var dailyMaxSpan: TimeInterval = 12 * 3600
    /// `weeklyMax`: work in a week (L3121-20).
    public var weeklyMaxWork: TimeInterval = 48 * 3600
    /// `twelveWeekAverage`: average weekly work (L3121-22)…
    public var averageWeeklyMaxWork: TimeInterval = 44 * 3600
    /// …over this many consecutive weeks, the checked one last.
    public var averageWeeks: Int = 12
    /// `dailyRest`: rest between two working days (L3131-1).
    public var dailyRest: TimeInterval = 11 * 3600
    /// `weeklyRest`: consecutive rest each week, 24 h + the 11 h daily rest (L3132-2).
    public var weeklyRest: TimeInterval = 35 * 3600
    /// `maxWorkingDays`: working days in a week (L3132-1).
    public var maxWorkingDays: Int = 6
    /// `breakAfterSixHours`: work after which a break is due (L3121-16)…
    public var breakAfterWork: TimeInterval = 6 * 3600
    /// …and the shortest gap that counts as that break.
    public var minimumBreak: TimeInterval = 20 * 60
    /// `partTimeInterruption`: interruptions a part-time day may have (L3123-30)…
    public var partTimeMaxInterruptions: Int = 1
    /// …and how long each may last.
    public var partTimeMaxInterruption: TimeInterval = 2 * 3600
    /// `contractHours`: planned hours may differ from the contract's by this much.
    public var contractHoursTolerance: TimeInterval = 3600
    /// `overlap`: the travel between two centres in different communes, counted between a
    /// person's shifts there (a gap shorter than this is a conflict, as an overlap is). One figure
    /// for any two communes: the network's centres are a short drive apart, and a centre that is
    /// farther away sets a larger one (a person working there is held to the larger).
    public var travelBetweenCommunes: TimeInterval = 30 * 60
    /// `openingAmplitude`: the opening span rewarded by the Assurance Maladie, per weekday.
    public var openingTarget: [Weekday: TimeRange] = RuleLimits.assuranceMaladieTarget

    public init() {}

    /// 08:00–20:00 Monday to Friday and Saturday morning 08:00–12:00.
    public static let assuranceMaladieTarget: [Weekday: TimeRange] = {
        let eight = TimeOfDay(hour: 8, minute: 0)!
        let day = TimeRange(start: eight, end: TimeOfDay(hour: 20, minute: 0)!)!
        var target: [Weekday: TimeRange] = [:]
        for weekday in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] { target[weekday] = day }
        target[.samedi] = TimeRange(start: eight, end: TimeOfDay(hour: 12, minute: 0)!)!
        return target
    }()

    /// The stricter of each limit: lower maxima, higher minima, the shorter averaging period. The opening target stays this one's.
    func strictest(with other: RuleLimits) -> RuleLimits {
        var merged = self
        merged.dailyMaxWork = min(dailyMaxWork, other.dailyMaxWork)
        merged.dailyMaxSpan = min(dailyMaxSpan, other.dailyMaxSpan)
        merged.weeklyMaxWork = min(weeklyMaxWork, other.weeklyMaxWork)
        merged.averageWeeklyMaxWork = min(averageWeeklyMaxWork, other.averageWeeklyMaxWork)
        merged.averageWeeks = min(averageWeeks, other.averageWeeks)
        merged.dailyRest = max(dailyRest, other.dailyRest)
        merged.weeklyRest = max(weeklyRest, other.weeklyRest)
        merged.maxWorkingDays = min(maxWorkingDays, other.maxWorkingDays)
        merged.breakAfterWork = min(breakAfterWork, other.breakAfterWork)
        merged.minimumBreak = max(minimumBreak, other.minimumBreak)
        merged.partTimeMaxInterruptions = min(partTimeMaxInterruptions, other.partTimeMaxInterruptions)
        merged.partTimeMaxInterruption = min(partTimeMaxInterruption, other.partTimeMaxInterruption)
        merged.contractHoursTolerance = min(contractHoursTolerance, other.contractHoursTolerance)
        merged.travelBetweenCommunes = max(travelBetweenCommunes, other.travelBetweenCommunes)
        return merged
    }
}
