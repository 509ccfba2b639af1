public import Foundation

/// One record of a CSV file: its fields, decoded but not trimmed, and where it starts.
public struct CSVLine: Hashable, Sendable {
    /// The 1-based physical line where the record starts (the header is usually line 1).
    public let number: Int
    public let fields: [String]

    public init(number: Int, fields: [String]) {
        self.number = number
        self.fields = fields
    }
}

/// Reads a CSV file as spreadsheets save it, one record at a time, in constant memory.
///
/// Accepts UTF-8 with or without BOM and Windows-1252 (Excel's "CSV (séparateur : point-virgule)"),
/// `;`, `,` or tab as separator (detected on the header line), RFC 4180 quoting (separators, `""`
/// and line breaks inside quotes), and CRLF, LF or CR line ends. Empty lines are skipped. Refuses,
/// with a French message, a file too big, empty or binary, a line that cannot be decoded, and a
/// line over 1 Mo.
///
/// ```swift
/// let reader = try CSVReader(url: file)
/// let columns = try CSVColumns(header: reader.readHeader(), required: ["nom"], optional: [])
/// while let line = try reader.next() { print(line.number, columns.value("nom", in: line)) }
/// ```
public final class CSVReader {
    /// Bytes read at a time, and the sample the encoding and binary checks look at.
    public static let chunkSize = 65_536
    /// The longest record accepted, in bytes.
    public static let maxLineBytes = 1_000_000

    public let encoding: DetectedEncoding
    public let separator: Character

    private var source: any ByteSource
    private var buffer: [UInt8]
    private var position = 0
    private var exhausted: Bool
    private var bytesRead: Int
    private let maxBytes: Int
    private let separatorByte: UInt8
    private var physicalLine = 1
    private var header: [String]?

    /// Opens the file; refuses one bigger than `maxBytes`, empty, or binary.
    public convenience init(url: URL, maxBytes: Int = 25_000_000) throws(CSVError) {
        let source = try FileByteSource(url: url)
        if let size = source.size, size > maxBytes { throw Self.tooBig(size: size, limit: maxBytes) }
        // A Windows-1252 file may be plain ASCII for its first 64 KB: look at it all before choosing.
        var wholeFileIsUTF8 = true
        if (source.size ?? 0) > Self.chunkSize { wholeFileIsUTF8 = try TextDecoding.isUTF8(FileByteSource(url: url)) }
        try self.init(source: source, maxBytes: maxBytes, allowUTF8: wholeFileIsUTF8)
    }

    /// The same checks on bytes already in memory.
    public convenience init(data: Data, maxBytes: Int = 25_000_000) throws(CSVError) {
        if data.count > maxBytes { throw Self.tooBig(size: data.count, limit: maxBytes) }
        var whole = DataByteSource(data)
        try self.init(source: DataByteSource(data), maxBytes: maxBytes, allowUTF8: TextDecoding.isUTF8(&whole))
    }

