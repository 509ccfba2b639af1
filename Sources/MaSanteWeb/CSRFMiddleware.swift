public import Hummingbird

/// Reads a posted form and refuses it (403, nothing done) unless it carries the right token:
/// the session's for a signed-in person, the sign-in cookie's for the sign-in form. Another
/// site cannot read either, so it cannot forge a form the server accepts.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    static let field = "_csrf"

    public func handle(
        _ request: Request, context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        guard request.method == .post else { return try await next(request, context) }
        var context = context
        let body = try await request.body.collect(upTo: 1_048_576)
        context.form = FormFields(urlEncoded: String(buffer: body))
        let sent = context.form[Self.field] ?? ""
        let expected: String? =
            if request.uri.path == "/connexion" {
                request.cookies[SessionCookie.signInForm]?.value
            } else {
                context.person?.csrfToken
            }
        guard let expected, !expected.isEmpty, Self.constantTimeEqual(sent, expected) else {
            throw PageError.forbidden(
                "Ce formulaire a expiré ou ne vient pas de masante. Rouvrez la page et recommencez : rien n'a été enregistré."
            )
        }
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
