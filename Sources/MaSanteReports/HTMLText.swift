/// Escaping for HTML text and attribute values, and the head of the printable pages: the one
/// HTML escaper of every rendering, the web application's templates included.
public enum HTMLText {
    /// From `<!DOCTYPE html>` to `</head>` and a blank line: French, UTF-8, the style inline and
    /// a Content-Security-Policy that forbids any request. `title` is escaped here.
    static func head(title: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>

        """
    }

    /// `text` with `& < > " '` replaced by their entities. It reads UTF-8 bytes, not characters:
    /// a quote followed by a combining mark (`"\u{0338}`) is one `Character` that is not `"`, and
    /// an escaper comparing characters lets that quote close an attribute. In UTF-8 these five
    /// signs are single bytes that no other character's bytes contain.
    public static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { entity(for: $0) != nil }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            if let entity = entity(for: byte) {
                result.append(contentsOf: entity.utf8)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
