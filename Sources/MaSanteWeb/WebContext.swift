public import Hummingbird
public import MaSanteStore

/// The person a request is made for, read from the session cookie.
public struct SignedInPerson: Sendable, Hashable {
    public var login: String
    public var role: UserRole
    /// The session's anti-CSRF token, which every form of the session carries.
    public var csrfToken: String
    /// The browser's session token (to end the session).
    var sessionToken: String
}

/// The request context of the web application: who is signed in and the posted form.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``SessionMiddleware`` when the cookie names a live session.
    public var person: SignedInPerson?
    /// The fields of a posted `application/x-www-form-urlencoded` body (read once, by ``CSRFMiddleware``).
    public var form = FormFields()

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
