public import Foundation

/// One recorded change of a published week: who, when, why, the shift before and after.
///
/// The store reads them from the week's history; `MaSanteReports` writes them in French or as JSON.
public struct PlanningChange: Sendable {
    public var at: Date
    /// The login that made the change.
    public var by: String
    /// `publication`, `ajout`, `modification` or `suppression`.
    public var operation: String
    public var reason: String?
    public var before: ChangedShift?
    public var after: ChangedShift?

    public init(at: Date, by: String, operation: String, reason: String?, before: ChangedShift?, after: ChangedShift?) {
        self.at = at
        self.by = by
        self.operation = operation
        self.reason = reason
        self.before = before
        self.after = after
    }
}

/// A shift as a recorded change saw it, with the name of its person.
public struct ChangedShift: Sendable, Hashable {
    public var personName: String
    public var start: Date
    public var end: Date
    public var activity: Activity
    public var place: String?

    public init(personName: String, start: Date, end: Date, activity: Activity, place: String?) {
        self.personName = personName
        self.start = start
        self.end = end
        self.activity = activity
        self.place = place
    }
}
