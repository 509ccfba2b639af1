/// How a centre cuts one bookable activity into slots: the length of a slot and the margin left
/// free at the end of each half-day (time to catch up), both in minutes.
///
/// Only consultations (booked ahead) and unscheduled care (same day) are cut into slots.
///
/// ```swift
/// let rule = try SlotRule(activity: .consultation, length: 20, endMargin: 10)
/// try SlotRule(activity: .consultation, length: 5)   // refused: « de 10 à 60 min »
/// ```
public struct SlotRule: Hashable, Sendable {
    public let activity: Activity
    /// Minutes per slot.
    public let length: Int
    /// Minutes left without slot at the end of each half-day of the activity.
    public let endMargin: Int

    /// The slot lengths accepted, in minutes.
    public static let lengths = 10...60
    /// The end margins accepted, in minutes.
    public static let endMargins = 0...60
    /// The activities cut into slots.
    public static let activities: [Activity] = [.consultation, .soinsNonProgrammes]

    /// Refuses an activity that takes no booking, a length outside ``lengths`` and a margin
    /// outside ``endMargins``, giving the valid values.
    public init(activity: Activity, length: Int, endMargin: Int = 0) throws(FieldError) {
        guard Self.activities.contains(activity) else {
            throw FieldError(
                "activité sans créneaux « \(activity.rawValue) » : valeurs possibles "
                    + Self.activities.map(\.rawValue).joined(separator: ", "))
        }
        guard Self.lengths.contains(length) else {
            throw FieldError(
                "durée de créneau invalide : \(length) min (valeurs possibles : de \(Self.lengths.lowerBound) à \(Self.lengths.upperBound) min)"
            )
        }
        guard Self.endMargins.contains(endMargin) else {
            throw FieldError(
                "marge de fin de demi-journée invalide : \(endMargin) min (valeurs possibles : de \(Self.endMargins.lowerBound) à \(Self.endMargins.upperBound) min)"
            )
        }
        self.activity = activity
        self.length = length
        self.endMargin = endMargin
    }

    /// The rule of a centre that set none: consultations of 20 minutes, unscheduled care of
    /// 15 minutes, no margin.
    public static func standard(for activity: Activity) -> SlotRule? {
        switch activity {
        case .consultation: try? SlotRule(activity: .consultation, length: 20)
        case .soinsNonProgrammes: try? SlotRule(activity: .soinsNonProgrammes, length: 15)
        default: nil
        }
    }

    /// Whether a slot is booked ahead (consultation) rather than taken the same day.
    public var isSameDay: Bool { activity == .soinsNonProgrammes }
}

/// A centre's slot rules, one per bookable activity, the standard ones where it set none.
///
/// ```swift
/// var settings = SlotSettings()
/// settings[.consultation].length   // 20
/// settings.set(try SlotRule(activity: .consultation, length: 30))
/// ```
public struct SlotSettings: Hashable, Sendable {
    private var chosen: [Activity: SlotRule] = [:]

    public init(_ rules: [SlotRule] = []) {
        for rule in rules { chosen[rule.activity] = rule }
    }

    /// The rule of `activity`; the standard one when the centre set none (and for an activity
    /// not cut into slots, the consultation's).
    public subscript(activity: Activity) -> SlotRule {
        chosen[activity] ?? SlotRule.standard(for: activity) ?? SlotRule.standard(for: .consultation)!
    }

    /// Whether the centre chose the rule of `activity` (else it is the standard one).
    public func isChosen(_ activity: Activity) -> Bool { chosen[activity] != nil }

    public mutating func set(_ rule: SlotRule) { chosen[rule.activity] = rule }

    /// The rules of every bookable activity, in ``SlotRule/activities`` order.
    public var rules: [SlotRule] { SlotRule.activities.map { self[$0] } }
}
