import Foundation
import MaSante

/// What a CSV reader made of some bytes, for tests.
struct ReadCSV {
    let reader: CSVReader
    let header: [String]
    let lines: [CSVLine]

    init(_ bytes: [UInt8], maxBytes: Int = 25_000_000) throws(CSVError) {
        reader = try CSVReader(data: Data(bytes), maxBytes: maxBytes)
        header = try reader.readHeader()
        var lines: [CSVLine] = []
        while let line = try reader.next() { lines.append(line) }
        self.lines = lines
    }

    init(_ text: String) throws(CSVError) {
        try self.init(Array(text.utf8))
    }

    var fields: [[String]] { lines.map(\.fields) }
    var numbers: [Int] { lines.map(\.number) }
}

/// The CSV error the bytes give, nil when they read fine.
func csvError(_ bytes: [UInt8], maxBytes: Int = 25_000_000) -> CSVError? {
    do {
        _ = try ReadCSV(bytes, maxBytes: maxBytes)
        return nil
    } catch {
        return error
    }
}

/// One line of an import file, with the columns its header gives.
func importLine(
    header: [String], _ fields: [String], required: [String], optional: [String]
) throws -> (CSVLine, CSVColumns) {
    (CSVLine(number: 2, fields: fields), try CSVColumns(header: header, required: required, optional: optional))
}
