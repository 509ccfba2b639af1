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
            try fixture.superuser.execute("UPDATE people SET last_name = \(Self.script), first_name = \(Self.attribute) WHERE last_name = 'REY'")
            try fixture.superuser.execute("UPDATE centres SET name = \(Self.attribute + " Millas") WHERE name = 'Centre de santé de Millas'")
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
}
