import Foundation
import MaSante

/// A centre's week as a printable HTML page, A4 landscape, to pin on the wall of the centre.
///
/// A header with the centre, the week, its dates, its version and status (drafts carry a visible
/// « BROUILLON »), a legend of the activity colours, then a table: a row per person, a column per
/// day (opening hours under the day), the shifts as coloured labels, the hours in a last column.
/// The findings follow, blocking ones in red, warnings in amber. The table header repeats on each
/// printed page and a row never splits across two.
///
/// Like the progress report, the page is self-contained: inline CSS, no script, nothing to fetch,
/// a Content-Security-Policy forbidding any request, every text escaped.
///
/// ```swift
/// let html = WeekGridHTML(view: view).render()
/// ```
struct WeekGridHTML {
    let view: WeekView

    func render() -> String {
        let v = view
        let centre = WeekGrid.centreTitle(v.centreName)
        let footer = "Planning — \(centre) — semaine \(v.week) — \(v.status.label.lowercased()), version \(v.version)"
        let head = HTMLText.head(title: "Planning — \(centre) — semaine \(v.week)", css: Self.css(footer: footer))
        var body = "<body class=\"\(v.status.rawValue)\">\n"
        body += masthead(centre: centre)
        body += legend()
        body += table()
        body += findings()
        body += "</body>\n</html>\n"
        return head + ProgressReportHTML.frenchSpacing(body)
    }

    // MARK: - Sections

    private func masthead(centre: String) -> String {
        let v = view
        let draft = v.status == .brouillon
        let mark =
            draft
            ? "<div class=\"status\"><p class=\"mark draft\">BROUILLON</p><p class=\"draft-note\">Document provisoire, peut encore changer</p></div>"
            : "<div class=\"status\"><p class=\"mark published\">PUBLIÉE</p></div>"
        return """
            <header class="masthead">
            <div>
            <p class="kicker">Ma santé, Ma Région · Planning de la semaine</p>
            <h1>\(HTMLText.escape(centre)) — <span class="nowrap">semaine \(v.week)</span></h1>
            <p class="dates">\(HTMLText.escape(WeekGrid.dateRange(v.week).capitalizedFirst)) · version \(v.version) · \(v.status.label.lowercased())</p>
            </div>
            \(mark)
            </header>

            """
    }

    private func legend() -> String {
        let items = Activity.allCases.map { activity in
            let short = WeekGrid.abbreviation(activity)
            let label = Self.legendLabels[activity] ?? activity.label
            let full = label == short ? "" : " \(HTMLText.escape(label))"
            return "<li><span class=\"s a-\(activity.rawValue)\">\(HTMLText.escape(short))</span>\(full)</li>"
        }
        return "<ul class=\"legend\" aria-label=\"Légende des activités\">\n\(items.joined(separator: "\n"))\n</ul>\n"
    }

    /// Shorter names than `Activity.label` where that keeps the legend on one line.
    static let legendLabels: [Activity: String] = [.secretariat: "Secrétariat", .administratif: "Administratif"]

