/// The text encoding a CSV file was found to use.
///
/// Excel on Windows saves "CSV (séparateur : point-virgule)" in Windows-1252 and "CSV UTF-8" with
/// a byte order mark; other tools write UTF-8 without one.
public enum DetectedEncoding: String, Sendable {
    case utf8, utf8BOM, windows1252
}

/// Decoding of the bytes of one field, and the checks made on a file's first bytes.
enum TextDecoding {
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether the bytes are UTF-8; when `complete` is false the bytes are a prefix of the file,
    /// so a character cut at the end is forgiven.
    static func isUTF8(_ bytes: ArraySlice<UInt8>, complete: Bool) -> Bool {
        var checked = bytes
        if !complete, let cut = truncatedTail(bytes) { checked = bytes[..<cut] }
        return String(validating: checked, as: UTF8.self) != nil
    }

    /// Whether everything a source gives is UTF-8, read a chunk at a time (a BOM is UTF-8 too).
    static func isUTF8(_ source: inout some ByteSource) throws(CSVError) -> Bool {
        var carry: [UInt8] = []
        while true {
            let chunk = try source.read(upTo: 1 << 20)
            if chunk.isEmpty { return carry.isEmpty }
            let bytes = carry + chunk
            let cut = truncatedTail(bytes[...]) ?? bytes.endIndex
            guard String(validating: bytes[..<cut], as: UTF8.self) != nil else { return false }
            carry = Array(bytes[cut...])
        }
    }

    static func isUTF8(_ source: FileByteSource) throws(CSVError) -> Bool {
        var source = source
        return try isUTF8(&source)
    }

    /// Where an incomplete multi-byte sequence starts at the end of `bytes`, if one does.
    static func truncatedTail(_ bytes: ArraySlice<UInt8>) -> Int? {
        for index in stride(from: bytes.endIndex - 1, through: max(bytes.startIndex, bytes.endIndex - 4), by: -1) {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return index + length > bytes.endIndex ? index : nil
            }
        }
        return nil
    }

    /// The text of one field, or the first byte that cannot be decoded.
    static func decode(_ bytes: [UInt8], as encoding: DetectedEncoding) -> Result<String, UndecodableByte> {
        switch encoding {
        case .utf8, .utf8BOM:
            if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
            return .failure(UndecodableByte(value: firstInvalidUTF8Byte(bytes)))
        case .windows1252:
            var text = String.UnicodeScalarView()
            for byte in bytes {
                guard let scalar = windows1252(byte) else { return .failure(UndecodableByte(value: byte)) }
                text.append(scalar)
            }
            return .success(String(text))
        }
    }

    private static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> UInt8 {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte < 0xC2 ? 0 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : byte < 0xF5 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            else { return byte }
            index += length
        }
        return 0
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, five of which are undefined.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let point = windows1252High[Int(byte) - 0x80]
        return point == 0 ? nil : Unicode.Scalar(point)
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Whether the first bytes look like something other than text: a NUL byte, or more than
    /// 5 % of control characters other than tab and line ends.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.contains(0) { return true }
        let controls = bytes.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }
        return controls * 20 > bytes.count
    }
}

/// A byte the detected encoding cannot read.
struct UndecodableByte: Error {
    let value: UInt8
}
