import Foundation
import Hummingbird
import HummingbirdTesting
import MaSanteWeb
import Testing

@Suite("The observatory and posts pages")
struct TerritoryPagesTests {
    @Test("the Region reads the observatory by zoning and by year, styled by a file the CSP allows, and downloads it")
    func regionReadsTheObservatory() async throws {
        try await WebFixture.with(demo: true) { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let query = "du=2022-01-01&au=2026-10-31&par=zonage&pas=annee"
                let page = try await browser.send("/region/observatoire?\(query)")
                #expect(page.status == .ok)
                let html = page.text
                #expect(
                    html.contains("Observatoire des effectifs, par zonage de l&#39;ARS, du 01/01/2022 au 31/10/2026"))
                #expect(html.contains("<option value=\"zonage\" selected>"))
                #expect(html.contains("<option value=\"annee\" selected>"))
                #expect(html.contains("href=\"/region/observatoire.css?\(query.replacing("&", with: "&amp;"))\""))
                #expect(html.contains("<svg"))
                #expect(html.contains("href=\"/postes\""), "the menu leads to the posts")
                #expect(!html.contains("<style") && !html.contains("<script"))
                #expect(html.range(of: #"\sstyle="#, options: .regularExpression) == nil)

                let css = try await browser.send("/region/observatoire.css?\(query)")
                #expect(css.headers[.contentType] == "text/css; charset=utf-8")
                #expect(css.text.contains("observatoire au 31/10/2026"))
                let csv = try await browser.send("/region/observatoire.csv?\(query)")
                #expect(
                    csv.headers[.contentDisposition] == "attachment; filename=\"observatoire-zonage-2026-10-31.csv\"")
                let lines = csv.text.trimmingPrefix("\u{FEFF}").split(separator: "\n")
                #expect(lines.first == "periode;territoire;arrivees;departs;en_poste;etp;vacant_etp;centres_ouverts")
                let arrivals = lines.dropFirst().compactMap { Int($0.split(separator: ";")[2]) }.reduce(0, +)
                #expect(arrivals == 133, "every recruit arrives once, in the span of the demo")
                let json = try await browser.send("/region/observatoire.json?\(query)")
                #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            }
        }
    }

    @Test("a bad date, a span backwards or an unknown grouping is explained beside its field, with no document")
    func badChoicesAreExplainedBesideTheirFields() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let bad = try await browser.send("/region/observatoire?du=31/02/2024&par=canton")
                #expect(bad.status == .badRequest)
                #expect(bad.text.contains("id=\"du-erreur\"") && bad.text.contains("ce jour n&#39;existe pas"))
                #expect(bad.text.contains("id=\"par-erreur\"") && bad.text.contains("valeurs possibles departement"))
                #expect(!bad.text.contains("class=\"ms-report\""))
                let backwards = try await browser.send("/region/observatoire?du=2026-01-01&au=2025-01-01")
                #expect(backwards.status == .badRequest)
                #expect(backwards.text.contains("suit la fin"))
                let future = try await browser.send("/region/observatoire?au=2999-01-01")
                #expect(future.text.contains("est dans le futur"))
                #expect(try await browser.send("/region/observatoire.csv?pas=semaine").status == .notFound)
                #expect(
                    try await browser.send("/region/observatoire.csv?du=2026-01-01&au=2025-01-01").status == .notFound)
            }
        }
    }

    @Test("the posts page lists the vacancies of a day, with their CSV and schema.org offers")
    func postsPageListsTheVacancies() async throws {
        try await WebFixture.with(demo: true) { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.rh, password: fixture.password)
                let page = try await browser.send("/postes?au=2026-10-31&vacants=1")
                #expect(page.status == .ok)
                #expect(page.text.contains("Postes des centres au 31 octobre 2026"))
                #expect(page.text.contains("ETP vacant(s)"))
                #expect(page.text.contains("checked"))
                #expect(page.text.contains("href=\"/postes.css?au=2026-10-31&amp;vacants=1\""))
                let csv = try await browser.send("/postes.csv?au=2026-10-31&vacants=1")
                let rows = csv.text.split(separator: "\n").dropFirst()
                #expect(!rows.isEmpty)
                #expect(rows.allSatisfy { (Double($0.split(separator: ";").last!.replacing(",", with: ".")) ?? 0) > 0 })
                let offers = try await browser.send("/postes.jsonld?au=2026-10-31&vacants=1")
                #expect(offers.headers[.contentType] == "application/ld+json; charset=utf-8")
                let graph = try JSONSerialization.jsonObject(with: Data(offers.text.utf8)) as? [String: Any]
                let items = graph?["@graph"] as? [[String: Any]] ?? []
                #expect(!items.isEmpty && items.allSatisfy { $0["@type"] as? String == "JobPosting" })
            }
        }
    }

    @Test("a manager reads the posts of their own centres only, and not the observatory")
    func managerReadsOwnPostsOnly() async throws {
        try await WebFixture.with(demo: true) { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.manager, password: fixture.password)
                let page = try await browser.send("/postes?au=2026-10-31")
                #expect(page.status == .ok)
                #expect(page.text.contains("Centre de santé de Millas"))
                #expect(!page.text.contains("Centre de santé de Salviac"))
                #expect(try await browser.send("/region/observatoire").status == .notFound)
                #expect(try await browser.send("/region/observatoire.csv").status == .notFound)
            }
        }
    }
}