    private func table() -> String {
        let days = WeekGrid.shownDays(view)
        let closed = Set(days.filter { view.openingHours.ranges(on: $0.weekday).isEmpty })
        let columns =
            "<col class=\"c-person\">" + String(repeating: "<col class=\"c-day\">", count: days.count)
            + "<col class=\"c-total\">"
        let headings = days.map { day in
            let opening = WeekGrid.openingText(view.openingHours, day).map {
                "<span class=\"range\">\(HTMLText.escape($0))</span>"
            }.joined(separator: " ")
            let name = "\(day.weekday.label.capitalizedFirst) \(String(format: "%02d/%02d", day.day, day.month))"
            return
                "<th scope=\"col\"\(closed.contains(day) ? " class=\"closed\"" : "")><span class=\"day\">\(name)</span><span class=\"open\">\(opening)</span></th>"
        }.joined()
        var rows = ""
        for row in view.rows {
            let cells = days.map { day in
                let shifts = row.shifts(on: day).map(Self.shift).joined()
                return "<td\(closed.contains(day) ? " class=\"closed\"" : "")>\(shifts)</td>"
            }.joined()
            rows += "<tr>\(person(row))\(cells)\(total(row))</tr>\n"
        }
        if view.rows.isEmpty {
            rows =
                "<tr><td class=\"empty\" colspan=\"\(days.count + 2)\">\(HTMLText.escape("Personne n'est affecté à ce centre cette semaine."))</td></tr>\n"
        }
        return """
            <table class="week">
            <colgroup>\(columns)</colgroup>
            <thead><tr><th scope="col" class="person">Personne<span class="open">Ouverture du centre</span></th>\(headings)<th scope="col" class="total">Heures<span class="open">ici / contrat</span></th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            <p class="note">\(HTMLText.escape(WeekGrid.hoursNote)) «\u{00A0}+1\u{00A0}» : le service finit le lendemain.</p>

            """
    }

    /// The name, the profession and, when the person is named in findings, how many.
    private func person(_ row: WeekViewRow) -> String {
        let concerned = view.findings.filter { $0.personIDs.contains(row.personID) }
        let blocking = concerned.filter { $0.severity == .bloquant }.count
        var flag = ""
        if !concerned.isEmpty {
            let text =
                blocking > 0
                ? "\(blocking) constat\(blocking > 1 ? "s" : "") bloquant\(blocking > 1 ? "s" : "")"
                : "\(concerned.count) avertissement\(concerned.count > 1 ? "s" : "")"
            flag = "<span class=\"flag \(blocking > 0 ? "bloquant" : "avertissement")\">\(text)</span>"
        }
        return
            "<th scope=\"row\"><span class=\"name\">\(HTMLText.escape(row.name))</span><span class=\"prof\">\(HTMLText.escape(row.profession.label))</span>\(flag)</th>"
    }

    private func total(_ row: WeekViewRow) -> String {
        let counted = Self.nbsp(WeekGrid.hours(row.hours.counted))
        let contract = row.hours.contract.map { Self.nbsp(WeekGrid.hours($0)) } ?? "sans contrat"
        let details = [WeekGrid.elsewhereText(row), WeekGrid.absenceText(row)].compactMap { $0 }
            .map { "<span class=\"elsewhere\">\(Self.nbsp(HTMLText.escape($0)))</span>" }.joined()
        return
            "<td class=\"total\"><strong>\(counted)</strong> <span class=\"contract\">/ \(contract)</span>\(details)</td>"
    }

    /// One shift as a coloured label: `<span class="s a-consultation">08:30–12:30 Consult.</span>`.
    static func shift(_ shift: Shift) -> String {
        let title = HTMLText.escape(shift.activity.label + (shift.place.map { " — \($0)" } ?? ""))
        return
            "<span class=\"s a-\(shift.activity.rawValue)\" title=\"\(title)\"><span class=\"t\">\(WeekGrid.timeSpan(shift))</span> \(HTMLText.escape(WeekGrid.activityText(shift)))</span>"
    }

    private func findings() -> String {
        guard !view.findings.isEmpty else {
            return
                "<section class=\"findings\">\n<h2>Constats</h2>\n<p class=\"none\">Aucune anomalie.</p>\n</section>\n"
        }
        let items = WeekGrid.orderedFindings(view.findings).map { finding in
            let kind = finding.severity.rawValue
            return
                "<li class=\"\(kind)\"><span class=\"sev\">\(finding.severity.label)</span> <strong>\(HTMLText.escape(finding.rule.label))</strong> — \(HTMLText.escape(finding.message))</li>"
        }
        return """
            <section class="findings">
            <h2>Constats : \(HTMLText.escape(WeekGrid.findingsSummary(view.findings)))</h2>
            <ul>
            \(items.joined(separator: "\n"))
            </ul>
            </section>

            """
    }

    /// Hours that never break across lines: `31 h 30` with no-break spaces.
    static func nbsp(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "\u{00A0}") }
}

fileprivate extension String {
    /// The text with its first letter in capitals: `du lundi…` → `Du lundi…`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
