import Foundation
import Hummingbird
import HummingbirdTesting
import MaSanteWeb
import PQ
import Testing

@Suite("The Region's report page")
struct RegionReportPageTests {
    @Test("a region login reads the report as of a past date, styled by a file the CSP allows, and downloads it")
    func regionReadsTheReport() async throws {
        try await WebFixture.with(demo: true) { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let page = try await browser.send("/region/rapport?au=2026-10-31")
                #expect(page.status == .ok)
                #expect(page.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
                let html = page.text
                #expect(html.contains("<html lang=\"fr\">"))
                #expect(html.contains("Rapport d&#39;avancement au 31 octobre 2026"))
                #expect(html.contains("href=\"/region/rapport.css?au=2026-10-31\""))
                #expect(!html.contains("<style"), "the CSP forbids inline styles")
                #expect(!html.contains("<script"))
                #expect(
                    html.range(of: #"\sstyle="#, options: .regularExpression) == nil,
                    "no style attribute (SVG's font-style is not one)")
                #expect(html.contains("value=\"2026-10-31\""))

                let css = try await browser.send("/region/rapport.css?au=2026-10-31")
                #expect(css.headers[.contentType] == "text/css; charset=utf-8")
                #expect(css.text.contains("size: A4 portrait"))
                #expect(css.text.contains("rapport d'avancement au 31/10/2026"))

                let csv = try await browser.send("/region/rapport.csv?au=2026-10-31")
                #expect(csv.status == .ok)
                #expect(
                    csv.headers[.contentDisposition] == "attachment; filename=\"rapport-avancement-2026-10-31.csv\"")
                #expect(csv.text.contains("133"))
                let json = try await browser.send("/region/rapport.json?au=2026-10-31")
                #expect(json.headers[.contentType] == "application/json; charset=utf-8")
                #expect(json.text.contains("2026-10-31"))
            }
        }
    }

    @Test("a bad or future date gets a French message beside the field, and no report")
    func badDateIsExplainedBesideTheField() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let bad = try await browser.send("/region/rapport?au=31/02/2026")
                #expect(bad.status == .badRequest)
                #expect(bad.text.contains("id=\"au-erreur\""))
                #expect(bad.text.contains("ce jour n&#39;existe pas"))
                #expect(bad.text.contains("aria-describedby=\"au-erreur\""))
                #expect(!bad.text.contains("class=\"ms-report\""))
                let future = try await browser.send("/region/rapport?au=2999-01-01")
                #expect(future.status == .badRequest)
                #expect(future.text.contains("est dans le futur"))
            }
        }
    }
}
