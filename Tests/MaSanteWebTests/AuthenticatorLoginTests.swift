import MaSanteStore
import PQ
import Testing

@Suite("The web server's own login")
struct AuthenticatorLoginTests {
    @Test("an administrator creates and removes it; HR cannot")
    func administratorManagesTheServerLogin() async throws {
        try await WebFixture.with { fixture in
            let name = "web2.\(fixture.suffix)"
            let rh = Session(connection: try fixture.connect(as: fixture.rh))
            defer { rh.close() }
            #expect(throws: (any Error).self) {
                try AuthenticatorAccounts(rh).create(login: name, password: fixture.password)
            }
            let admin = Session(connection: try fixture.connect(as: fixture.admin))
            defer { admin.close() }
            try AuthenticatorAccounts(admin).create(login: name, password: fixture.password)
            let server = Session(connection: try fixture.connect(as: name))
            #expect(try AuthenticatorAccounts(server).sessionIsAuthenticator())
            server.close()
            #expect(throws: (any Error).self) { try AuthenticatorAccounts(admin).remove(login: fixture.region) }
            try AuthenticatorAccounts(admin).remove(login: name)
            #expect(
                try fixture.superuser.query("SELECT count(*) FROM pg_roles WHERE rolname = \(name)").single(Int.self)
                    == 0)
        }
    }

    @Test("it reads no data of its own, takes a person's role per transaction, and only it reads the sessions")
    func holdsNoRightButTakesThePersonsRole() async throws {
        try await WebFixture.with { fixture in
            let server = try fixture.connect(as: fixture.authenticator)
            defer { server.close() }
            #expect(throws: PQError.self) { try server.query("SELECT count(*) FROM people") }
            #expect(try server.query("SELECT count(*) FROM web_sessions").single(Int.self) == 0)
            let seen = try server.transaction {
                try server.execute("SELECT pg_catalog.set_config('role', \(fixture.rh), true)")
                return try server.query("SELECT count(*) FROM people").single(Int.self)
            }
            #expect(seen == 5)
            let person = try fixture.connect(as: fixture.admin)
            defer { person.close() }
            #expect(throws: PQError.self) { try person.query("SELECT count(*) FROM web_sessions") }
            #expect(throws: PQError.self) { try person.query("SELECT count(*) FROM web_sign_in_failures") }
            #expect(!(try AuthenticatorAccounts(Session(connection: person)).sessionIsAuthenticator()))
        }
    }
}
