import Foundation
public import MaSante

/// The posts of a day (`postes liste`) as people and job boards read them: a table in text, CSV
/// or JSON, a printable A4 page, and schema.org `JobPosting` offers in JSON-LD.
///
/// ```swift
/// PostDocuments(posts, asOf: day).jobPostings()   // one JobPosting per open post
/// ```
public struct PostDocuments {
    let posts: [PostVacancy]
    let asOf: CalendarDate

    public init(_ posts: [PostVacancy], asOf: CalendarDate) {
        self.posts = posts
        self.asOf = asOf
    }

    /// The employer of every offer.
    public static let employer = "GIP Ma santé, Ma Région"

    /// One row per post: centre, commune, profession, target, staffed and vacant FTE.
    public var listing: Listing {
        Listing(
            columns: [
                "centre", "commune", "code_insee", "departement", "profession", "depuis", "objectif_etp", "pourvu_etp",
                "vacant_etp",
            ],
            rows: posts.map { p in
                [
                    .text(p.centre), .text(p.commune), .text(p.insee), .text(p.departement),
                    .text(p.profession.rawValue),
                    .date(p.since), .number(p.target), .number(p.staffed), .number(p.vacant),
                ]
            })
    }

    /// The posts in `format`: the documents', or schema.org job postings (``jobPostings()``).
    public func document(_ format: PostFormat) -> String {
        format == .jsonld ? jobPostings() : render(OutputFormat(rawValue: format.rawValue) ?? .texte)
    }

