public import Hummingbird

/// The cookies of the application: the session token, and the sign-in form's token before a
/// session exists. Both are `HttpOnly` (no script reads them), `SameSite=Strict` (no other
/// site's page sends them), `Path=/`, and `Secure` when the request came over TLS (directly or
/// through a proxy that says `X-Forwarded-Proto: https`).
enum SessionCookie {
    static let session = "masante_session"
    static let signInForm = "masante_connexion"

    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https
            || request.headers[.forwardedProto]?.lowercased() == "https"
    }

    /// A `Set-Cookie` value giving `name` the value `value` (nil: delete it).
    static func header(_ name: String, _ value: String?, request: Request) -> String {
        var parts = ["\(name)=\(value ?? "")", "Path=/", "HttpOnly", "SameSite=Strict"]
        if value == nil { parts.append("Max-Age=0") }
        if isSecure(request) { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    static func set(_ name: String, _ value: String?, on response: inout Response, request: Request) {
        response.headers.append(HeaderField(name: .setCookie, value: header(name, value, request: request)))
    }
}
