import Foundation
public import MaSante

/// Prints a ``Listing`` as an aligned French text table, as CSV (`;`, UTF-8) or as JSON.
public struct ListingRenderer {
    var listing: Listing
    /// Column titles for the text table (the keys when absent).
    var titles: [String: String] = [:]
    /// Columns whose numbers the text table writes with exactly this many decimals (`3,0`).
    var decimals: [String: Int] = [:]

    /// A renderer of `listing`; `titles` and `decimals` shape the text table only.
    public init(listing: Listing, titles: [String: String] = [:], decimals: [String: Int] = [:]) {
        self.listing = listing
        self.titles = titles
        self.decimals = decimals
    }

    /// The listing in `format`; `html` gives the text table.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv: csv
        case .json: json
        case .texte, .html: text
        }
    }

    /// One header line then one line per row; `;` separates, quotes only when needed. Starts
    /// with a byte order mark so that Excel reads the accents as UTF-8 (the importers accept it).
    /// A text that a spreadsheet would run as a formula gets a leading `'` (``SpreadsheetFormula``).
    public var csv: String {
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
        case .number(let value): FrenchFormat.decimal(value, digits: 4, grouping: false)
        case .text(let text): SpreadsheetFormula.neutralised(text)
        default: cell.plain
        }
    }

    private static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { ";\"\n\r".contains($0) } || text != text.trimmingCharacters(in: .whitespaces)
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// An array of objects whose keys keep the column order.
    public var json: String {
        let objects = listing.rows.map { row in
            let members = zip(listing.columns, row).map { key, cell in
                "\(Self.jsonString(key)): \(Self.jsonValue(cell))"
            }
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
    public var text: String {
        let header = listing.columns.map { titles[$0] ?? $0.replacingOccurrences(of: "_", with: " ") }
        let cells = listing.rows.map { row in
            zip(listing.columns, row).map { column, cell in
                if case .number(let value) = cell, let digits = decimals[column] {
                    return FrenchFormat.fixed(value, digits: digits)
                }
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

    private static func textValue(_ cell: Listing.Cell) -> String {
        switch cell {
        case .number(let value): FrenchFormat.decimal(value)
        case .date(let date): date.french
        default: cell.plain
        }
    }
}
