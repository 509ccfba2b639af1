public import Foundation
public import MaSante

/// A batch of changes to shifts, applied all-or-nothing: shifts to add (with the file line or
/// option they come from) and shifts to remove.
///
/// ```swift
/// var edit = PlanningEdit(reason: nil)
/// edit.add(shift, line: 4)
/// let outcome = try PlanningEditor(connection: conn).apply(edit)
/// ```
public struct PlanningEdit: Sendable {
    public var additions: [Addition] = []
    public var removals: [UUID] = []
    /// Centres' weeks whose shifts are all removed first (read once the weeks are locked).
    public var replacing: [ReplacedWeek] = []
    /// Why a published week is changed; required to touch one, recorded in its history.
    public var reason: String?
    /// Accept a change to a published week even when it brings a new blocking finding.
    public var force = false

    public init(reason: String? = nil, force: Bool = false) {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.reason = trimmed?.isEmpty == false ? trimmed : nil
        self.force = force
    }

    public mutating func add(_ shift: Shift, line: Int = 1) { additions.append(Addition(line: line, shift: shift)) }

    /// Moves a shift: `shift` keeps the id of the one it replaces. Checked as the old one removed
    /// and the new one added, written as one update (one « modification » in a published week's
    /// history, and a calendar event that changes instead of a new one).
    public mutating func move(_ shift: Shift, line: Int = 1) {
        removals.append(shift.id)
        add(shift, line: line)
    }

    /// The ids both removed and added back: shifts moved.
    var movedIDs: Set<UUID> { Set(additions.map(\.shift.id)).intersection(removals) }

    /// A shift to add, and the file line (or 1 for options) it comes from.
    public struct Addition: Sendable {
        public var line: Int
        public var shift: Shift
    }

    /// A centre's week whose shifts are all replaced.
    public struct ReplacedWeek: Sendable, Hashable {
        public var centreID: Int
        public var week: ISOWeek

        public init(centreID: Int, week: ISOWeek) {
            self.centreID = centreID
            self.week = week
        }
    }
}

/// A centre's week as an edit left it: its new version and what the checker now finds.
public struct EditedWeek: Sendable {
    public var centreID: Int
    public var centreName: String
    public var week: ISOWeek
    public var status: WeekStatus
    public var version: Int
    public var findings: [Finding]
}

/// What an edit did.
public struct EditOutcome: Sendable {
    public var added = 0
    public var removed = 0
    public var moved = 0
    public var weeks: [EditedWeek] = []
}

/// A publication or a change refused because of blocking findings; the CLI prints them and exits 1.
public struct BlockingFindings: Error, Sendable {
    /// What was refused, in French.
    public var summary: String
    public var findings: [Finding]
}
