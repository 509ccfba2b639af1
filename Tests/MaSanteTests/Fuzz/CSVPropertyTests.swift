import Foundation
import MaSante
import PropertyBased
import Testing

/// What a CSV reader made of a file: its header and records, or the error that stopped it.
enum CSVOutcome: Equatable {
    case read(header: [String], lines: [CSVLine], encoding: DetectedEncoding)
    case refused(CSVError)

    init(_ open: () throws(CSVError) -> CSVReader) {
        do {
            let reader = try open()
            let header = try reader.readHeader()
            var lines: [CSVLine] = []
            while let line = try reader.next() { lines.append(line) }
            self = .read(header: header, lines: lines, encoding: reader.encoding)
        } catch {
            self = .refused(error)
        }
    }

    init(_ bytes: [UInt8], maxBytes: Int = 25_000_000) {
        self.init { () throws(CSVError) in try CSVReader(data: Data(bytes), maxBytes: maxBytes) }
    }
}

/// Property tests of the CSV reader: any bytes end in records or in a French refusal, and what a
/// spreadsheet writes reads back unchanged, wherever it falls in the file.
@Suite struct CSVPropertyTests {
    @Test func anyBytesAreReadOrRefusedInFrenchWithoutCrashOrHang() async {
        // A limit of 10 000 or more stands for the default 25 MB.
        await checkEachInput(count: 300, zip(FuzzInput.csvBytes, Gen.int(in: 0...12_000))) { bytes, limit in
            let maxBytes = limit >= 10_000 ? 25_000_000 : limit
            switch CSVOutcome(bytes, maxBytes: maxBytes) {
            case .read(let header, let lines, _):
                #expect(bytes.count <= maxBytes)
                #expect(header.contains { $0.contains { !$0.isWhitespace } })
                #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.number < $1.number }, "line numbers go up")
                #expect((lines.last?.number ?? 1) <= physicalLineCount(bytes))
                #expect(
                    !lines.contains { $0.fields.contains { $0.unicodeScalars.contains { $0 == "\r" || $0 == "\0" } } },
                    "CR becomes LF in quotes, and NUL is refused")
            case .refused(let error):
                expectFrenchCSVError(error, lineCount: physicalLineCount(bytes))
            }
        }
    }

    @Test(arguments: [";", ",", "\t"] as [Character])
    func fieldsWrittenWithQuotesWhereNeededReadBackUnchanged(separator: Character) async {
        let headerStart = Gen<Character>.letterOrNumber.string(of: 1...6)
        let input = zip(
            headerStart, Self.field.array(of: 1...5), Self.field.array(of: 1...5).array(of: 0...20),
            Gen.int(in: 0...5))
        await checkEachInput(count: 100, input) { first, headerRest, rows, style in
            let lineEnd = ["\n", "\r\n", "\r"][style % 3]
            let records = [[first] + headerRest] + rows
            var text = style >= 3 ? "\u{FEFF}" : ""
            var line = 1
            var expected: [CSVLine] = []
            for (index, record) in records.enumerated() {
                if index > 0 { text += lineEnd }
                text += record.map { Self.quotedIfNeeded($0) }.joined(separator: String(separator))
                let fields = record.map(Self.lineFeedsOnly)
                if fields.contains(where: { $0.unicodeScalars.contains { !$0.properties.isWhitespace } }) {
                    expected.append(CSVLine(number: line, fields: fields))
                }
                line += 1 + fields.reduce(0) { $0 + $1.unicodeScalars.count { $0 == "\n" } }
            }
            let outcome = CSVOutcome(Array(text.utf8))
            #expect(
                outcome
                    == .read(
                        header: expected[0].fields, lines: Array(expected.dropFirst()),
                        encoding: style >= 3 ? .utf8BOM : .utf8), "\(text.debugDescription)")
        }
    }

    @Test func aLineReadsTheSameWhereverItFallsAroundTheFirst64KB() async {
        // The reader first looks at a 64 KB sample: its end falls just before, on or after the
        // tail's first accent, CR or quote, where a cut character or line end could be misread.
        await checkEachInput(count: 12, zip(FuzzInput.plainLineBytes, Gen.int(in: -2...2)), within: .seconds(1)) {
            tail, nudge in
            let target = tail.firstIndex { $0 >= 0x80 } ?? tail.firstIndex { $0 == 0x0D || $0 == 0x22 } ?? 0
            let before = max(0, target + 1 + nudge)
            let header = Array("a;b\n".utf8)
            let fillerLength = CSVReader.chunkSize - before - header.count
            let fillerLines = (fillerLength - 8) / 4
            let pad = "p;" + String(repeating: "q", count: fillerLength - 4 * fillerLines - 3) + "\n"
            let filler = Array(String(repeating: "1;2\n", count: fillerLines).utf8) + Array(pad.utf8)
            let shift = fillerLines + 1
            switch (CSVOutcome(header + filler + tail), CSVOutcome(header + tail)) {
            case let (.read(longHeader, longLines, longEncoding), .read(shortHeader, shortLines, shortEncoding)):
                #expect(longHeader == shortHeader)
                #expect(longEncoding == shortEncoding)
                #expect(
                    longLines.dropFirst(shift).map { CSVLine(number: $0.number - shift, fields: $0.fields) }
                        == shortLines)
            case let (.refused(long), .refused(short)):
                #expect(long.message == short.message)
                #expect(long.line.map { $0 - shift } == short.line)
            case let (long, short):
                Issue.record("after 64 KB: \(long); alone: \(short)")
            }
        }
    }

    @Test func aFileReadsAsItsBytesDo() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "masante-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "fichier.csv")
        // Mostly once, sometimes repeated past the 64 KB sample.
        let input = zip(FuzzInput.csvBytes, Gen.int(in: -40...40))
        await checkEachInput(count: 20, input, within: .seconds(1)) { piece, repeats in
            let bytes = Array([[UInt8]](repeating: piece, count: max(1, repeats)).joined())
            try Data(bytes).write(to: file)
            #expect(CSVOutcome { () throws(CSVError) in try CSVReader(url: file) } == CSVOutcome(bytes))
        }
    }

    @Test func anyHeaderFindsItsColumnsOrIsRefusedInFrenchOnLine1() async {
        let names = [
            "nom", "Prénom", "Profession", "Date d'embauche", "date_embauche", "RPPS", "N° RPPS", "Centre",
            "heures hebdo", "Type de contrat", "date_fin", "spécialité", "", " ", "colonne", "nom ",
        ]
        let cell = Gen<String>.frequency(
            (weight: 3, gen: Gen<String?>.element(of: names).map { $0! }), (weight: 1, gen: FuzzInput.fieldText))
        await checkEachInput(count: 200, cell.array(of: 0...12)) { header in
            do throws(CSVError) {
                let columns = try CSVColumns(
                    header: header, required: PersonRecord.requiredColumns,
                    optional: PersonRecord.optionalColumns)
                for name in PersonRecord.requiredColumns {
                    #expect((1...header.count).contains(columns.columnNumber(name)))
                }
            } catch {
                #expect(error.line == 1)
                expectFrenchCSVError(error, lineCount: 1)
            }
        }
    }

    // MARK: Writing CSV as a spreadsheet does

    /// Cell text: letters, separators, quotes, line ends, spaces, accents, any printable character.
    static var field: Generator<String, some SendableSequenceType> {
        let tricky = [
            "; ", ",", "\t", "\"", "\"\"", "\n", "\r", "\r\n", " ", "é", "\u{A0}", "\u{202F}", "👩‍⚕️",
            "\u{FEFF}", "'", "«", "€",
        ]
        return Gen<String>.frequency(
            (weight: 4, gen: Gen<Character>.letterOrNumber.map { String($0) }),
            (weight: 3, gen: Gen<String?>.element(of: tricky).map { $0! }),
            (weight: 1, gen: FuzzInput.anyScalar.filter { $0.value >= 0x20 && $0.value != 0x7F }.map { String($0) })
        ).array(of: 0...8).map { $0.joined() }
    }

    /// The field between quotes, its quotes doubled, when it holds a separator, a quote or a line
    /// end, or starts with what could pass for a byte order mark.
    static func quotedIfNeeded(_ field: String) -> String {
        let special: Set<Unicode.Scalar> = [";", ",", "\t", "\"", "\n", "\r"]
        guard field.unicodeScalars.contains(where: special.contains) || field.unicodeScalars.first == "\u{FEFF}" else {
            return field
        }
        var quoted = String.UnicodeScalarView(["\""])
        for scalar in field.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// What the reader gives for a quoted field: every line end (CR LF, CR) as LF.
    static func lineFeedsOnly(_ field: String) -> String {
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n", afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            result.append(afterCR ? "\n" : scalar)
        }
        return String(result)
    }
}
