public import Hummingbird
import MaSanteStore

/// Reads the session cookie and, when it names a live session of `web_sessions`, puts the
/// person in the context. The lookup runs as the authenticator (its own table), on the pool;
/// the static files (the style sheet) need no session, and are served while the database is down.
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let pool: DatabasePool

    public func handle(
        _ request: Request, context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if !request.uri.path.hasPrefix("/static/"), let token = request.cookies[SessionCookie.session]?.value,
            !token.isEmpty
        {
            let found = try await pool.run { session in
                try session.transaction { try WebSessions(session).find(token: token) }
            }
            if let found, let role = found.role {
                context.person = SignedInPerson(
                    login: found.login, role: role, csrfToken: found.csrfToken, sessionToken: token)
            }
        }
        return try await next(request, context)
    }
}
