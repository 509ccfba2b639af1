import Foundation
import MaSante
import Testing

@testable import MaSanteReports

@Suite struct PostDocumentsTests {
    static let day = CalendarDate(year: 2026, month: 10, day: 31)!
    static let posts = [
        PostVacancy(
            centre: "Centre de santé de Prades", commune: "Prades", insee: "66149", departement: "66",
            profession: .medecinGeneraliste, since: CalendarDate(year: 2024, month: 9, day: 2)!, target: 4,
            staffed: 2.5, vacant: 1.5),
        PostVacancy(
            centre: "Centre de santé de Millas", commune: "Millas", insee: "66108", departement: "66",
            profession: .sageFemme, since: CalendarDate(year: 2022, month: 9, day: 5)!, target: 1, staffed: 1,
            vacant: 0),
        PostVacancy(
            centre: "Centre de santé de <Quillan> & « Aude »", commune: "Quillan", insee: "11304", departement: "11",
            profession: .secretaireMedical, since: CalendarDate(year: 2026, month: 5, day: 4)!, target: 1,
            staffed: 0.5, vacant: 0.5),
    ]
    var documents: PostDocuments { PostDocuments(Self.posts, asOf: Self.day) }

    /// schema.org's JobPosting (https://schema.org/JobPosting) and the types it uses, as far as
    /// these offers go: each property's expected types, `Text`, `Date`, `Integer` or a type name.
    static let vocabulary: [String: [String: Set<String>]] = [
        "JobPosting": [
            "title": ["Text"], "description": ["Text"], "datePosted": ["Date", "DateTime"],
            "employmentType": ["Text"], "hiringOrganization": ["Organization", "Person"],
            "jobLocation": ["Place"], "workHours": ["Text"], "totalJobOpenings": ["Integer"],
            "occupationalCategory": ["Text", "CategoryCode"], "industry": ["Text", "DefinedTerm"],
            "identifier": ["PropertyValue", "Text", "URL"], "validThrough": ["Date", "DateTime"],
        ],
        "Organization": ["name": ["Text"], "description": ["Text"], "sameAs": ["URL"]],
        "Place": ["name": ["Text"], "address": ["PostalAddress", "Text"]],
        "PostalAddress": [
            "addressLocality": ["Text"], "addressRegion": ["Text"], "addressCountry": ["Country", "Text"],
            "postalCode": ["Text"], "streetAddress": ["Text"],
        ],
        "PropertyValue": ["name": ["Text"], "value": ["Text", "Number"]],
    ]
    /// What Google's job search requires of a JobPosting, beyond the vocabulary.
    static let required = ["title", "description", "datePosted", "hiringOrganization", "jobLocation"]
    /// schema.org's suggested values of employmentType.
    static let employmentTypes: Set<String> = [
        "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
    ]

    /// Every problem of a node against the vocabulary (property unknown for its type, value of
    /// the wrong type), its nested nodes included.
    static func problems(_ node: [String: Any], path: String) -> [String] {
        guard let type = node["@type"] as? String, let properties = vocabulary[type] else {
            return ["\(path): type inconnu \(node["@type"] ?? "absent")"]
        }
        var found: [String] = []
        for (key, value) in node where key != "@type" {
            guard let expected = properties[key] else {
                found.append("\(path).\(key): propriété inconnue de \(type)")
                continue
            }
            switch value {
            case let nested as [String: Any]:
                if let nestedType = nested["@type"] as? String, expected.contains(nestedType) {
                    found += problems(nested, path: "\(path).\(key)")
                } else {
                    found.append("\(path).\(key): \(nested["@type"] ?? "?") au lieu de \(expected.sorted())")
                }
            case let text as String:
                if expected.contains("Date") && !expected.contains("Text") {
                    if text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil || (try? CalendarDate.parse(text)) == nil {
                        found.append("\(path).\(key): date ISO 8601 attendue, « \(text) »")
                    }
                } else if !expected.contains("Text") && !expected.contains("URL") {
                    found.append("\(path).\(key): texte au lieu de \(expected.sorted())")
                }
                if text.isEmpty { found.append("\(path).\(key): vide") }
            default:
                guard let number = Self.number(value) else {
                    found.append("\(path).\(key): valeur inattendue \(value)")
                    continue
                }
                if !expected.contains("Integer") && !expected.contains("Number")
                    || !expected.contains("Number") && number != number.rounded()
                {
                    found.append("\(path).\(key): nombre \(number) au lieu de \(expected.sorted())")
                }
            }
        }
        return found
    }

