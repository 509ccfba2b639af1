/// A Curtois & Qu benchmark instance as written in its text file, identifiers kept as text.
///
/// Read one with `CurtoisInstance(text:)`; `problem` gives the engine's model. Shift types and
/// staff keep the file's order, so index `i` in the model is entry `i` here.
/// ```swift
/// let instance = try CurtoisInstance(text: String(decoding: data, as: UTF8.self))
/// let result = RosterSolver.solve(instance.problem)
/// ```
public struct CurtoisInstance: Sendable, Hashable {
    /// A line of SECTION_SHIFTS.
    public struct Shift: Sendable, Hashable {
        public var id: String
        public var minutes: Int
        public var forbiddenSuccessors: [String]
    }

    /// A line of SECTION_STAFF.
    public struct Staff: Sendable, Hashable {
        public var id: String
        /// Per shift id; a shift type not listed has no limit.
        public var maxShifts: [String: Int]
        public var maxTotalMinutes: Int
        public var minTotalMinutes: Int
        public var maxConsecutiveShifts: Int
        public var minConsecutiveShifts: Int
        public var minConsecutiveDaysOff: Int
        public var maxWeekends: Int
    }

    /// A line of SECTION_SHIFT_ON_REQUESTS or SECTION_SHIFT_OFF_REQUESTS.
    public struct Request: Sendable, Hashable {
        public var staff: String
        public var day: Int
        public var shift: String
        public var weight: Int
    }

    /// A line of SECTION_COVER.
    public struct Cover: Sendable, Hashable {
        public var day: Int
        public var shift: String
        public var requirement: Int
        public var weightUnder: Int
        public var weightOver: Int
    }

    public var days = 0
    public var shifts: [Shift] = []
    public var staff: [Staff] = []
    public var daysOff: [String: [Int]] = [:]
    public var onRequests: [Request] = []
    public var offRequests: [Request] = []
    public var covers: [Cover] = []

    public init(text: String) throws(CurtoisError) {
        var parser = CurtoisParser()
        self = try parser.parse(text)
    }

    init() {}

    /// The index of each shift id, in file order.
    public var shiftIndex: [String: Int] {
        Dictionary(uniqueKeysWithValues: shifts.enumerated().map { ($0.element.id, $0.offset) })
    }

    /// The index of each staff id, in file order.
    public var staffIndex: [String: Int] {
        Dictionary(uniqueKeysWithValues: staff.enumerated().map { ($0.element.id, $0.offset) })
    }
}

/// A malformed instance file: the line (1-based, 0 when not tied to a line) and a French message.
public struct CurtoisError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "ligne \(line) : \(message)" : message }
}
