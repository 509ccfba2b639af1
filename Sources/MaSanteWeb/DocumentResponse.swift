import Hummingbird

/// The responses that carry a document rather than a page: a stylesheet or another file served
/// inline, and a download the browser saves under a name.
enum DocumentResponse {
    /// `text` served as is, cached privately for five minutes.
    static func file(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "private, max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The type of a stylesheet.
    static let css = "text/css; charset=utf-8"

    /// `text` as the attachment `name.format`, typed by its format: csv, jsonld, or else JSON.
    static func attachment(_ text: String, format: String, name: String) -> Response {
        let type =
            switch format {
            case "csv": "text/csv; charset=utf-8"
            case "jsonld": "application/ld+json; charset=utf-8"
            default: "application/json; charset=utf-8"
            }
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name).\(format)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
