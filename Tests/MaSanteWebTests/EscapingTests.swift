import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Names from the registry are shown inert")
struct EscapingTests {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\"><img src=x onerror=alert(1)>"

    @Test("a person's and a centre's names holding markup are escaped on every page that shows them")
    func markupInNamesIsEscaped() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.execute(
                "UPDATE people SET last_name = \(Self.script), first_name = \(Self.attribute) WHERE last_name = 'REY'")
            try fixture.superuser.execute(
                "UPDATE centres SET name = \(Self.attribute + " Millas") WHERE name = 'Centre de santé de Millas'")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let staff = try await rh.send("/personnel")
                var manager = Browser(client)
                try await manager.signIn(fixture.manager, password: fixture.password)
                let centres = try await manager.send("/centres")
                var region = Browser(client)
                try await region.signIn(fixture.region, password: fixture.password)
                let report = try await region.send("/region/rapport")
                for page in [staff, centres, report] {
                    #expect(page.status == .ok)
                    #expect(!page.text.contains("<script"))
                    #expect(!page.text.contains("<img"))
                }
                #expect(staff.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(staff.text.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
                #expect(centres.text.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Millas"))
            }
        }
    }

    @Test("a quote followed by a combining mark cannot close an attribute on the HR and manager pages")
    func aQuoteWithACombiningMarkIsEscaped() async throws {
        let name = "x\"\u{0338} onmouseover=alert(1) y="
        let rawQuoteWithMark: [UInt8] = [UInt8(ascii: "\""), 0xCC, 0xB8]
        try await WebFixture.with { fixture in
            try fixture.superuser.execute("UPDATE people SET first_name = \(name) WHERE last_name = 'REY'")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let staff = try await rh.send("/personnel?q=REY")
                var (manager, _) = try await fixture.signedInManager(client)
                let week = try await manager.send(try fixture.millasWeek())
                for page in [staff, week] {
                    #expect(page.status == .ok)
                    #expect(Array(page.text.utf8).contains(UInt8(0xB8)), "le nom doit figurer sur la page")
                    let bytes = Array(page.text.utf8)
                    let found = bytes.indices.dropLast(2).contains { Array(bytes[$0..<$0 + 3]) == rawQuoteWithMark }
                    #expect(!found, "guillemet non échappé devant une marque combinante")
                }
            }
        }
    }
}
