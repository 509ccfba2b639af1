import Foundation
import MaSante
import Rostering
import Testing

@Suite struct CSVReaderTests {
    @Test func recordsComeWithTheirLineNumbers() throws {
        let csv = try ReadCSV("nom;prenom\nDupont;Marie\nMartin;Paul\n")
        #expect(csv.header == ["nom", "prenom"])
        #expect(csv.fields == [["Dupont", "Marie"], ["Martin", "Paul"]])
        #expect(csv.numbers == [2, 3])
    }

    @Test func crlfAndLoneCRLineEndsAreRead() throws {
        #expect(try ReadCSV("a;b\r\n1;2\r\n3;4\r\n").numbers == [2, 3])
        let classicMac = try ReadCSV("a;b\r1;2\r3;4")
        #expect(classicMac.fields == [["1", "2"], ["3", "4"]])
        #expect(classicMac.numbers == [2, 3])
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let csv = try ReadCSV(
            "nom;note\r\n\"Dupont; fils\";\"il a dit \"\"oui\"\"\"\r\n\"Martin\";\"ligne 1\r\nligne 2\"\r\nDurand;\"\"\r\n"
        )
        #expect(
            csv.fields == [["Dupont; fils", "il a dit \"oui\""], ["Martin", "ligne 1\nligne 2"], ["Durand", ""]])
        #expect(csv.numbers == [2, 3, 5])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKept() throws {
        #expect(try ReadCSV("a;b\nl'\"hôpital\";2\n").fields == [["l'\"hôpital\"", "2"]])
    }

    @Test func emptyLinesAndLinesOfSeparatorsAreSkipped() throws {
        let csv = try ReadCSV("\n\nnom;prenom\n\n;;\n  ; \nDupont;Marie\n;;;;\n\n\n")
        #expect(csv.header == ["nom", "prenom"])
        #expect(csv.fields == [["Dupont", "Marie"]])
        #expect(csv.numbers == [7])
    }

    @Test func aLastLineWithoutLineEndIsRead() throws {
        #expect(try ReadCSV("a;b\n1;2").fields == [["1", "2"]])
    }

    @Test func nextReadsPastTheHeaderWhenItWasNotRead() throws {
        let reader = try CSVReader(data: Data("a;b\n1;2\n".utf8))
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(try reader.readHeader() == ["a", "b"])
        #expect(try reader.next() == nil)
    }

    @Test func anUnclosedQuoteIsReportedAtTheLineItOpens() {
        #expect(
            csvError(Array("a;b\n1;\"2\n3;4\n".utf8))
                == CSVError(line: 2, message: "guillemet « \" » ouvert mais jamais refermé avant la fin du fichier"))
    }

    @Test func anEmptyFileIsRefused() {
        #expect(csvError([]) == CSVError(message: "fichier vide"))
        #expect(csvError([0xEF, 0xBB, 0xBF]) == CSVError(message: "fichier vide"))
        #expect(csvError(Array("\n \r\n;;;\n".utf8)) == CSVError(message: "fichier vide : aucune ligne d'en-tête"))
    }

    @Test func binaryFilesAreRefused() {
        let png: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        ]
        let message =
            "ce fichier n'est pas un fichier texte CSV (contenu binaire) : enregistrer la feuille au format « CSV (séparateur : point-virgule) »"
        #expect(csvError(png) == CSVError(message: message))
        #expect(csvError(Array("nom;prenom\nDupont\u{0};Marie\n".utf8)) == CSVError(message: message))
        let controls = (0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01) }
        #expect(csvError(controls) == CSVError(message: message))
    }

    @Test func aNulByteAfterTheFirstChunkIsRefusedWithItsLine() {
        var bytes = Array("nom\n".utf8)
        while bytes.count <= CSVReader.chunkSize { bytes += Array("abc\n".utf8) }
        let line = bytes.count / 4 + 1
        bytes += Array("ab".utf8) + [0] + Array("c\n".utf8)
        #expect(
            csvError(bytes) == CSVError(line: line, message: "caractère nul (octet 0x00) : fichier binaire ou abîmé"))
    }

    @Test func utf16IsRefusedWithAHint() {
        #expect(csvError([0xFF, 0xFE, 0x6E, 0x00])?.message.hasPrefix("fichier en UTF-16, non pris en charge") == true)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 1_500)
        #expect(
            csvError(bytes, maxBytes: 1_000)
                == CSVError(message: "fichier trop volumineux (1,5 ko) : la limite est de 1 ko"))
        #expect(
            csvError(bytes, maxBytes: 900)
                == CSVError(message: "fichier trop volumineux (1,5 ko) : la limite est de 900 octets"))
        let big = Array(repeating: UInt8(ascii: "a"), count: 3_100_000)
        #expect(
            csvError(big, maxBytes: 2_500_000)
                == CSVError(message: "fichier trop volumineux (3,1 Mo) : la limite est de 2,5 Mo"))
    }

    @Test func aLineOverOneMegabyteIsRefused() {
        var bytes = Array("a;b\n1;2\n".utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: 1_000_100)
        bytes += Array("\n3;4\n".utf8)
        #expect(csvError(bytes) == CSVError(line: 3, message: "ligne de plus de 1 Mo : est-ce bien un fichier CSV ?"))
    }

    @Test func filesAreReadFromDiskWithTheSameChecks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("masante-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("personnel.csv")
        var bytes = Array("nom;profession\r\n".utf8)
        for index in 0..<5_000 { bytes += Array("Nom\(index);Infirmi".utf8) + [0xE8] + Array("re\r\n".utf8) }
        try Data(bytes).write(to: file)

        let reader = try CSVReader(url: file)
        #expect(reader.encoding == .windows1252)
        #expect(try reader.readHeader() == ["nom", "profession"])
        var count = 0
        var last: CSVLine?
        while let line = try reader.next() {
            count += 1
            last = line
        }
        #expect(count == 5_000)
        #expect(last == CSVLine(number: 5_001, fields: ["Nom4999", "Infirmière"]))

        #expect(throws: CSVError(message: "fichier trop volumineux (98,9 ko) : la limite est de 10 ko")) {
            try CSVReader(url: file, maxBytes: 10_000)
        }
        #expect(throws: CSVError.self) { try CSVReader(url: folder.appendingPathComponent("absent.csv")) }
        #expect(throws: CSVError.self) { try CSVReader(url: folder) }
    }

    @Test func aRecordSpanningTheChunkBoundaryIsWhole() throws {
        let header = Array("nom;note\n".utf8)
        let filler = Array("x;y\n".utf8)
        var bytes = header
        while bytes.count < CSVReader.chunkSize - 10 { bytes += filler }
        let fillerLines = (bytes.count - header.count) / filler.count
        let long = String(repeating: "z", count: 40)
        bytes += Array("\"a;\"\"b\";\"\(long)\"\r\nfin;ok\n".utf8)
        let csv = try ReadCSV(bytes)
        #expect(csv.lines.count == fillerLines + 2)
        #expect(csv.lines[fillerLines] == CSVLine(number: fillerLines + 2, fields: ["a;\"b", long]))
        #expect(csv.lines.last == CSVLine(number: fillerLines + 3, fields: ["fin", "ok"]))
    }

    @Test(arguments: 1...9)
    func aQuoteOrCRLFCutByTheChunkBoundaryIsReadOnce(bytesBeforeBoundary: Int) throws {
        var bytes = Array("a;b\n".utf8)
        let tailStart = CSVReader.chunkSize - bytesBeforeBoundary
        while bytes.count + 5 <= tailStart { bytes += Array("1;2\r\n".utf8) }
        bytes += Array(repeating: UInt8(ascii: "p"), count: tailStart - bytes.count)
        bytes += Array(";\"q\"\"r\"\r\n3;4\r\n".utf8)
        let csv = try ReadCSV(bytes)
        let fillerLines = csv.lines.count - 2
        #expect(csv.lines[fillerLines].fields.last == "q\"r")
        #expect(csv.lines[fillerLines + 1] == CSVLine(number: fillerLines + 3, fields: ["3", "4"]))
    }

    @Test func randomBytesNeverCrashTheReader() {
        var generator = SplitMix(seed: 2026)
        let alphabet: [UInt8] = Array("ab;,\t\"\r\n é".utf8) + [0x00, 0x81, 0xE8, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF]
        for round in 0..<3_000 {
            let length = Int.random(in: 0...120, using: &generator)
            let bytes = (0..<length).map { _ in
                round % 3 == 0
                    ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
            }
            do {
                let reader = try CSVReader(data: Data(bytes))
                _ = try reader.readHeader()
                var records = 0
                while let line = try reader.next() {
                    records += 1
                    #expect(line.number >= 1 && records <= length)
                }
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }
}

@Suite struct CSVReaderEncodingTests {
    @Test func aWindows1252FileWhoseAccentsComeAfterThe64KBSampleIsStillDecoded() throws {
        var bytes = Array("nom;prenom\r\n".utf8)
        while bytes.count < 200_000 { bytes += Array("DURAND;Paul\r\n".utf8) }
        // Gaëlle in Windows-1252
        bytes += Array("ROUSSEAU;".utf8) + [0x47, 0x61, 0xEB, 0x6C, 0x6C, 0x65] + Array("\r\n".utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("late-accent-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try CSVReader(url: url)
        #expect(reader.encoding == .windows1252)
        var last: CSVLine?
        while let line = try reader.next() { last = line }
        #expect(last?.fields == ["ROUSSEAU", "Gaëlle"])
    }

    @Test func aWindows1252AccentEndingThe64KBSampleIsNotTakenForCutUTF8() throws {
        // Found by CSVPropertyTests: an ASCII sample whose last byte is ë (0xEB, a UTF-8 lead byte)
        // was read as UTF-8 with a character cut by the sample, and the line then refused.
        let accentLine = Array("ROUSSEAU;Ga".utf8) + [0xEB] + Array("lle\r\n".utf8) // Gaëlle in Windows-1252
        let target = CSVReader.chunkSize - 12
        var bytes = Array("nom;prenom\r\n".utf8)
        while bytes.count + 13 + 4 <= target { bytes += Array("DURAND;Paul\r\n".utf8) }
        bytes += Array(("P;" + String(repeating: "q", count: target - bytes.count - 4) + "\r\n").utf8)
        bytes += accentLine
        #expect(bytes[CSVReader.chunkSize - 1] == 0xEB)
        let csv = try ReadCSV(bytes)
        #expect(csv.reader.encoding == .windows1252)
        #expect(csv.lines.last?.fields == ["ROUSSEAU", "Gaëlle"])
    }

    @Test func aLargeUTF8FileStaysUTF8() throws {
        var text = "nom;prenom\n"
        while text.utf8.count < 200_000 { text += "DURAND;Paul\n" }
        text += "ROUSSEAU;Gaëlle 🩺\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("utf8-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try CSVReader(url: url)
        #expect(reader.encoding == .utf8)
        var last: CSVLine?
        while let line = try reader.next() { last = line }
        #expect(last?.fields == ["ROUSSEAU", "Gaëlle 🩺"])
    }
}
