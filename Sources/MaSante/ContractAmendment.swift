/// A dated change of a contract (un avenant): from `effective`, new weekly hours, a CDD renewed
/// (a later end) or turned into a CDI. The days before keep the terms they had, so the FTE and
/// « en poste » of any past date stay what they were.
///
/// ```swift
/// let amendment = try ContractAmendment(effective: try .parse("01/01/2027"), type: .cdi, weeklyHours: 28, end: nil)
/// ```
public struct ContractAmendment: Hashable, Sendable {
    public var effective: CalendarDate
    public var type: ContractType
    public var weeklyHours: Double
    public var end: CalendarDate?

    /// Refuses hours outside (0, 35], a CDD without an end and an end before `effective`.
    public init(effective: CalendarDate, type: ContractType, weeklyHours: Double, end: CalendarDate?) throws(FieldError)
    {
        _ = try Contract(type: type, start: effective, end: end, weeklyHours: weeklyHours)
        self.effective = effective
        self.type = type
        self.weeklyHours = weeklyHours
        self.end = end
    }

    /// What changes from `previous` (the terms the day before), in French: `35 h → 28 h, CDD → CDI`.
    public func changes(from previous: Contract) -> String {
        var parts: [String] = []
        if previous.weeklyHours != weeklyHours {
            parts.append("\(FrenchNumber.format(previous.weeklyHours)) h → \(FrenchNumber.format(weeklyHours)) h")
        }
        if previous.type != type { parts.append("\(previous.type.rawValue) → \(type.rawValue)") }
        if previous.end != end {
            parts.append("fin \(previous.end?.french ?? "aucune") → \(end?.french ?? "aucune")")
        }
        return parts.joined(separator: ", ")
    }
}
