import Foundation
import HummingbirdTesting
import PQ

/// What the manager page tests share: the fixture's centres and week, and a signed-in manager.
extension WebFixture {
    /// The week the tests plan (Monday 30 November to Sunday 6 December 2026).
    static let week = "2026-W49"

    /// The id of the centre named `name`.
    func centreID(_ name: String) throws -> Int {
        try superuser.query("SELECT id FROM centres WHERE name = \(name)").single(Int.self)
    }

    /// The week page's address of Millas (the fixture's manager runs it).
    func millasWeek() throws -> String { "/planning/\(try centreID("Centre de santé de Millas"))/\(Self.week)" }

    /// How many shifts the database holds.
    func shiftCount() throws -> Int { try superuser.query("SELECT count(*) FROM shifts").single(Int.self) }

    /// A browser signed in as the manager of Millas, and the CSRF token of its session.
    func signedInManager(_ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client)
        try await browser.signIn(manager, password: password)
        let page = try await browser.send("/centres")
        guard let token = browser.csrfToken(in: page) else { throw WebFixtureError.noToken }
        return (browser, token)
    }
}

enum WebFixtureError: Error { case noToken }
