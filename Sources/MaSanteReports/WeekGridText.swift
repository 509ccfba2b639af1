import Foundation
import MaSante

/// A centre's week as a French grid for a terminal of about 120 columns.
///
/// A title line, a header row (days, then the opening hours), then a block per person: name,
/// profession and hours (here / contract) on the left, one column per day listing that day's
/// shifts, each as its times over its activity (`08:30–12:30` over `Consult.`, a night
/// `22:00–06:00+1`). The findings come last, blocking ones first, or « Aucune anomalie. ».
/// Widths count what a terminal shows: an accented letter is one column, a CJK character two.
///
/// ```swift
/// print(WeekGridText(view: view).render(), terminator: "")
/// ```
struct WeekGridText {
    let view: WeekView
    /// The width the grid aims at; the title and long findings wrap or overflow past it as a terminal does.
    var width = 120

    /// The width of the left column (name, profession, hours).
    static let personWidth = 22

    func render() -> String {
        let days = WeekGrid.shownDays(view)
        let dayWidth = max(13, min(24, (width - Self.personWidth) / days.count - 1))
        let columns = [Self.personWidth] + Array(repeating: dayWidth, count: days.count)
        let rule = String(repeating: "─", count: columns.reduce(0, +) + columns.count - 1)

        var lines = [WeekGrid.title(view), ""]
        lines += Self.block([["Personne"]] + days.map { [WeekGrid.dayHeading($0)] }, columns)
        lines += Self.block([["Ouverture"]] + days.map { WeekGrid.openingText(view.openingHours, $0) }, columns)
        lines.append(rule)
        for row in view.rows {
            var left = TerminalText.wrap(row.name, width: Self.personWidth)
            left += TerminalText.wrap(row.profession.label, width: Self.personWidth)
            left += TerminalText.wrap(WeekGrid.totalText(row), width: Self.personWidth)
            for detail in [WeekGrid.elsewhereText(row), WeekGrid.absenceText(row)].compactMap({ $0 }) {
                left += TerminalText.wrap(detail, width: Self.personWidth)
            }
            let cells = days.map { day in
                row.shifts(on: day).flatMap {
                    [WeekGrid.timeSpan($0)] + TerminalText.wrap(WeekGrid.activityText($0), width: dayWidth)
                }
            }
            lines += Self.block([left] + cells, columns)
            lines.append(rule)
        }
        if view.rows.isEmpty {
            lines.append("Personne n'est affecté à ce centre cette semaine.")
            lines.append(rule)
        }
        lines += TerminalText.wrap(WeekGrid.hoursNote, width: columns.reduce(0, +) + columns.count - 1)
        lines.append("")
        lines += findings()
        return lines.joined(separator: "\n") + "\n"
    }

    /// The findings, blocking first, each wrapped with a hanging indent; or « Aucune anomalie. ».
    private func findings() -> [String] {
        guard !view.findings.isEmpty else { return ["Aucune anomalie."] }
        var lines = ["Constats : \(WeekGrid.findingsSummary(view.findings))"]
        for finding in WeekGrid.orderedFindings(view.findings) {
            let wrapped = TerminalText.wrap(finding.description, width: width - 4)
            lines += wrapped.enumerated().map { index, line in (index == 0 ? "  " : "    ") + line }
        }
        return lines
    }

    /// Lays cells side by side: each cell's lines padded to its column, as many lines as the tallest.
    static func block(_ cells: [[String]], _ widths: [Int]) -> [String] {
        let height = max(1, cells.map(\.count).max() ?? 1)
        return (0..<height).map { index in
            zip(cells, widths).map { cell, width in
                TerminalText.pad(index < cell.count ? cell[index] : "", to: width)
            }.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}

/// Text measured in terminal columns rather than in bytes or code points.
enum TerminalText {
    /// Columns the text takes: one per character (a letter and its accents count once), two for
    /// East Asian wide characters and emoji.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) { return 0 }
        return isWide(scalar.value) || character.unicodeScalars.contains("\u{FE0F}") ? 2 : 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// The text followed by spaces up to `columns` (unchanged when already as wide).
    static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// Splits on spaces into lines of at most `columns`; a word longer than that is cut.
    static func wrap(_ text: String, width columns: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            if !current.isEmpty, width(current) + 1 + width(word) <= columns {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            while width(word) > columns {
                let (head, tail) = cut(word, at: columns)
                lines.append(head)
                word = tail
            }
            current = word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The longest prefix that fits in `columns` (at least one character), and the rest.
    private static func cut(_ word: String, at columns: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let next = width(of: word[index])
            if used + next > columns, !head.isEmpty { break }
            head.append(word[index])
            used += next
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
