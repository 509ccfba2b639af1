import Foundation
public import MaSante

/// The observatory (`rapport observatoire`): for each territory and period, arrivals, departures,
/// people in post and FTE, vacant FTE and open centres; as a text table, CSV, JSON, and a printable
/// A4 page with one inline SVG chart per series.
///
/// ```swift
/// ObservatoryDocument(rows, step: .trimestre, grouping: .zonage, from: start, to: end).render(.html)
/// ```
public struct ObservatoryDocument: Sendable {
    let rows: [ObservatoryRow]
    let step: ObservatoryStep
    let grouping: ObservatoryGrouping
    let from: CalendarDate
    let to: CalendarDate

    public init(
        _ rows: [ObservatoryRow], step: ObservatoryStep, grouping: ObservatoryGrouping, from: CalendarDate,
        to: CalendarDate
    ) {
        self.rows = rows
        self.step = step
        self.grouping = grouping
        self.from = from
        self.to = to
    }

    /// A territory as a reader names it.
    func label(_ territory: String) -> String {
        switch grouping {
        case .departement: Departement(territory)?.description ?? territory
        case .zonage: ZoningClass(rawValue: territory)?.label ?? "zonage inconnu"
        case .montagne: territory == "montagne" ? "zone de montagne" : "hors montagne"
        case .centre: territory
        }
    }

    var title: String {
        let by =
            switch grouping {
            case .departement: "par département"
            case .zonage: "par zonage de l'ARS"
            case .montagne: "zone de montagne ou non"
            case .centre: "par centre"
            }
        return "Observatoire des effectifs, \(by), du \(from.french) au \(to.french)"
    }

