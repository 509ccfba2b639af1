import Foundation
import MaSante
import MaSanteStore

/// Prints a ``Listing`` as an aligned French text table, as CSV (`;`, UTF-8) or as JSON.
struct ListingRenderer {
    var listing: Listing
    /// Column titles for the text table (the keys when absent).
    var titles: [String: String] = [:]
    /// Columns whose numbers the text table writes with exactly this many decimals (`3,0`).
    var decimals: [String: Int] = [:]

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv: csv
        case .json: json
        case .texte, .html: text
        }
    }

    /// One header line then one line per row; `;` separates, quotes only when needed. Starts
    /// with a byte order mark so that Excel reads the accents as UTF-8 (the importers accept it).
    /// A text that a spreadsheet would run as a formula gets a leading `'` (``SpreadsheetFormula``).
    var csv: String {
        "\u{FEFF}" + csvBody
    }

    private var csvBody: String {
        var lines = [listing.columns.map(Self.csvField).joined(separator: ";")]
        for row in listing.rows {
            lines.append(row.map { Self.csvField(Self.csvValue($0)) }.joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csvValue(_ cell: Listing.Cell) -> String {
        switch cell {
        case .number(let value): FrenchNumber.format(value, maxFractionDigits: 4).replacingOccurrences(of: "\u{202F}", with: "")
        case .text(let text): SpreadsheetFormula.neutralised(text)
        default: cell.plain
        }
    }

    private static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { ";\"\n\r".contains($0) } || text != text.trimmingCharacters(in: .whitespaces)
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// An array of objects whose keys keep the column order.
    var json: String {
        let objects = listing.rows.map { row in
            let members = zip(listing.columns, row).map { key, cell in "\(Self.jsonString(key)): \(Self.jsonValue(cell))" }
            return "  {" + members.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func jsonValue(_ cell: Listing.Cell) -> String {
        switch cell {
        case .text(let text): jsonString(text)
        case .integer(let value): String(value)
        case .date(let date): jsonString(date.description)
        case .number(let value): value.isFinite ? "\(value)" : "null"
        case .null: "null"
        }
    }

    /// Columns padded to their widest cell; numbers aligned right, in French notation.
    var text: String {
        let header = listing.columns.map { titles[$0] ?? $0.replacingOccurrences(of: "_", with: " ") }
        let cells = listing.rows.map { row in
            zip(listing.columns, row).map { column, cell in
                if case .number(let value) = cell, let digits = decimals[column] { return Self.fixed(value, digits: digits) }
                return Self.textValue(cell)
            }
        }
        var widths = header.map(\.count)
        for row in cells {
            for (index, value) in row.enumerated() { widths[index] = max(widths[index], value.count) }
        }
        func line(_ values: [String], numeric: [Bool]) -> String {
            zip(values.indices, values).map { index, value in
                let padding = String(repeating: " ", count: widths[index] - value.count)
                return numeric[index] ? padding + value : value + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let numericColumns = listing.columns.indices.map { index in
            listing.rows.contains { row in
                if case .number = row[index] { return true }
                if case .integer = row[index] { return true }
                return false
            }
        }
        var lines = [line(header, numeric: numericColumns)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += cells.map { line($0, numeric: numericColumns) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `3,0`, `112,4`: rounded to `digits` decimals, trailing zeros kept.
    static func fixed(_ value: Double, digits: Int) -> String {
        let scale = pow(10, Double(digits))
        let text = FrenchNumber.format((value * scale).rounded() / scale, maxFractionDigits: digits)
        guard digits > 0 else { return text }
        let parts = text.split(separator: ",", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0]),\(fraction)\(String(repeating: "0", count: digits - fraction.count))"
    }

    private static func textValue(_ cell: Listing.Cell) -> String {
        switch cell {
        case .number(let value): FrenchNumber.format(value)
        case .date(let date): date.french
        default: cell.plain
        }
    }
}
