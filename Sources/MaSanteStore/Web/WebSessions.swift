import Foundation
import MaSantePostgres
package import PQ

/// The web application's sessions and sign-in failures, kept in PostgreSQL (`web_sessions`,
/// `web_sign_in_failures`, migration 0013) so that they survive a restart of the server and two
/// servers behind one proxy share them. Only the authenticator's login may use these tables.
///
/// The browser's token is 256 random bits; the table keeps its SHA-256 (`sha256()` of
/// PostgreSQL), so reading the table opens no session.
public struct WebSessions {
    /// A session found by its token.
    public struct Record: Sendable, Hashable {
        public var login: String
        /// The token every form of the session carries (anti-CSRF).
        public var csrfToken: String
        /// The login's group role now (nil when the login was removed or changed to none of them).
        public var role: UserRole?
    }

    /// How long a session lives without a request.
    public static let idleLifetimeSeconds = 8 * 3600
    /// Failures of one identifiant in ``throttleWindowSeconds`` after which no password is checked.
    public static let maximumFailures = 5
    public static let throttleWindowSeconds = 15 * 60

    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Opens a session for `login`; returns the token for the cookie and the session's CSRF token.
    /// Expired sessions are purged on the way.
    public func create(login: String, role: UserRole) throws -> (token: String, record: Record) {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        try connection.execute("DELETE FROM public.web_sessions WHERE expires_at < now()")
        try connection.execute(
            """
            INSERT INTO public.web_sessions (token_hash, login, csrf_token, expires_at)
            VALUES (sha256(convert_to(\(token), 'UTF8')), \(login), \(csrf), now() + make_interval(secs => \(Self.idleLifetimeSeconds)))
            """)
        return (token, Record(login: login, csrfToken: csrf, role: role))
    }

    /// The live session of `token`, if any; its idle deadline moves forward (at most once a minute,
    /// so that reading pages does not write on every request).
    public func find(token: String) throws -> Record? {
        guard Self.isWellFormed(token) else { return nil }
        let rows = try connection.query(
            """
            SELECT s.login::text, s.csrf_token,
                   (SELECT min(g.rolname)::text FROM pg_catalog.pg_auth_members m
                    JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles r ON r.oid = m.member
                    WHERE r.rolname = s.login
                      AND g.rolname IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region'))
            FROM public.web_sessions s
            WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND expires_at > now()
            """)
        guard let row = rows.first else { return nil }
        let (login, csrf, group) = try row.decode((String, String, String?).self)
        try connection.execute(
            """
            UPDATE public.web_sessions SET last_seen_at = now(), expires_at = now() + make_interval(secs => \(Self.idleLifetimeSeconds))
            WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND last_seen_at < now() - interval '1 minute'
            """)
        return Record(login: login, csrfToken: csrf, role: group.flatMap(UserRole.init(groupRole:)))
    }

    /// Ends the session of `token` (sign-out).
    public func delete(token: String) throws {
        try connection.execute(
            "DELETE FROM public.web_sessions WHERE token_hash = sha256(convert_to(\(token), 'UTF8'))")
    }

    /// Whether `login` failed to sign in ``maximumFailures`` times within the window.
    public func isThrottled(login: String) throws -> Bool {
        let failures = try connection.query(
            """
            SELECT count(*) FROM public.web_sign_in_failures
            WHERE login = \(login) AND at > now() - make_interval(secs => \(Self.throttleWindowSeconds))
            """
        ).single(Int.self)
        return failures >= Self.maximumFailures
    }

    /// Records a failed sign-in of `login` (old failures are purged on the way).
    public func recordFailure(login: String) throws {
        try connection.execute("DELETE FROM public.web_sign_in_failures WHERE at < now() - interval '1 day'")
        try connection.execute("INSERT INTO public.web_sign_in_failures (login) VALUES (\(login))")
    }

    /// Forgets the failures of `login` once it signed in.
    public func clearFailures(login: String) throws {
        try connection.execute("DELETE FROM public.web_sign_in_failures WHERE login = \(login)")
    }

    /// 256 random bits as 64 hexadecimal digits, from the system's secure generator.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
