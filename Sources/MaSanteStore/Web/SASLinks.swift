public import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// The secret addresses through which the SAS searches a centre's slots (`sas_links`, migration
/// 0020): made and revoked by the centre's manager under their own role, read by the web server
/// through `sas_link_centre` and `sas_slot_feed`, which need no person's role.
///
/// A token is 256 random bits (64 hexadecimal digits) shown once; the table keeps its SHA-256.
/// Making a new link for a centre revokes the previous one.
public struct SASLinks {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// A new link for the centre (the previous one revoked); returns its token, to show once.
    public func create(centreID: Int) throws -> String {
        try revoke(centreID: centreID)
        let token = WebSessions.randomToken()
        try connection.execute(
            """
            INSERT INTO public.sas_links (token_hash, centre_id)
            VALUES (sha256(convert_to(\(token), 'UTF8')), \(centreID))
            """)
        return token
    }

    /// Revokes the centre's live link; false when there was none (or none this role may see).
    @discardableResult
    public func revoke(centreID: Int) throws -> Bool {
        try connection.execute(
            "UPDATE public.sas_links SET revoked_at = now() WHERE revoked_at IS NULL AND centre_id = \(centreID)") > 0
    }

    /// The centre's slots starting in `range`, as last exported from published weeks; nil when
    /// the token is malformed, unknown or revoked. Only the web server's login may read it.
    public func feed(token: String, in range: DateInterval, at now: Date = Date()) throws -> WeekSlots? {
        guard WebSessions.isWellFormed(token) else { return nil }
        let centres = try connection.query(
            "SELECT centre_id, name, commune, finess FROM public.sas_link_centre(sha256(convert_to(\(token), 'UTF8')))"
        ).map { try $0.decode((Int, String, String, String?).self) }
        guard let (id, name, commune, finess) = centres.first else { return nil }
        var practitioners: [Int: WeekSlots.Practitioner] = [:]
        let slots = try connection.query(
            """
            SELECT person_id, first_name, last_name, profession, rpps, activity, starts_at, ends_at, withdrawn
            FROM public.sas_slot_feed(sha256(convert_to(\(token), 'UTF8')), \(range.start), \(range.end))
            """
        ).map { row in
            let (person, first, last, profession, rpps, activity, start, end, withdrawn) = try row.decode(
                (Int, String, String, Profession, String?, Activity, Date, Date, Bool).self)
            practitioners[person] = WeekSlots.Practitioner(
                personID: person, firstName: first, lastName: last, profession: profession, rpps: rpps)
            var slot = BookableSlot(centreID: id, personID: person, activity: activity, start: start, end: end)
            if withdrawn { slot.status = .withdrawn }
            return slot
        }
        return WeekSlots(
            centre: .init(id: id, name: name, commune: commune, finess: finess), week: ISOWeek(containing: range.start),
            isDraft: false,
            practitioners: practitioners.values.sorted { ($0.lastName, $0.firstName) < ($1.lastName, $1.firstName) },
            slots: slots, exportedAt: now, horizon: range)
    }
}