    private init(source: any ByteSource, maxBytes: Int, allowUTF8: Bool) throws(CSVError) {
        self.source = source
        self.maxBytes = maxBytes
        var sample: [UInt8] = []
        var exhausted = false
        while sample.count < Self.chunkSize {
            let chunk = try self.source.read(upTo: Self.chunkSize - sample.count)
            if chunk.isEmpty {
                exhausted = true
                break
            }
            sample += chunk
        }
        guard sample.count <= maxBytes else { throw Self.tooBig(size: nil, limit: maxBytes) }
        bytesRead = sample.count
        self.exhausted = exhausted
        let hasBOM = sample.starts(with: TextDecoding.utf8BOM)
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            throw CSVError(
                message:
                    "fichier en UTF-16, non pris en charge : l'enregistrer au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »"
            )
        }
        let body = sample[(hasBOM ? 3 : 0)...]
        guard !body.isEmpty || !exhausted else { throw CSVError(message: "fichier vide") }
        if TextDecoding.looksBinary(body) {
            throw CSVError(
                message:
                    "ce fichier n'est pas un fichier texte CSV (contenu binaire) : enregistrer la feuille au format « CSV (séparateur : point-virgule) »"
            )
        }
        // UTF-8 when the whole file is; also when accents in the sample already prove it is UTF-8
        // (a later bad line is then refused rather than misread). A lead byte cut by the end of the
        // sample proves nothing: in Windows-1252 it is an accent (ë is 0xEB).
        let proof = exhausted ? body : body[..<(TextDecoding.truncatedTail(body) ?? body.endIndex)]
        let sampleIsASCII = proof.allSatisfy { $0 < 0x80 }
        encoding =
            hasBOM
            ? .utf8BOM
            : TextDecoding.isUTF8(body, complete: exhausted) && (allowUTF8 || !sampleIsASCII) ? .utf8 : .windows1252
        separatorByte = CSVSeparator.detect(in: body)
        separator = Character(Unicode.Scalar(separatorByte))
        buffer = Array(body)
    }

    /// The header: the first non-empty record, read once (later calls return it again).
    public func readHeader() throws(CSVError) -> [String] {
        if let header { return header }
        guard let line = try nextNonEmptyRecord() else {
            throw CSVError(message: "fichier vide : aucune ligne d'en-tête")
        }
        header = line.fields
        return line.fields
    }

    /// The next data record, nil at the end; reads past the header first if it was not read.
    public func next() throws(CSVError) -> CSVLine? {
        if header == nil { _ = try readHeader() }
        return try nextNonEmptyRecord()
    }

    private func nextNonEmptyRecord() throws(CSVError) -> CSVLine? {
        while let (number, rawFields) = try readRecord() {
            var fields: [String] = []
            for raw in rawFields {
                switch TextDecoding.decode(raw, as: encoding) {
                case .success(let text): fields.append(text)
                case .failure(let bad): throw undecodable(bad.value, line: number)
                }
            }
            if fields.allSatisfy({ $0.trimmedSpaces.isEmpty }) { continue }
            return CSVLine(number: number, fields: fields)
        }
        return nil
    }

    // MARK: Bytes to fields

    private static let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// One record's raw fields and its first line, nil at the end of the file.
    private func readRecord() throws(CSVError) -> (Int, [[UInt8]])? {
        guard try peekByte() != nil else { return nil }
        let start = physicalLine
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var inQuotes = false, atFieldStart = true
        var size = 0
        while let byte = try nextByte() {
            size += 1
            if size > Self.maxLineBytes { throw lineTooLong(line: start, inQuotes: inQuotes) }
            if byte == 0 {
                throw CSVError(line: physicalLine, message: "caractère nul (octet 0x00) : fichier binaire ou abîmé")
            }
            if inQuotes {
                if byte == Self.quote {
                    if try peekByte() == Self.quote {
                        _ = try nextByte()
                        field.append(Self.quote)
                    } else {
                        inQuotes = false
                    }
                } else if try endOfLine(byte) {
                    field.append(Self.lineFeed)
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case Self.quote where atFieldStart:
                inQuotes = true
                atFieldStart = false
            case separatorByte:
                fields.append(field)
                field = []
                atFieldStart = true
            default:
                if try endOfLine(byte) {
                    fields.append(field)
                    return (start, fields)
                }
                field.append(byte)
                atFieldStart = false
            }
        }
        if inQuotes {
            throw CSVError(line: start, message: "guillemet « \" » ouvert mais jamais refermé avant la fin du fichier")
        }
        fields.append(field)
        return (start, fields)
    }

    /// Whether `byte` ends a line (CR, LF, or CR LF whose LF it then consumes); counts the line.
    private func endOfLine(_ byte: UInt8) throws(CSVError) -> Bool {
        if byte == Self.lineFeed {
            physicalLine += 1
            return true
        }
        guard byte == Self.carriageReturn else { return false }
        if try peekByte() == Self.lineFeed { _ = try nextByte() }
        physicalLine += 1
        return true
    }

    private func nextByte() throws(CSVError) -> UInt8? {
        guard try peekByte() != nil else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    private func peekByte() throws(CSVError) -> UInt8? {
        if position == buffer.count {
            guard !exhausted else { return nil }
            buffer = try source.read(upTo: Self.chunkSize)
            position = 0
            bytesRead += buffer.count
            if buffer.isEmpty { exhausted = true }
            if bytesRead > maxBytes { throw Self.tooBig(size: nil, limit: maxBytes) }
        }
        return position < buffer.count ? buffer[position] : nil
    }

    // MARK: Messages

    private static func tooBig(size: Int?, limit: Int) -> CSVError {
        let measured = size.map { " (\(sizeText($0)))" } ?? ""
        return CSVError(message: "fichier trop volumineux\(measured) : la limite est de \(sizeText(limit))")
    }

    private static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return FrenchNumber.format(Double(bytes) / 1_000_000, maxFractionDigits: 1) + " Mo" }
        if bytes >= 1_000 { return FrenchNumber.format(Double(bytes) / 1_000, maxFractionDigits: 1) + " ko" }
        return "\(bytes) octets"
    }

    private func lineTooLong(line: Int, inQuotes: Bool) -> CSVError {
        let hint = inQuotes ? " : un guillemet « \" » n'est-il pas resté ouvert ?" : " : est-ce bien un fichier CSV ?"
        return CSVError(line: line, message: "ligne de plus de \(Self.sizeText(Self.maxLineBytes))\(hint)")
    }

    private func undecodable(_ byte: UInt8, line: Int) -> CSVError {
        let shown = String(format: "0x%02X", byte)
        let why =
            encoding == .windows1252
            ? "ce fichier n'est ni en UTF-8 ni en Windows-1252"
            : "le début du fichier est en UTF-8, mais pas cette ligne"
        return CSVError(
            line: line,
            message: "caractère illisible (octet \(shown)) : \(why) ; enregistrer le fichier au format « CSV UTF-8 »")
    }
}
