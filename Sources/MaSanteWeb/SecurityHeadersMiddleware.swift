public import Hummingbird

/// Adds the security headers to every response, error pages included: a strict
/// Content-Security-Policy (no inline script or style, nothing from another origin, no
/// framing), no MIME sniffing, no referrer sent elsewhere, and no caching of pages that hold
/// personal data.
public struct SecurityHeadersMiddleware: RouterMiddleware {
    public typealias Context = WebContext

    public static let contentSecurityPolicy =
        "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    public init() {}

    public func handle(
        _ request: Request, context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicyHeader] = "same-origin"
        response.headers[.frameOptions] = "DENY"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
