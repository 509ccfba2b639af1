import Foundation
public import Hummingbird

/// The web application of `masante serveur`: the router with its middleware and pages, over a
/// pool of the authenticator's database sessions.
///
/// Middleware, outermost first: security headers on every response; French error pages; the
/// session cookie read into the context; the CSRF check of every POST.
public enum WebApplication {
    /// The router of the application, for a server or for HummingbirdTesting.
    public static func router(pool: DatabasePool, conninfo: String) async throws -> Router<WebContext> {
        let pages = try await Pages.load()
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPagesMiddleware(pages: pages))
        router.add(middleware: SessionMiddleware(pool: pool))
        router.add(middleware: CSRFMiddleware())
        try StaticFiles.load().add(to: router)
        SignInRoutes(pages: pages, pool: pool, conninfo: conninfo).add(to: router)
        RegionRoutes(pages: pages, pool: pool).add(to: router)
        TerritoryRoutes(pages: pages, pool: pool).add(to: router)
        HRRoutes(pages: pages, pool: pool).add(to: router)
        AdminRoutes(pages: pages, pool: pool).add(to: router)
        ManagerRoutes(pages: pages, pool: pool).add(to: router)
        CalendarRoutes(pool: pool).add(to: router)
        FHIRRoutes(pool: pool).add(to: router)
        CalendarLinkRoutes(pages: pages, pool: pool).add(to: router)
        return router
    }

    /// The application listening where `settings` say.
    public static func make(settings: ServerSettings, pool: DatabasePool) async throws -> some ApplicationProtocol {
        let router = try await router(pool: pool, conninfo: settings.conninfo)
        return Application(
            router: router,
            configuration: .init(address: .hostname(settings.address, port: settings.port), serverName: nil))
    }

    /// Serves until the process is interrupted (SIGINT, SIGTERM), then closes the pool.
    public static func run(settings: ServerSettings) async throws {
        let pool = DatabasePool(conninfo: settings.conninfo, size: settings.connections)
        defer { pool.close() }
        let app = try await make(settings: settings, pool: pool)
        try await app.runService()
    }
}
