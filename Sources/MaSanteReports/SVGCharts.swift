import Foundation
import MaSante

/// The colours of the printable report: dark enough on white that any of them can carry text
/// (contrast of at least 4.5:1), and told apart by dash patterns as well as by hue.
enum ReportPalette {
    static let ink = "#1b1b1b"
    static let muted = "#545454"
    static let hires = "#1f4e8c"
    static let goal = "#a4262c"
    static let projection = "#8a4500"
    static let outsideGoal = "#5c5f66"
    static let onTrack = "#1d6b35"
    /// Fills and rules that never carry text.
    static let hiresArea = "#dfe8f4"
    static let partialYear = "#9fbbe0"
    static let grid = "#d4d4d4"
    static let rule = "#9a9a9a"

    /// Every colour used for text or for a line the reader must tell apart.
    static let textColours = [ink, muted, hires, goal, projection, outsideGoal, onTrack]
}

/// The three inline SVG charts of the progress report.
///
/// Each chart is a complete `<svg>` element with `role="img"`, an `aria-label`, a `<title>`
/// and a `<desc>` that says in words what the chart shows, so that a screen reader, or a
/// reader of the HTML source, gets the figures without the drawing. Coordinates are in a
/// `viewBox` whose unit is about one CSS pixel once the chart fills the A4 text width.
struct ProgressCharts {
    let report: ProgressReport

    /// The four professions that count toward the goal, in the order the Region reads them.
    static let professions: [(code: String, title: String)] = [
        ("medecin_generaliste", "Médecins généralistes"), ("medecin_specialiste", "Médecins spécialistes"),
        ("infirmier", "Infirmiers"), ("sage_femme", "Sages-femmes"),
    ]

    /// French titles of the professions outside the goal.
    static let outsideGoalTitles = ["secretaire_medical": "Secrétaires médicales"]

    // MARK: - (a) Cumulative hires against the goal

