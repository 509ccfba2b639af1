import Foundation
import MaSante
import Testing

@Suite struct TextDecodingTests {
    @Test func windows1252FromExcelIsDecoded() throws {
        var bytes = Array("nom;profession;note\r\nDupont;Infirmi".utf8) + [0xE8] + Array("re;".utf8)
        bytes +=
            [0x80, 0x20, 0x92, 0x20, 0x9C, 0x20, 0xAB, 0x20, 0xBB, 0x20, 0x85, 0x20, 0xE9, 0xE0, 0xC7]
            + Array("\r\n".utf8)
        let csv = try ReadCSV(bytes)
        #expect(csv.reader.encoding == .windows1252)
        #expect(csv.fields == [["Dupont", "Infirmière", "€ ’ œ « » … éàÇ"]])
    }

    @Test func utf8WithAndWithoutBOMIsDecodedAndTheBOMDropped() throws {
        let text = "Prénom;nom\nHélène;Gaëlle\n"
        let plain = try ReadCSV(Array(text.utf8))
        #expect(plain.reader.encoding == .utf8)
        #expect(plain.header == ["Prénom", "nom"])
        let withBOM = try ReadCSV([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(withBOM.reader.encoding == .utf8BOM)
        #expect(withBOM.header == ["Prénom", "nom"])
        #expect(withBOM.fields == [["Hélène", "Gaëlle"]])
    }

    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func bytesUndefinedInWindows1252AreRefusedWithTheLine(byte: UInt8) {
        let bytes = Array("nom\n".utf8) + [0xE8] + Array("\nx".utf8) + [byte] + Array("\n".utf8)
        let hex = String(format: "0x%02X", byte)
        #expect(
            csvError(bytes)
                == CSVError(
                    line: 3,
                    message:
                        "caractère illisible (octet \(hex)) : ce fichier n'est ni en UTF-8 ni en Windows-1252 ; enregistrer le fichier au format « CSV UTF-8 »"
                ))
    }

    @Test func aCharacterCutByTheFirstChunkKeepsTheFileUTF8() throws {
        var bytes = Array("nom\n".utf8)
        while bytes.count < CSVReader.chunkSize - 1 - 4 { bytes += Array("abc\n".utf8) }
        bytes += Array(repeating: UInt8(ascii: "x"), count: CSVReader.chunkSize - 1 - bytes.count)
        bytes += Array("é\n".utf8)
        #expect(bytes[CSVReader.chunkSize - 1] == 0xC3)
        let csv = try ReadCSV(bytes)
        #expect(csv.reader.encoding == .utf8)
        #expect(csv.lines.last?.fields.first?.hasSuffix("xé") == true)
    }

    @Test func aLineThatIsNotUTF8AfterTheFirstChunkIsRefusedWithItsNumber() {
        var bytes = Array("nom\n".utf8)
        var lines = 1
        while bytes.count <= CSVReader.chunkSize {
            bytes += Array("Hélène\n".utf8)
            lines += 1
        }
        bytes += Array("Infirmi".utf8) + [0xE8] + Array("re\n".utf8)
        #expect(
            csvError(bytes)
                == CSVError(
                    line: lines + 1,
                    message:
                        "caractère illisible (octet 0xE8) : le début du fichier est en UTF-8, mais pas cette ligne ; enregistrer le fichier au format « CSV UTF-8 »"
                ))
    }
}
