import Foundation

/// Where each expected column sits in a CSV file, found from its header line.
///
/// Names are compared without regard to case, accents, spaces or little words: `Date d'embauche`
/// matches `date_embauche`, `Prénom` matches `prenom`, `Type de contrat` matches `type_contrat`.
/// Columns may come in any order; headerless columns (Excel's trailing `;;;`) are ignored.
///
/// ```swift
/// let columns = try CSVColumns(header: ["Nom", "Prénom"], required: ["nom", "prenom"], optional: [])
/// columns.value("prenom", in: line)   // trimmed, "" when the line is short
/// ```
public struct CSVColumns: Sendable {
    /// The expected names, required first, as given.
    public let expected: [String]
    private let indexByName: [String: Int]

    /// Refuses, in one message for line 1, unknown, duplicated and missing required columns.
    public init(header: [String], required: [String], optional: [String]) throws(CSVError) {
        expected = required + optional
        let nameByKey = Dictionary(expected.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var indexByName: [String: Int] = [:]
        var problems: [String] = []
        for (index, cell) in header.enumerated() {
            let title = cell.trimmedSpaces
            guard !title.isEmpty else { continue }
            guard let name = nameByKey[Self.key(title)] else {
                problems.append("colonne inconnue \(FieldError.quoted(title))")
                continue
            }
            if let first = indexByName[name] {
                problems.append("colonne \(name) en double (colonnes \(first + 1) et \(index + 1))")
                continue
            }
            indexByName[name] = index
        }
        let missing = required.filter { indexByName[$0] == nil }
        if !missing.isEmpty {
            problems.append(
                (missing.count == 1 ? "colonne manquante : " : "colonnes manquantes : ")
                    + missing.joined(separator: ", "))
        }
        guard problems.isEmpty else {
            let list = expected.joined(separator: ", ")
            throw CSVError(line: 1, message: problems.joined(separator: " ; ") + " (colonnes attendues : \(list))")
        }
        self.indexByName = indexByName
    }

    /// The comparison key of a column name: `FrenchText.key` without `d`, `de`, `du`, `des`, `l`, `la`, `le`, `les`.
    static func key(_ name: String) -> String {
        let ignored: Set<Substring> = ["d", "de", "du", "des", "l", "la", "le", "les"]
        return FrenchText.key(name).split(separator: "_").filter { !ignored.contains($0) }.joined(separator: "_")
    }

    /// Whether the file has that column.
    public func contains(_ name: String) -> Bool { indexByName[name] != nil }

    /// The field under that column, trimmed, without the `'` a masante export put before a
    /// formula-like text (see ``SpreadsheetFormula``); `""` when the file lacks the column or the line is short.
    public func value(_ name: String, in line: CSVLine) -> String {
        guard let index = indexByName[name], index < line.fields.count else { return "" }
        return SpreadsheetFormula.restored(line.fields[index].trimmedSpaces)
    }

    /// The column's 1-based position in the file, for messages; 0 when the file lacks it.
    public func columnNumber(_ name: String) -> Int { indexByName[name].map { $0 + 1 } ?? 0 }
}