    /// Cumulative hires by month, the goal line, the deadline and the projection at the current pace.
    func cumulativeHires() -> String {
        let r = report
        let width = 680.0, height = 340.0
        let left = 58.0, right = 18.0, top = 34.0, bottom = 46.0
        let plot = PlotArea(left: left, top: top, width: width - left - right, height: height - top - bottom)

        let months = r.byMonth.compactMap { figure in MonthIndex(figure.month).map { ($0, figure.cumulative) } }
            .sorted { $0.0 < $1.0 }
        let asOfX = MonthIndex.value(of: r.asOf.adding(days: 1))
        let startX = months.first.map { $0.0.start } ?? MonthIndex.value(of: r.asOf).rounded(.down)
        let deadlineX = MonthIndex.value(of: r.deadline)
        // The projection is drawn to its end unless that is far beyond the deadline.
        let horizon = max(deadlineX, asOfX) + 30
        let goalDate = r.hired < r.goal ? r.projection.goalDate : nil
        let goalX = goalDate.map { MonthIndex.value(of: $0) }
        let endX = (max(asOfX, deadlineX, min(goalX ?? deadlineX, horizon)) + 2).rounded(.up)
        let maxValue = Double(max(r.goal, r.hired, months.map(\.1).max() ?? 0, 1))
        let step = Axis.niceStep(maxValue, ticks: 5)
        let topValue = maxValue * 1.1
        let x = { (value: Double) in plot.left + (value - startX) / (endX - startX) * plot.width }
        let y = { (value: Double) in plot.bottom - value / topValue * plot.height }

        var svg = SVG(
            width: width, height: height,
            label: "Recrutements cumulés vers l'objectif de \(FrenchFormat.number(r.goal))",
            description: cumulativeDescription(goalX: goalX))
        // Grid and y axis.
        for tick in stride(from: 0.0, through: topValue, by: step) {
            svg.line(left, y(tick), plot.right, y(tick), stroke: tick == 0 ? ReportPalette.rule : ReportPalette.grid)
            svg.text(
                FrenchFormat.number(Int(tick)), x: left - 7, y: y(tick) + 4, anchor: "end", size: 11,
                fill: ReportPalette.muted)
        }
        svg.text(
            "Professionnels recrutés (cumul)", x: 14, y: plot.top + plot.height / 2, anchor: "middle", size: 11,
            fill: ReportPalette.muted, rotate: -90)
        // x axis: one tick per 1 January (per quarter on a short span).
        let span = endX - startX
        let tickEvery = span > 30 ? 12 : 3
        var tick = (startX / Double(tickEvery)).rounded(.up) * Double(tickEvery)
        while tick <= endX {
            let index = Int(tick)
            svg.line(x(tick), plot.bottom, x(tick), plot.bottom + 5, stroke: ReportPalette.rule)
            let label = tickEvery == 12 ? String(index / 12) : MonthIndex(index).shortLabel
            if x(tick) > plot.left + 12, x(tick) < plot.right - 12 {
                svg.text(label, x: x(tick), y: plot.bottom + 18, anchor: "middle", size: 11, fill: ReportPalette.muted)
            }
            tick += Double(tickEvery)
        }
        svg.text(
            "Date d'embauche", x: plot.left + plot.width / 2, y: height - 8, anchor: "middle", size: 11,
            fill: ReportPalette.muted)

        // Goal line and deadline.
        let goalY = y(Double(r.goal))
        svg.line(left, goalY, plot.right, goalY, stroke: ReportPalette.goal, width: 1.6)
        svg.text(
            "Objectif : \(FrenchFormat.number(r.goal))", x: left + 6, y: goalY - 6, size: 11.5, weight: "600",
            fill: ReportPalette.goal, halo: true)
        if deadlineX >= startX, deadlineX <= endX {
            svg.line(
                x(deadlineX), plot.top, x(deadlineX), plot.bottom, stroke: ReportPalette.goal, width: 1.2, dash: "2 3")
            svg.text(
                "Échéance", x: x(deadlineX) - 5, y: plot.bottom - 20, anchor: "end", size: 11, fill: ReportPalette.goal,
                halo: true)
            svg.text(
                r.deadline.french, x: x(deadlineX) - 5, y: plot.bottom - 7, anchor: "end", size: 11,
                fill: ReportPalette.goal, halo: true)
        }

        // Hires so far.
        var points = [(startX, 0.0)]
        for (month, cumulative) in months { points.append((min(month.end, asOfX), Double(cumulative))) }
        if let last = points.last, last.0 < asOfX { points.append((asOfX, Double(r.hired))) }
        let path = points.map { "\(SVG.n(x($0.0))),\(SVG.n(y($0.1)))" }
        if points.count > 1, let last = points.last {
            let area =
                path + ["\(SVG.n(x(last.0))),\(SVG.n(plot.bottom))", "\(SVG.n(x(startX))),\(SVG.n(plot.bottom))"]
            svg.raw(#"<polygon points="\#(area.joined(separator: " "))" fill="\#(ReportPalette.hiresArea)"/>"#)
            svg.raw(
                #"<polyline points="\#(path.joined(separator: " "))" fill="none" stroke="\#(ReportPalette.hires)" stroke-width="2.4" stroke-linejoin="round"/>"#
            )
        }

        // Projection from today's point to the goal.
        let nowX = x(asOfX), nowY = y(Double(r.hired))
        let projected = goalX.map { $0 > asOfX } ?? false
        if let goalX, let goalDate, projected {
            let endProjection = min(goalX, horizon)
            let endValue = Double(r.hired) + Double(r.goal - r.hired) * (endProjection - asOfX) / (goalX - asOfX)
            svg.line(nowX, nowY, x(endProjection), y(endValue), stroke: ReportPalette.projection, width: 2, dash: "7 5")
            if endProjection == goalX {
                svg.raw(
                    #"<circle cx="\#(SVG.n(x(goalX)))" cy="\#(SVG.n(goalY))" r="4" fill="white" stroke="\#(ReportPalette.projection)" stroke-width="2"/>"#
                )
            }
            let label = "au rythme actuel : \(FrenchDate.monthYear(goalDate))"
            svg.text(
                label, x: min(x(endProjection) - 8, plot.right), y: (endProjection == goalX ? goalY : y(endValue)) - 8,
                anchor: "end", size: 11, fill: ReportPalette.projection, halo: true)
        }
        svg.raw(#"<circle cx="\#(SVG.n(nowX))" cy="\#(SVG.n(nowY))" r="4.5" fill="\#(ReportPalette.hires)"/>"#)
        let nowLabel = "\(FrenchFormat.number(r.hired)) au \(r.asOf.french)"
        svg.text(nowLabel, x: nowX + 8, y: nowY + 17, size: 11.5, weight: "600", fill: ReportPalette.hires, halo: true)

        // Legend.
        var legendX = left
        legendX = svg.legendLine(
            x: legendX, y: 13, colour: ReportPalette.hires, width: 2.4, dash: nil, label: "Recrutés (cumul)")
        if projected {
            legendX = svg.legendLine(
                x: legendX, y: 13, colour: ReportPalette.projection, width: 2, dash: "7 5",
                label: "Projection au rythme des 12 derniers mois")
        }
        _ = svg.legendLine(x: legendX, y: 13, colour: ReportPalette.goal, width: 1.6, dash: nil, label: "Objectif")
        return svg.render()
    }

    private func cumulativeDescription(goalX: Double?) -> String {
        let r = report
        var text = "Courbe du nombre cumulé de professionnels de santé recrutés"
        if let first = r.byMonth.first, let month = MonthIndex(first.month) {
            text += " depuis \(month.longLabel)"
        }
        text +=
            " : \(FrenchFormat.number(r.hired)) au \(FrenchDate.long(r.asOf)), pour un objectif de \(FrenchFormat.number(r.goal)) au \(FrenchDate.long(r.deadline))."
        if goalX != nil, let date = r.projection.goalDate {
            text += " Au rythme des 12 derniers mois, l'objectif serait atteint vers \(FrenchDate.monthYear(date))."
        }
        return text
    }

    // MARK: - (b) Hires by profession

    /// Horizontal bars, one per profession, with the secretaries apart as « hors objectif ».
    func hiresByProfession() -> String {
        let r = report
        let counted = Self.professions.map { ($0.title, r.hiredByProfession[$0.code] ?? 0) }
        let knownCodes = Set(Self.professions.map(\.code))
        let others = r.hiredByProfession.filter { !knownCodes.contains($0.key) && $0.value > 0 }.sorted {
            $0.key < $1.key
        }
        .map { (Profession(rawValue: $0.key)?.label ?? $0.key, $0.value) }
        let outside = r.hiredOutsideGoal.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            .map { (Self.outsideGoalTitles[$0.key] ?? Profession(rawValue: $0.key)?.label ?? $0.key, $0.value) }
        let rows = counted + others
        let width = 330.0, left = 4.0, barRight = 268.0, rowHeight = 36.0, top = 8.0
        let separator = outside.isEmpty ? 0.0 : 28.0
        let height = top + Double(rows.count + outside.count) * rowHeight + separator + 4
        let maxValue = Double(max(1, (rows + outside).map(\.1).max() ?? 1))
        let scale = (barRight - left) / maxValue

        var summary = rows.map { "\($0.0) : \(FrenchFormat.number($0.1))" }.joined(separator: ", ")
        if !outside.isEmpty {
            summary +=
                " ; hors objectif : " + outside.map { "\($0.0) : \(FrenchFormat.number($0.1))" }.joined(separator: ", ")
        }
        var svg = SVG(
            width: width, height: height, label: "Recrutements par profession",
            description: "Professionnels recrutés par profession. \(summary).")
        var rowY = top
        func bar(_ title: String, _ value: Int, colour: String) {
            svg.text(title, x: left, y: rowY + 11, size: 11.5, fill: ReportPalette.ink)
            let length = max(Double(value) * scale, value > 0 ? 1.5 : 0)
            svg.raw(
                #"<rect x="\#(SVG.n(left))" y="\#(SVG.n(rowY + 16))" width="\#(SVG.n(length))" height="13" fill="\#(colour)"/>"#
            )
            svg.text(
                FrenchFormat.number(value), x: left + length + 5, y: rowY + 27, size: 11.5, weight: "700", fill: colour)
            rowY += rowHeight
        }
        for (title, value) in rows { bar(title, value, colour: ReportPalette.hires) }
        if !outside.isEmpty {
            svg.line(left, rowY + 4, width - 4, rowY + 4, stroke: ReportPalette.rule, dash: "3 3")
            svg.text(
                "Hors objectif (non comptés dans les \(FrenchFormat.number(r.goal)))", x: left, y: rowY + 20,
                size: 10.5,
                fill: ReportPalette.muted, style: "italic")
            rowY += separator
            for (title, value) in outside { bar(title, value, colour: ReportPalette.outsideGoal) }
        }
        return svg.render()
    }

    // MARK: - (c) Openings per year

    /// Vertical bars of centres opened each year, with the target of about ten a year.
    func openingsByYear() -> String {
        let r = report
        let counts = r.openingsByYear.compactMap { key, value in Int(key).map { ($0, value) } }
        let firstYear = counts.map(\.0).min() ?? r.asOf.year
        let lastYear = max(counts.map(\.0).max() ?? r.asOf.year, firstYear)
        let years = Array(firstYear...lastYear)
        let values = Dictionary(counts, uniquingKeysWith: +)
        let width = 330.0, height = 236.0
        let plot = PlotArea(left: 40, top: 16, width: 330 - 40 - 66, height: 236 - 16 - 46)
        let target = Double(r.openingsTargetPerYear)
        let maxValue = Double(max(years.map { values[$0] ?? 0 }.max() ?? 0, r.openingsTargetPerYear, 1))
        let topValue = maxValue * 1.18
        let step = Axis.niceStep(maxValue, ticks: 5)
        let y = { (value: Double) in plot.bottom - value / topValue * plot.height }

        let summary = years.map { "\($0) : \(values[$0] ?? 0)" }.joined(separator: ", ")
        var svg = SVG(
            width: width, height: height, label: "Centres ouverts par an",
            description:
                "Nombre de centres ouverts chaque année (\(summary)), pour un objectif d'environ \(r.openingsTargetPerYear) ouvertures par an."
        )
        for tick in stride(from: 0.0, through: topValue, by: step) {
            svg.line(
                plot.left, y(tick), plot.right, y(tick), stroke: tick == 0 ? ReportPalette.rule : ReportPalette.grid)
            svg.text(
                FrenchFormat.number(Int(tick)), x: plot.left - 6, y: y(tick) + 4, anchor: "end", size: 11,
                fill: ReportPalette.muted)
        }
        svg.text(
            "Centres ouverts dans l'année", x: 11, y: plot.top + plot.height / 2, anchor: "middle", size: 11,
            fill: ReportPalette.muted, rotate: -90)
        let band = plot.width / Double(max(years.count, 1))
        let barWidth = min(44, band * 0.62)
        for (index, year) in years.enumerated() {
            let value = values[year] ?? 0
            let centre = plot.left + band * (Double(index) + 0.5)
            let partial = year == r.asOf.year && !(r.asOf.month == 12 && r.asOf.day == 31)
            let fill = partial ? ReportPalette.partialYear : ReportPalette.hires
            if value > 0 {
                svg.raw(
                    #"<rect x="\#(SVG.n(centre - barWidth / 2))" y="\#(SVG.n(y(Double(value))))" width="\#(SVG.n(barWidth))" height="\#(SVG.n(plot.bottom - y(Double(value))))" fill="\#(fill)" stroke="\#(ReportPalette.hires)" stroke-width="1"/>"#
                )
            }
            svg.text(
                FrenchFormat.number(value), x: centre, y: y(Double(value)) - 5, anchor: "middle", size: 11.5,
                weight: "700", fill: ReportPalette.ink)
            svg.text(
                partial ? "\(year)*" : String(year), x: centre, y: plot.bottom + 16, anchor: "middle", size: 11,
                fill: ReportPalette.muted)
        }
        svg.text(
            "Année d'ouverture", x: plot.left + plot.width / 2, y: height - 8, anchor: "middle", size: 11,
            fill: ReportPalette.muted)
        let targetY = y(target)
        svg.line(plot.left, targetY, plot.right, targetY, stroke: ReportPalette.goal, width: 1.6, dash: "6 4")
        svg.text("objectif", x: plot.right + 6, y: targetY - 2, size: 11, fill: ReportPalette.goal)
        svg.text(
            "≈ \(r.openingsTargetPerYear) / an", x: plot.right + 6, y: targetY + 11, size: 11, fill: ReportPalette.goal)
        return svg.render()
    }
}

// MARK: - Drawing helpers

/// The rectangle where data are drawn, inside the chart's margins.
struct PlotArea {
    var left, top, width, height: Double
    var right: Double { left + width }
    var bottom: Double { top + height }
}

enum Axis {
    /// A round step (1, 2 or 5 times a power of ten, at least 1) giving about `ticks` intervals up to `maxValue`.
    static func niceStep(_ maxValue: Double, ticks: Int) -> Double {
        guard maxValue > 0, ticks > 0 else { return 1 }
        let raw = maxValue / Double(ticks)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return max(1, nice * magnitude)
    }
}

/// A month as a number of months since year 0, to place dates on a time axis.
struct MonthIndex: Comparable {
    let index: Int

    init(_ index: Int) { self.index = index }

    /// Reads `AAAA-MM`.
    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        index = year * 12 + month - 1
    }

    var year: Int { index / 12 }
    var month: Int { index % 12 + 1 }
    var start: Double { Double(index) }
    var end: Double { Double(index + 1) }

    /// `07/2022`.
    var shortLabel: String { String(format: "%02d/%04d", month, year) }
    /// `juillet 2022`.
    var longLabel: String { "\(FrenchDate.monthNames[month - 1]) \(year)" }

    /// The position of the start of a day: its month plus the elapsed fraction of that month.
    static func value(of date: CalendarDate) -> Double {
        let days = (28...31).last { CalendarDate(year: date.year, month: date.month, day: $0) != nil } ?? 30
        return Double(date.year * 12 + date.month - 1) + Double(date.day - 1) / Double(days)
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// An inline `<svg>` being built: accessible name and description first, then shapes and text.
struct SVG {
    let width: Double
    let height: Double
    let label: String
    let description: String
    private var body: [String] = []

    init(width: Double, height: Double, label: String, description: String) {
        self.width = width
        self.height = height
        self.label = label
        self.description = description
    }

    /// A coordinate with at most one decimal, dot as decimal mark (SVG syntax, not French).
    static func n(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    mutating func raw(_ element: String) { body.append(element) }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        let dashing = dash.map { #" stroke-dasharray="\#($0)""# } ?? ""
        body.append(
            #"<line x1="\#(Self.n(x1))" y1="\#(Self.n(y1))" x2="\#(Self.n(x2))" y2="\#(Self.n(y2))" stroke="\#(stroke)" stroke-width="\#(Self.n(width))"\#(dashing)/>"#
        )
    }

    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double, weight: String? = nil,
        fill: String, rotate: Double? = nil, style: String? = nil, halo: Bool = false
    ) {
        var attributes = #"x="\#(Self.n(x))" y="\#(Self.n(y))" font-size="\#(Self.n(size))" fill="\#(fill)""#
        // A white outline painted under the letters keeps a label readable where it crosses a line.
        if halo { attributes += #" stroke="white" stroke-width="4" stroke-linejoin="round" paint-order="stroke""# }
        if anchor != "start" { attributes += #" text-anchor="\#(anchor)""# }
        if let weight { attributes += #" font-weight="\#(weight)""# }
        if let style { attributes += #" font-style="\#(style)""# }
        if let rotate { attributes += #" transform="rotate(\#(Self.n(rotate)) \#(Self.n(x)) \#(Self.n(y)))""# }
        body.append("<text \(attributes)>\(HTMLText.escape(content))</text>")
    }

    /// A legend entry: a short line sample and its label; returns where the next entry starts.
    mutating func legendLine(
        x: Double, y: Double, colour: String, width: Double, dash: String?, label: String
    ) -> Double {
        line(x, y - 4, x + 26, y - 4, stroke: colour, width: width, dash: dash)
        text(label, x: x + 32, y: y, size: 11, fill: ReportPalette.ink)
        return x + 32 + Self.estimatedWidth(label, size: 11) + 18
    }

    /// A generous estimate of a text's width (wide sans-serif faces such as DejaVu Sans).
    static func estimatedWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.58
    }

    func render() -> String {
        let head =
            #"<svg viewBox="0 0 \#(Self.n(width)) \#(Self.n(height))" role="img" aria-label="\#(HTMLText.escape(label))" preserveAspectRatio="xMidYMid meet">"#
        return
            ([head, "<title>\(HTMLText.escape(label))</title>", "<desc>\(HTMLText.escape(description))</desc>"] + body
            + ["</svg>"])
            .joined(separator: "\n")
    }
}