    static func number(_ value: Any) -> Double? {
        if let integer = value as? Int { return Double(integer) }
        if let double = value as? Double { return double }
        return (value as? NSNumber)?.doubleValue
    }

    @Test func eachOpenPostIsAJobPostingValidAgainstTheSchemaOrgVocabulary() throws {
        let data = Data(documents.jobPostings().utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["@context"] as? String == "https://schema.org")
        let offers = try #require(document["@graph"] as? [[String: Any]])
        // Prades: one whole post and a half; Millas: none open; Quillan: a half.
        #expect(offers.count == 3)
        for (index, offer) in offers.enumerated() {
            #expect(offer["@type"] as? String == "JobPosting")
            #expect(Self.problems(offer, path: "offre \(index)") == [])
            for property in Self.required { #expect(offer[property] != nil, "offre \(index): \(property) manque") }
            #expect(Self.employmentTypes.contains(offer["employmentType"] as? String ?? ""))
            let organization = try #require(offer["hiringOrganization"] as? [String: Any])
            #expect(organization["name"] as? String == "GIP Ma santé, Ma Région")
            let place = try #require(offer["jobLocation"] as? [String: Any])
            let address = try #require(place["address"] as? [String: Any])
            #expect(address["addressCountry"] as? String == "FR")
            #expect((address["addressLocality"] as? String).map { !$0.isEmpty } == true)
            #expect(offer["datePosted"] as? String == "2026-10-31")
        }
        #expect(offers.map { $0["employmentType"] as? String } == ["FULL_TIME", "PART_TIME", "PART_TIME"])
        #expect(
            offers.map { $0["workHours"] as? String } == [
                "salarié 35 h par semaine", "salarié 17,5 h par semaine", "salarié 17,5 h par semaine",
            ])
        #expect(offers[0]["title"] as? String == "Médecin généraliste — Centre de santé de Prades")
        #expect(
            offers[1]["title"] as? String
                == "Médecin généraliste à temps partiel (50\u{00A0}%) — Centre de santé de Prades")
    }

    @Test func theValidatorCatchesAnUnknownPropertyAndAWronglyTypedValue() {
        let offer: [String: Any] = [
            "@type": "JobPosting", "title": "x", "salary": "3000", "totalJobOpenings": 1.5, "datePosted": "31/10/2026",
            "jobLocation": ["@type": "Organization", "name": "x"],
        ]
        let problems = Self.problems(offer, path: "o")
        #expect(problems.count == 4, "\(problems)")
    }

    @Test func thePrintablePageEscapesRegistryTextAndSumsTheVacancies() {
        let html = documents.html()
        #expect(html.contains("Centre de santé de &lt;Quillan&gt; &amp; « Aude »"))
        #expect(!html.contains("<Quillan>"))
        #expect(html.contains("3 poste(s), <strong>2 ETP vacant(s)</strong>"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test(.timeLimit(.minutes(1)))
    func chromiumPrintsThePostsOnA4WithoutHorizontalOverflow() throws {
        let many = (0..<60).map { index in
            var post = Self.posts[index % 3]
            post.centre += " \(index)"
            return post
        }
        let html = PostDocuments(many, asOf: Self.day).html()
        guard let printed = try ChromiumPrint.print(html, name: "postes", window: (794, 1123)) else { return }
        #expect(printed.pages >= 2)
        for (width, height) in printed.mediaBoxes {
            #expect(abs(width - 595.3) < 2 && abs(height - 841.9) < 2, "A4 portrait attendu, vu \(width) × \(height)")
        }
        #expect(printed.measure.hasPrefix("AUCUN-DEBORDEMENT"), "\(printed.measure)")
    }
}

@Suite struct PostFormatTests {
    var documents: PostDocuments { PostDocuments(PostDocumentsTests.posts, asOf: PostDocumentsTests.day) }

    @Test func jsonldGivesTheJobPostingsAndEveryOtherFormatItsDocument() {
        #expect(documents.document(.jsonld) == documents.jobPostings())
        #expect(documents.document(.html) == documents.html())
        #expect(documents.document(.texte) == documents.render(.texte))
        #expect(documents.document(.csv) == documents.render(.csv))
        #expect(documents.document(.json) == documents.render(.json))
    }
}