    /// The table in `format` (texte, csv, json); html is ``html()``.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .html: return html()
        case .texte:
            let vacant = posts.reduce(0) { $0 + $1.vacant }
            let table = Listing(
                columns: ["centre", "profession", "depuis", "objectif_etp", "pourvu_etp", "vacant_etp"],
                rows: posts.map { p in
                    [
                        .text(p.centre), .text(p.profession.label), .date(p.since), .number(p.target),
                        .number(p.staffed), .number(p.vacant),
                    ]
                })
            return ListingRenderer(listing: table).text
                + "\(posts.count) poste(s) au \(asOf.french), \(FrenchNumber.format(vacant)) ETP vacant(s)\n"
        case .csv, .json: return ListingRenderer(listing: listing).render(format)
        }
    }

    // MARK: - Printable page

    /// A printable A4 page of the posts, vacancies first in each centre: ``stylesheet`` in its
    /// head, ``body`` in its body.
    public func html() -> String {
        HTMLText.head(title: "Ma santé, Ma Région — Postes au \(FrenchDate.long(asOf))", css: stylesheet)
            + "<body>\n" + body + "</body>\n</html>\n"
    }

    /// The page's CSS, also served as a file by the web application (no inline style there).
    public var stylesheet: String { Self.stylesheet(asOf: asOf) }

    /// The CSS of the posts of `asOf`: it needs no post.
    public static func stylesheet(asOf: CalendarDate) -> String {
        ProgressReportHTML.css(
            footer: "Source : registre masante du GIP « Ma santé, Ma Région » — postes au \(asOf.french)")
            + "\ntable.posts { table-layout: fixed; break-inside: auto; page-break-inside: auto; }\n"
            + "table.posts thead { display: table-header-group; }\n"
            + "table.posts tr { break-inside: avoid; page-break-inside: avoid; }\n"
            + "table.posts col.centre { width: 31%; } table.posts col.commune { width: 21%; } table.posts col.profession { width: 18%; }\n"
            + "table.posts thead th { overflow-wrap: normal; }\n"
            + "table.posts td.num, table.posts th.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
            + "table.posts tr.open td { font-weight: 600; }\n"
    }

    /// The page's content: title, the count of posts and vacant FTE, the table.
    public var body: String {
        let vacant = posts.reduce(0) { $0 + $1.vacant }
        var rows = ""
        for p in posts {
            rows += """
                <tr\(p.vacant > 0 ? " class=\"open\"" : "")><td class="text">\(HTMLText.escape(p.centre))</td>\
                <td class="text">\(HTMLText.escape(p.commune)) (\(HTMLText.escape(p.departement)))</td>\
                <td class="text">\(HTMLText.escape(p.profession.label))</td><td class="num">\(FrenchNumber.format(p.target))</td>\
                <td class="num">\(FrenchNumber.format(p.staffed))</td><td class="num">\(FrenchNumber.format(p.vacant))</td></tr>

                """
        }
        return """
            <header class="masthead">
            <p class="kicker">Région Occitanie · Service public régional de santé</p>
            <h1>Postes des centres au \(FrenchDate.long(asOf))</h1>
            <p class="lead">\(posts.count) poste(s), <strong>\(FrenchNumber.format(vacant)) ETP vacant(s)</strong> : \
            emplois salariés du \(HTMLText.escape(Self.employer)), 35 heures par semaine pour un temps plein.</p>
            </header>
            <table class="posts">
            <colgroup><col class="centre"><col class="commune"><col class="profession"><col><col><col></colgroup>
            <thead><tr><th>Centre</th><th class="text">Commune</th><th class="text">Profession</th><th class="num">Objectif (ETP)</th>\
            <th class="num">Pourvu (ETP)</th><th class="num">Vacant (ETP)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>

            """
    }

    // MARK: - schema.org JobPosting

    /// The open posts as schema.org `JobPosting` offers (JSON-LD, one graph), what job boards and
    /// search engines read: title, description, date posted, the GIP as employer, the centre's
    /// commune as place, full or part time, salaried 35 hours a week.
    public func jobPostings() -> String {
        let offers = posts.flatMap { post -> [[String: Any]] in
            let whole = post.vacant.rounded(.down)
            let part = ((post.vacant - whole) * 100).rounded() / 100
            return (whole >= 1 ? [jobPosting(post, fte: 1, openings: Int(whole))] : [])
                + (part > 0 ? [jobPosting(post, fte: part, openings: 1)] : [])
        }
        let document: [String: Any] = ["@context": "https://schema.org", "@graph": offers]
        let data = try? JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data ?? Data(), as: UTF8.self) + "\n"
    }

    /// One offer: `openings` posts of `fte` each (1: full time, 35 hours a week).
    private func jobPosting(_ p: PostVacancy, fte: Double, openings: Int) -> [String: Any] {
        let fullTime = fte >= 1
        let share = fullTime ? "temps plein" : "temps partiel (\(FrenchFormat.percent(fte)))"
        let hours = fullTime ? 35 : (35 * fte * 100).rounded() / 100
        return [
            "@type": "JobPosting",
            "title": "\(p.profession.label)\(fullTime ? "" : " à \(share)") — \(p.centre)",
            "description":
                "\(p.profession.label), \(share), au \(p.centre) (\(p.commune)). Poste salarié du \(Self.employer), "
                + "35 heures par semaine pour un temps plein ; secrétariat et gestion administrative assurés par le GIP. "
                + "Consultations programmées et non programmées, visites à domicile.",
            "datePosted": asOf.description,
            "employmentType": fullTime ? "FULL_TIME" : "PART_TIME",
            "workHours": "salarié \(FrenchNumber.format(hours)) h par semaine",
            "totalJobOpenings": openings,
            "occupationalCategory": p.profession.label,
            "industry": "Santé",
            "identifier": [
                "@type": "PropertyValue", "name": Self.employer,
                "value": "\(p.insee)-\(p.profession.rawValue)-\(fullTime ? "temps-plein" : "temps-partiel")",
            ],
            "hiringOrganization": [
                "@type": "Organization", "name": Self.employer,
                "description": "Groupement d'intérêt public du service public régional de santé de la Région Occitanie",
            ],
            "jobLocation": [
                "@type": "Place", "name": p.centre,
                "address": [
                    "@type": "PostalAddress", "addressLocality": p.commune, "addressRegion": "Occitanie",
                    "addressCountry": "FR",
                ],
            ],
        ]
    }
}

/// The formats of `postes liste`: the documents', and schema.org JSON-LD (`jsonld`).
public enum PostFormat: String, CaseIterable, Sendable {
    case texte, csv, json, html, jsonld
}
