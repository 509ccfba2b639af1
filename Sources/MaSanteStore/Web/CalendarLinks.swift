public import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// The secret addresses of subscribed calendars (`calendar_links`, migration 0015): made and
/// revoked under the role of the person acting (HR, or the manager of the centre), read by the
/// web server through `calendar_feed`, which needs no person's role.
///
/// A token is 256 random bits (64 hexadecimal digits) shown once; the table keeps its SHA-256.
/// Making a new link for a person or a centre revokes the previous one.
public struct CalendarLinks {
    /// Whose calendar a link opens.
    public enum Owner: Sendable, Hashable {
        case person(id: Int)
        case centre(id: Int)

        var personID: Int? { if case .person(let id) = self { id } else { nil } }
        var centreID: Int? { if case .centre(let id) = self { id } else { nil } }
    }

    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// A new link for `owner` (the previous one revoked); returns its token, to show once.
    public func create(for owner: Owner) throws -> String {
        try revoke(owner)
        let token = WebSessions.randomToken()
        try connection.execute(
            """
            INSERT INTO public.calendar_links (token_hash, person_id, centre_id)
            VALUES (sha256(convert_to(\(token), 'UTF8')), \(owner.personID)::bigint, \(owner.centreID)::bigint)
            """)
        return token
    }

    /// Revokes `owner`'s live link; false when there was none (or none this role may see).
    @discardableResult
    public func revoke(_ owner: Owner) throws -> Bool {
        try connection.execute(
            """
            UPDATE public.calendar_links SET revoked_at = now()
            WHERE revoked_at IS NULL AND (person_id = \(owner.personID)::bigint OR centre_id = \(owner.centreID)::bigint)
            """) > 0
    }

    /// The calendar of `token`, nil when the token is malformed, unknown or revoked. Only the
    /// web server's login (masante_authenticator) may read it.
    public func feed(token: String) throws -> CalendarFeed? {
        guard WebSessions.isWellFormed(token) else { return nil }
        let owners = try connection.query(
            """
            SELECT owner_name, personal FROM public.calendar_feed_owner(sha256(convert_to(\(token), 'UTF8')))
            """)
        guard let owner = owners.first else { return nil }
        let (name, personal) = try owner.decode((String, Bool).self)
        let entries = try connection.query(
            """
            SELECT shift_id, starts_at, ends_at, activity, place, person_name, centre_name, sequence, updated_at, cancelled
            FROM public.calendar_feed(sha256(convert_to(\(token), 'UTF8')))
            ORDER BY starts_at, person_name, shift_id
            """
        ).map(Self.entry)
        return CalendarFeed(ownerName: name, isPersonal: personal, entries: entries)
    }

    private static func entry(_ row: Row) throws -> CalendarFeed.Entry {
        try CalendarFeed.Entry(
            shiftID: row.decode(UUID.self, column: 0), start: row.decode(Date.self, column: 1),
            end: row.decode(Date.self, column: 2),
            activity: row.decode(Activity.self, column: 3), place: row.decode(String?.self, column: 4),
            personName: row.decode(String.self, column: 5), centreName: row.decode(String.self, column: 6),
            sequence: row.decode(Int.self, column: 7), updatedAt: row.decode(Date.self, column: 8),
            isCancelled: row.decode(Bool.self, column: 9))
    }
}

/// A subscribed calendar: its owner and its shifts, the cancelled ones included.
public struct CalendarFeed: Sendable {
    /// One shift of the calendar, as it is now or, cancelled, as it was last published.
    public struct Entry: Sendable, Hashable {
        public var shiftID: UUID
        public var start: Date
        public var end: Date
        public var activity: Activity
        public var place: String?
        /// « Prénom NOM ».
        public var personName: String
        public var centreName: String
        public var sequence: Int
        public var updatedAt: Date
        /// Deleted, or moved out of this calendar, after it was published.
        public var isCancelled: Bool
    }

    /// « Prénom NOM » or the centre's name.
    public var ownerName: String
    public var isPersonal: Bool
    public var entries: [Entry]
}
