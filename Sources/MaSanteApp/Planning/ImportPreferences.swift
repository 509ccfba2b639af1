public import MaSante
public import MaSanteStore

/// Staff preferences (unavailable, not wished, wished), read by « Proposer la semaine »: each
/// person of the file gets the file's preferences instead of theirs.
public struct ImportPreferences {
    /// How many lines were saved, for how many people.
    public struct Outcome: Sendable, Equatable {
        public var preferences: Int
        public var people: Int

        public init(preferences: Int, people: Int) {
            self.preferences = preferences
            self.people = people
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Imports in one transaction: `ImportRejected` lists every bad line and nothing is written.
    public func run(_ reader: CSVReader) throws -> Outcome {
        let (preferences, people) = try importing { try StaffPreferencesStore(session).importFile(reader) }
        return Outcome(preferences: preferences, people: people)
    }
}