    /// The rows as a listing: one per period and territory.
    public var listing: Listing {
        Listing(
            columns: [
                "periode", "territoire", "arrivees", "departs", "en_poste", "etp", "vacant_etp", "centres_ouverts",
            ],
            rows: rows.map { r in
                [
                    .date(r.period), .text(label(r.territory)), .integer(r.arrivals), .integer(r.departures),
                    r.inPost.map(Listing.Cell.integer) ?? .null, r.fte.map(Listing.Cell.number) ?? .null,
                    .number(r.vacant), .integer(r.centresOpen),
                ]
            })
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .html: return html()
        case .csv, .json: return ListingRenderer(listing: listing).render(format)
        case .texte:
            var table = listing
            table.rows = zip(rows, listing.rows).map { row, cells in
                [.text(step.label(row.period))] + cells.dropFirst()
            }
            let withheld =
                rows.contains { $0.inPost == nil }
                ? "« » : moins de 3 personnes en poste, effectif et ETP non publiés (secret statistique).\n" : ""
            return "\(title)\n\n"
                + ListingRenderer(listing: table, decimals: ["etp": 1, "vacant_etp": 1]).text + withheld
        }
    }

    // MARK: - Printable page

    /// The series charted, with their titles.
    static let series: [(title: String, value: @Sendable (ObservatoryRow) -> Double?)] = [
        ("Arrivées (recrutements) par période", { Double($0.arrivals) }),
        ("Départs par période", { Double($0.departures) }),
        ("Professionnels de santé en poste en fin de période", { $0.inPost.map(Double.init) }),
        ("ETP en poste en fin de période", { $0.fte }),
        ("ETP vacants des postes en fin de période", { $0.vacant }),
        ("Centres ouverts en fin de période", { Double($0.centresOpen) }),
    ]

    static let colours = ["#1f4e8c", "#a4262c", "#1d6b35", "#8a4500", "#5c5f66", "#6b3fa0", "#00707a", "#9c5a00"]
    static let dashes: [String?] = [nil, "6 3", "2 3"]

    /// The printable page: ``stylesheet`` in its head, ``body`` in its body.
    public func html() -> String {
        HTMLText.head(title: title, css: stylesheet) + "<body>\n" + body + "</body>\n</html>\n"
    }

    /// The page's CSS (A4 portrait, the progress report's look, its footer naming the day), also
    /// served as a file by the web application, whose pages allow no inline style.
    public var stylesheet: String { Self.stylesheet(to: to) }

    /// The CSS of an observatory that ends on `to`: it needs no row.
    public static func stylesheet(to: CalendarDate) -> String {
        ProgressReportHTML.css(
            footer: "Source : registre masante du GIP « Ma santé, Ma Région » — observatoire au \(to.french)")
            + "\nfigure.obs { margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }\n"
            + "figure.obs svg { width: 100%; height: auto; display: block; }\n"
            + "table.obs td.num, table.obs th.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
    }

    /// The page's content: title, one chart per series, the table by territory.
    public var body: String {
        let charts = Self.series.map { series in
            "<figure class=\"obs\">\n<h2>\(HTMLText.escape(series.title))</h2>\n\(chart(series.title, series.value))\n</figure>"
        }.joined(separator: "\n")
        return """
            <header class="masthead">
            <p class="kicker">Région Occitanie · Service public régional de santé</p>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="lead">Professionnels de santé (médecins, infirmiers, sages-femmes) : arrivées là où chacun a d&#39;abord été affecté, départs là où il l&#39;était en dernier ; effectifs, ETP, postes vacants et centres ouverts au dernier jour de chaque période.</p>
            </header>
            \(charts)
            \(summaryTable())

            """
    }

    private var territories: [String] {
        var seen: [String] = []
        for row in rows where !seen.contains(row.territory) { seen.append(row.territory) }
        return seen
    }

    private var periods: [CalendarDate] {
        var seen: [CalendarDate] = []
        for row in rows where seen.last != row.period { seen.append(row.period) }
        return seen
    }

    /// One line per territory over the periods; a withheld value breaks the line.
    private func chart(_ title: String, _ value: (ObservatoryRow) -> Double?) -> String {
        let periods = self.periods, territories = self.territories
        let legendRows = Int((Double(territories.count) / 3).rounded(.up))
        var svg = SVG(
            width: 680, height: 190 + Double(legendRows) * 16, label: title,
            description: "\(title), \(territories.count) territoire(s), \(periods.count) période(s).")
        let plot = PlotArea(left: 48, top: 10, width: 612, height: 150)
        let values = rows.compactMap(value)
        let tickStep = Axis.niceStep(max(values.max() ?? 0, 1), ticks: 4)
        let top = max(tickStep * (((values.max() ?? 0) / tickStep).rounded(.up)), tickStep)
        func y(_ v: Double) -> Double { plot.bottom - v / top * plot.height }
        func x(_ index: Int) -> Double {
            periods.count <= 1 ? plot.left : plot.left + Double(index) / Double(periods.count - 1) * plot.width
        }
        var tick = 0.0
        while tick <= top + 1e-9 {
            svg.line(plot.left, y(tick), plot.right, y(tick), stroke: ReportPalette.grid)
            svg.text(
                FrenchNumber.format(tick), x: plot.left - 6, y: y(tick) + 4, anchor: "end", size: 10,
                fill: ReportPalette.muted)
            tick += tickStep
        }
        let every = max(1, Int((Double(periods.count) / 8).rounded(.up)))
        for (index, period) in periods.enumerated() where index % every == 0 {
            svg.text(
                self.step.label(period), x: x(index), y: plot.bottom + 14, anchor: "middle", size: 10,
                fill: ReportPalette.muted)
        }
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        for (number, territory) in territories.enumerated() {
            let colour = Self.colours[number % Self.colours.count]
            let dash = Self.dashes[(number / Self.colours.count) % Self.dashes.count]
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    let dashing = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                    svg.raw(
                        "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.8\"\(dashing)/>"
                    )
                } else if let point = segment.first {
                    let xy = point.split(separator: ",")
                    svg.raw("<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2\" fill=\"\(colour)\"/>")
                }
                segment = []
            }
            for row in rows where row.territory == territory {
                guard let v = value(row), let i = index[row.period] else {
                    flush()
                    continue
                }
                segment.append("\(SVG.n(x(i))),\(SVG.n(y(v)))")
            }
            flush()
            let legendX = 48 + Double(number % 3) * 210, legendY = plot.bottom + 34 + Double(number / 3) * 16
            _ = svg.legendLine(
                x: legendX, y: legendY, colour: colour, width: 1.8, dash: dash,
                label: String(label(territory).prefix(28)))
        }
        return svg.render()
    }

    /// Per territory: the arrivals and departures over the whole span, and the figures at its end.
    private func summaryTable() -> String {
        guard let last = periods.last else { return "<p>Aucune donnée sur la période.</p>" }
        var html = """
            <h2>Par territoire, du \(from.french) au \(to.french)</h2>
            <table class="obs">
            <thead><tr><th>Territoire</th><th class="num">Arrivées</th><th class="num">Départs</th>\
            <th class="num">En poste</th><th class="num">ETP</th><th class="num">ETP vacants</th>\
            <th class="num">Centres ouverts</th></tr></thead>
            <tbody>

            """
        for territory in territories {
            let own = rows.filter { $0.territory == territory }
            let end = own.first { $0.period == last }
            html += """
                <tr><td>\(HTMLText.escape(label(territory)))</td>\
                <td class="num">\(own.reduce(0) { $0 + $1.arrivals })</td><td class="num">\(own.reduce(0) { $0 + $1.departures })</td>\
                <td class="num">\(end?.inPost.map(String.init) ?? "—")</td>\
                <td class="num">\(end?.fte.map { FrenchFormat.fixed($0, digits: 1) } ?? "—")</td>\
                <td class="num">\(FrenchFormat.fixed(end?.vacant ?? 0, digits: 1))</td><td class="num">\(end?.centresOpen ?? 0)</td></tr>

                """
        }
        return html + "</tbody>\n</table>\n"
    }
}
